// The environment record: what browser, what OS, what window, what page — the "how" of NF Z67-147.
import browser from 'webextension-polyfill';
import type { CaptureTime, EnvironmentRecord } from '../../shared/types';
import type { PreparedReview } from '../../messaging/protocol';

type UAData = { brands: { brand: string; version: string }[]; platform: string; getHighEntropyValues(h: string[]): Promise<Record<string, unknown>> };

export function offsetOf(date: Date): string {
  const m = -date.getTimezoneOffset();
  const sign = m >= 0 ? '+' : '-';
  const abs = Math.abs(m);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Local wall-clock time with its offset, e.g. 2026-11-26T10:42:46.123+01:00. */
export function localIso(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, -1);
  return local + offsetOf(date);
}

export function captureTime(start: Date, end: Date): CaptureTime {
  return {
    startUtc: start.toISOString(),
    endUtc: end.toISOString(),
    local: localIso(start),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    offset: offsetOf(start),
  };
}

export async function environmentRecord(tab: browser.Tabs.Tab, prepared: Pick<PreparedReview, 'viewport' | 'page' | 'client'>): Promise<EnvironmentRecord> {
  const uaData = (navigator as Navigator & { userAgentData?: UAData }).userAgentData;
  let fullVersion: { brand: string; version: string }[] | undefined;
  let platformVersion: string | undefined;
  try {
    const h = await uaData?.getHighEntropyValues(['fullVersionList', 'platformVersion']);
    fullVersion = h?.fullVersionList as typeof fullVersion;
    platformVersion = h?.platformVersion as string | undefined;
  } catch {
    /* not exposed: keep the low-entropy values */
  }
  const brands = fullVersion ?? uaData?.brands ?? prepared.client.brands;
  const main = brands?.find((b) => !/not.?a.?brand/i.test(b.brand) && b.brand !== 'Chromium') ?? brands?.find((b) => b.brand === 'Chromium');
  const ffMatch = / Firefox\/([\d.]+)/.exec(navigator.userAgent);
  const manifest = browser.runtime.getManifest();
  const win = tab.windowId !== undefined ? await browser.windows.get(tab.windowId).catch(() => undefined) : undefined;
  const platform = uaData?.platform ?? prepared.client.platform;
  return {
    browser: {
      name: ffMatch ? 'Firefox' : (main?.brand ?? 'Chromium'),
      version: ffMatch?.[1] ?? main?.version ?? '',
      userAgent: navigator.userAgent,
      brands,
      platform,
    },
    os: platform ? `${platform}${platformVersion ? ` ${platformVersion}` : ''}` : undefined,
    extension: { name: manifest.name, version: manifest.version, id: browser.runtime.id },
    uiLanguage: browser.i18n.getUILanguage(),
    incognito: !!tab.incognito,
    window: win ? { width: win.width ?? 0, height: win.height ?? 0 } : undefined,
    viewport: prepared.viewport,
    screen: prepared.client.screen,
    proxy: 'not exposed to the extension (no proxy permission requested)',
    navigation: { referrer: prepared.page.referrer, historyLength: prepared.page.historyLength },
    page: { url: prepared.page.url, canonicalUrl: prepared.page.canonicalUrl, title: prepared.page.title, lang: prepared.page.lang },
  };
}
