// bag-info.txt (RFC 8493 §2.2.2). Times are capture times, never the export time, so re-exports are identical
// (Bagging-Date is therefore left out: it is optional). Custom labels carry the capture URLs and times.
import type { Exhibit } from '../../shared/types';
import { oneLine } from './layout';
import type { BundleInput } from './types';

export function bagInfoText(input: BundleInput, exhibits: Exhibit[], oxum: string): string {
  const L: [string, string][] = [
    ['Source-Organization', `${input.software.name} (local installation)`],
    ['Bag-Software-Agent', `${input.software.name} ${input.software.version}`],
  ];
  for (const c of input.cases) L.push(['External-Identifier', c.id]);
  L.push(['External-Description', 'Evidence bundle: captured online reviews, report, custody log (docs/evidence-bundle.md)']);
  L.push(['Payload-Oxum', oxum]);
  for (const e of exhibits) {
    L.push(['Capture-Exhibit', `${e.id} seq=${e.sequence} seal=${e.seal}`]);
    L.push(['Capture-URL', e.source.url]);
    L.push(['Capture-Start-UTC', e.capturedAt.startUtc]);
    L.push(['Capture-End-UTC', e.capturedAt.endUtc]);
    L.push(['Capture-Local-Time', `${e.capturedAt.local} ${e.capturedAt.timeZone}`]);
    for (const t of e.timestamps ?? []) if (t.status === 'granted' && t.genTime) L.push(['Timestamp-GenTime', `${e.id} ${t.genTime} ${t.tsaUrl}`]);
  }
  return L.map(([k, v]) => `${k}: ${oneLine(v)}\n`).join('');
}
