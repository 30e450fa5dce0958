// A test of the structure test: each layering rule, fed a deliberate violation, reports it; fed the allowed form,
// reports nothing. Without this a rule that never matched (a wrong path, a regex typo) would pass forever.
import { describe, expect, it } from 'vitest';
import { layeringViolations } from './structure-rules';

describe('the layering rules of the structure test', () => {
  it('fail on a page that imports the store writer, in any import form', () => {
    expect(layeringViolations('src/ui/manager/evil.ts', "import { putDraft } from '../../evidence/store';\n")).not.toEqual([]);
    expect(layeringViolations('src/ui/manager/evil.ts', "export { setMeta } from '../../evidence/store.ts';\n")).not.toEqual([]);
    expect(layeringViolations('src/ui/popup/evil.tsx', "const m = await import('../../evidence/installation-key');\n")).not.toEqual([]);
    expect(layeringViolations('src/content/evil.ts', "import { appendCustody } from '../evidence/store';\n")).not.toEqual([]);
  });

  it('fail on a page that opens a readwrite transaction itself', () => {
    expect(layeringViolations('src/ui/manager/evil.ts', "const tx = db.transaction('cases', 'readwrite');\n")).toEqual([expect.stringContaining("'readwrite'")]);
  });

  it('fail on the domain importing messaging, and on anything but the service worker importing a writer', () => {
    expect(layeringViolations('src/legal/evil.ts', "import { callBackground } from '../messaging/client';\n")).toEqual([expect.stringContaining('src/messaging/client')]);
    expect(layeringViolations('src/evidence/bundle/evil.ts', "import type { Settings } from '../../messaging/protocol';\n")).not.toEqual([]);
    expect(layeringViolations('src/shared/evil.ts', "import { getMeta } from '../evidence/store';\n")).not.toEqual([]);
  });

  it('fail when the read-only module writes', () => {
    expect(layeringViolations('src/evidence/store-read.ts', "await tx.store.put(value);\n")).not.toEqual([]);
  });

  it('accept the allowed forms: pages reading through store-read, the service worker writing, messaging importing the domain', () => {
    expect(layeringViolations('src/ui/manager/data.ts', "import { getBlob } from '../../evidence/store-read';\n")).toEqual([]);
    expect(layeringViolations('src/background/handlers.ts', "import { putDraft } from '../evidence/store';\nconst tx = d.transaction('x', 'readwrite');\n")).toEqual([]);
    expect(layeringViolations('src/messaging/protocol.ts', "import type { StoredDraft } from '../evidence/records';\n")).toEqual([]);
    expect(layeringViolations('src/evidence/installation-key.ts', "import { getMeta, setMeta } from './store';\n")).toEqual([]);
  });
});
