// Pacing of captureVisibleTab under Chrome's two-per-second quota: a call the browser refuses for the quota (a
// call slow to reach it under load) is made again a whole quota window later, not reported as a failed capture.
import { afterEach, describe, expect, it, vi } from 'vitest';

const captureVisibleTab = vi.fn<(windowId: number, o: object) => Promise<string>>();
vi.mock('webextension-polyfill', () => ({ default: { tabs: { captureVisibleTab: (w: number, o: object) => captureVisibleTab(w, o) } } }));
const { captureVisible } = await import('./screenshot');

const PNG = `data:image/png;base64,${btoa('png-bytes')}`;
const refusal = () => new Error('This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.');

afterEach(() => {
  vi.useRealTimers();
  captureVisibleTab.mockReset();
});

describe('captureVisible', () => {
  it('takes the screenshot again a second later when Chrome refuses it for the quota', async () => {
    vi.useFakeTimers();
    const at: number[] = [];
    captureVisibleTab.mockImplementation(() => {
      at.push(Date.now());
      return at.length === 1 ? Promise.reject(refusal()) : Promise.resolve(PNG);
    });
    const shot = captureVisible(1);
    await vi.runAllTimersAsync();
    expect(new TextDecoder().decode(await shot)).toBe('png-bytes');
    expect(at).toHaveLength(2);
    expect(at[1] - at[0]).toBeGreaterThanOrEqual(1000);
  });

  it('gives up after three refusals, and never retries any other error', async () => {
    vi.useFakeTimers();
    captureVisibleTab.mockImplementation(() => Promise.reject(refusal()));
    const refused = captureVisible(1);
    const settled = refused.then(() => 'captured', (e: Error) => e.message);
    await vi.runAllTimersAsync();
    expect(await settled).toMatch(/MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/);
    expect(captureVisibleTab).toHaveBeenCalledTimes(3);

    captureVisibleTab.mockReset();
    captureVisibleTab.mockImplementation(() => Promise.reject(new Error('Cannot access contents of the page.')));
    const other = captureVisible(1).then(() => 'captured', (e: Error) => e.message);
    await vi.runAllTimersAsync();
    expect(await other).toBe('Cannot access contents of the page.');
    expect(captureVisibleTab).toHaveBeenCalledTimes(1);
  });
});
