// The full-page image, where the page allows it: pages that scroll at window level (PagesJaunes, Trustpilot,
// forums) are captured viewport by viewport and stitched; an app-like page that does not scroll (Google Maps: the
// reviews scroll inside a pane) is whole in viewport.png already. Capped so a capture stays under a few seconds
// at Chrome's two screenshots a second; the cap is written in the artefact's note.
import type { PageAction } from '../../shared/types';
import { callContent } from '../../messaging/client';
import { captureVisible } from './screenshot';
import { decodePng, stitch, type Band } from './image';

export const MAX_FULLPAGE_VIEWPORTS = 6;

export interface FullPage {
  bytes: Uint8Array;
  note: string;
}

export async function captureFullPage(tabId: number, windowId: number, actions: PageAction[]): Promise<FullPage | null> {
  const m = await callContent(tabId, 'content.pageMetrics', {});
  if (m.scrollHeight <= m.innerHeight + 1) return null;
  const height = Math.min(m.scrollHeight, m.innerHeight * MAX_FULLPAGE_VIEWPORTS);
  const bands: Band[] = [];
  let scale = 1;
  for (let y = 0; y < height; y += m.innerHeight) {
    const moved = await callContent(tabId, 'content.scrollWindowTo', { y });
    actions.push(moved.action);
    const bitmap = await decodePng(await captureVisible(windowId));
    scale = bitmap.width / m.innerWidth;
    bands.push({ bitmap, visible: { x: 0, y: 0, width: m.innerWidth, height: Math.min(m.innerHeight, height - moved.scrollY) }, offset: moved.scrollY, offsetX: 0 });
    if (moved.scrollY + m.innerHeight >= height) break;
  }
  const back = await callContent(tabId, 'content.scrollWindowTo', { y: m.scrollY });
  actions.push({ ...back.action, kind: 'restore', detail: `page scrolled back to ${Math.round(back.scrollY)}px` });
  const cut = m.scrollHeight > height;
  return {
    bytes: await stitch(bands, { width: m.innerWidth, height }, scale),
    note: `stitched from ${bands.length} viewport captures${cut ? `; the page is ${m.scrollHeight}px tall, only its first ${height}px are included` : ''}; elements fixed on screen (headers) appear in each band`,
  };
}
