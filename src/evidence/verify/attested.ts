// The « vue attestée » of each exhibit is a derived image (src/evidence/bundle/attested.ts): the verifier checks that
// it holds viewport.png's pixels unchanged and, around them, only the band its sidecar describes. A bundle exported
// before attested views existed simply has none (nothing to check).
import { ATTESTED_FILE, ATTESTED_SIDECAR, ATTESTED_SOURCE, checkAttestedView, type AttestedSidecar } from '../bundle/attested';
import type { AddCheck, BagFiles } from './types';

export async function checkAttestedViews(bag: BagFiles, add: AddCheck): Promise<void> {
  for (const png of bag.paths.filter((p) => p.endsWith(`/${ATTESTED_FILE}`)).sort()) {
    const dir = png.slice(0, -ATTESTED_FILE.length);
    const file = dir + ATTESTED_FILE;
    if (!bag.has(dir + ATTESTED_SIDECAR) || !bag.has(dir + ATTESTED_SOURCE)) {
      add(`attested:${dir}`, false, 'attested-orphan', { file, source: dir + ATTESTED_SOURCE, sidecar: dir + ATTESTED_SIDECAR });
      continue;
    }
    let sidecar: AttestedSidecar;
    try {
      sidecar = JSON.parse(await bag.text(dir + ATTESTED_SIDECAR)) as AttestedSidecar;
    } catch (e) {
      add(`attested:${dir}`, false, 'attested-bad', { file, source: dir + ATTESTED_SOURCE }, (e as Error).message);
      continue;
    }
    const r = checkAttestedView(await bag.bytes(dir + ATTESTED_SOURCE), await bag.bytes(file), sidecar);
    const sourceHashOk = sidecar.derivedFrom?.sha256 === (await bag.sha256(dir + ATTESTED_SOURCE));
    const ok = r.ok && sourceHashOk;
    const technical = [...r.problems, ...(sourceHashOk ? [] : ['derivedFrom.sha256 is not the SHA-256 of the source screenshot'])].join('; ');
    add(`attested:${dir}`, ok, ok ? 'attested-ok' : 'attested-bad', { file, source: dir + ATTESTED_SOURCE }, technical || undefined);
  }
}
