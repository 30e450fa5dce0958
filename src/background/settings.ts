// Settings live in extension storage (never synced: storage.local). Timestamping is off until the user turns it on.
import browser from 'webextension-polyfill';
import type { Settings } from '../evidence/records';

export const DEFAULT_SETTINGS: Settings = {
  timestampEnabled: false,
  // Two independent public authorities by default (see docs/evidence-bundle.md, « Timestamps (RFC 3161) »); editable in the options.
  tsaUrls: ['https://freetsa.org/tsr', 'http://timestamp.digicert.com'],
  profile: {},
};

export async function getSettings(): Promise<Settings> {
  const { settings } = (await browser.storage.local.get('settings')) as { settings?: Partial<Settings> };
  return { ...DEFAULT_SETTINGS, ...settings, profile: { ...DEFAULT_SETTINGS.profile, ...settings?.profile } };
}

export async function setSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await browser.storage.local.set({ settings: next });
  return next;
}
