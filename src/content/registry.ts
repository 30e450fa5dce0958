// Keys that address review elements on this page load. The popup and the service worker only ever see keys,
// never elements; a key is valid until the page navigates (the content script dies with the document).
const byKey = new Map<string, Element>();
const keyOf = new WeakMap<Element, string>();
let counter = 0;

export function keyFor(el: Element): string {
  let key = keyOf.get(el);
  if (!key) {
    key = `r${++counter}`;
    keyOf.set(el, key);
    byKey.set(key, el);
  }
  return key;
}

export function elementFor(key: string): Element {
  const el = byKey.get(key);
  if (!el || !el.isConnected) throw new Error('Cet avis n’est plus affiché sur la page : rechargez la liste. / This review is no longer on the page: reload the list.');
  return el;
}
