// Crop and stitch in the service worker with OffscreenCanvas. The viewport PNG is stored exactly as the browser
// produced it; the review PNG is a new image made of those pixels, cut at the review's box (never drawn on).
import type { Rect } from '../../messaging/protocol';

export async function decodePng(bytes: Uint8Array): Promise<ImageBitmap> {
  return createImageBitmap(new Blob([bytes as BlobPart], { type: 'image/png' }));
}

export async function encodePng(canvas: OffscreenCanvas): Promise<Uint8Array> {
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Uint8Array(await blob.arrayBuffer());
}

/** One band of a review: the pixels of `visible` (CSS px in the viewport) placed at `offset` CSS px from the review's top. */
export interface Band {
  bitmap: ImageBitmap;
  visible: Rect;
  /** Where `visible` starts inside the review, in CSS px from its top-left corner. */
  offset: number;
  offsetX: number;
}

/**
 * Builds the review image from one or more viewport captures. `scale` = bitmap pixels per CSS pixel, measured as
 * bitmap.width / window.innerWidth (emulated or real device pixel ratio alike).
 */
export async function stitch(bands: Band[], size: { width: number; height: number }, scale: number): Promise<Uint8Array> {
  const w = Math.round(size.width * scale);
  const h = Math.round(size.height * scale);
  const canvas = new OffscreenCanvas(w, h);
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2d context');
  for (const b of bands) {
    const sx = Math.round(b.visible.x * scale);
    const sy = Math.round(b.visible.y * scale);
    const sw = Math.min(Math.round(b.visible.width * scale), b.bitmap.width - sx);
    const sh = Math.min(Math.round(b.visible.height * scale), b.bitmap.height - sy);
    const dx = Math.round(b.offsetX * scale);
    const dy = Math.round(b.offset * scale);
    const dh = Math.min(sh, h - dy);
    if (sw > 0 && dh > 0) g.drawImage(b.bitmap, sx, sy, sw, dh, dx, dy, sw, dh);
  }
  return encodePng(canvas);
}

/**
 * A derived copy of the viewport with the review outlined, for a reader who wants to see where the review sits on
 * the page. Drawn on a new canvas: the original viewport.png bytes are never touched.
 */
export async function annotate(viewport: Uint8Array, box: Rect, scale: number): Promise<Uint8Array> {
  const bitmap = await decodePng(viewport);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2d context');
  g.drawImage(bitmap, 0, 0);
  g.strokeStyle = '#d9480f';
  g.lineWidth = Math.max(3, Math.round(3 * scale));
  g.strokeRect(box.x * scale, box.y * scale, box.width * scale, box.height * scale);
  return encodePng(canvas);
}
