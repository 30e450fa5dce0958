// Which adapter reads a page: the URL decides first (host + path), then DOM sniffing (saved pages, demo pages on
// 127.0.0.1), else the generic element-picker adapter. Ids are the SiteId values (one id per unit).
import type { SiteAdapter } from './types';
import { googleMaps } from './google-maps';
import { googleSearch } from './google-search';
import { pagesjaunes } from './pagesjaunes';
import { trustpilot } from './trustpilot';
import { generic } from './generic';

export type { ExtractContext, SiteAdapter } from './types';

/** Site adapters, generic last. */
export const adapters: SiteAdapter[] = [googleMaps, googleSearch, pagesjaunes, trustpilot, generic];

export function adapterFor(url: string, doc?: Document): SiteAdapter {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed) {
    const byUrl = adapters.find((a) => a.id !== 'generic' && a.matches(parsed));
    if (byUrl) return byUrl;
  }
  if (doc) {
    const byDom = adapters.find((a) => a.id !== 'generic' && safeDetect(a, doc));
    if (byDom) return byDom;
  }
  return generic;
}

function safeDetect(a: SiteAdapter, doc: Document): boolean {
  try {
    return a.detect(doc);
  } catch {
    return false;
  }
}
