// Element picker for sites without an adapter: hover highlights, click selects, Esc cancels. The highlight lives
// in a closed shadow root on a fixed overlay and is removed before any screenshot; it never touches page nodes.
// `startPicker` ships in content-picker.js (./picker-entry.ts), loaded on demand; `selectionElement` in content.js.
const HOST_ID = 'avise-picker-host';

declare global {
  /** Set by content-picker.js, which the service worker injects before `content.pick` (background/inject.ts). */
  var __aviseStartPicker: typeof startPicker | undefined;
}

export function startPicker(onPick: (el: Element) => void, labels: { hint: string }): void {
  stopPicker();
  const host = document.createElement('div');
  host.id = HOST_ID;
  host.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:2147483647;';
  const root = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('div');
  box.style.cssText = 'position:fixed;border:3px solid #d9480f;background:rgba(217,72,15,.12);border-radius:4px;display:none;';
  const hint = document.createElement('div');
  hint.textContent = labels.hint;
  hint.style.cssText = 'position:fixed;top:8px;left:50%;transform:translateX(-50%);background:#1f2937;color:#fff;font:14px system-ui;padding:6px 12px;border-radius:6px;';
  root.append(box, hint);
  document.documentElement.append(host);
  let current: Element | null = null;

  // Only the doctor's own mouse and keyboard count: a page script could otherwise dispatch synthetic events to
  // choose which element gets captured.
  const move = (e: MouseEvent) => {
    if (!e.isTrusted) return;
    const el = document.elementFromPoint(e.clientX, e.clientY);
    if (!el || el === host) return;
    current = el;
    const r = el.getBoundingClientRect();
    Object.assign(box.style, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
  };
  const click = (e: MouseEvent) => {
    if (!e.isTrusted) return;
    e.preventDefault();
    e.stopPropagation();
    const el = current;
    stopPicker();
    if (el) onPick(el);
  };
  const key = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    if (e.key === 'Escape') stopPicker();
  };
  document.addEventListener('mousemove', move, true);
  document.addEventListener('click', click, true);
  document.addEventListener('keydown', key, true);
  cleanup = () => {
    document.removeEventListener('mousemove', move, true);
    document.removeEventListener('click', click, true);
    document.removeEventListener('keydown', key, true);
    host.remove();
  };
}

let cleanup: (() => void) | undefined;

export function stopPicker(): void {
  cleanup?.();
  cleanup = undefined;
}

/** The element around the current text selection, if any (context menu « Capturer cet avis » on selected text). */
export function selectionElement(): Element | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || !sel.rangeCount) return null;
  const node = sel.getRangeAt(0).commonAncestorContainer;
  return node instanceof Element ? node : node.parentElement;
}
