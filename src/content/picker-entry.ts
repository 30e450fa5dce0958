// The element picker as a second script, `content-picker.js`, injected by the service worker only when the doctor asks
// for it (picker.start, the context menu: background/inject.ts ensurePicker), after content.js: the script injected
// into every review page stays small (issue 14: ≤ 10 KiB gzip). Both run in the same isolated world, so content.js
// finds the picker on `globalThis`; injected twice, the first copy stays (one overlay, one Escape handler).
import { startPicker } from './picker';

globalThis.__aviseStartPicker ??= startPicker;
