// Append-only custody log: each entry carries the hash of the previous one, so a removed, reordered or
// altered entry breaks the chain (checked by verifyCustodyChain, also used by the bundle verifier).
import type { CustodyEntry } from '../shared/types';
import { hashCanonical, ZERO_HASH } from './hash';

export type NewCustodyEntry = Omit<CustodyEntry, 'seq' | 'prevHash' | 'hash'>;

export async function chainEntry(prev: CustodyEntry | undefined, entry: NewCustodyEntry): Promise<CustodyEntry> {
  const body = { ...entry, seq: prev ? prev.seq + 1 : 1, prevHash: prev ? prev.hash : ZERO_HASH };
  return { ...body, hash: await hashCanonical(body) };
}

/** Returns null when the chain is intact, else a message naming the first broken entry. */
export async function verifyCustodyChain(entries: CustodyEntry[]): Promise<string | null> {
  let prevHash = ZERO_HASH;
  for (const [i, entry] of entries.entries()) {
    const { hash, ...body } = entry;
    if (body.prevHash !== prevHash) return `custody entry ${body.seq ?? i + 1}: previous hash does not match`;
    if ((await hashCanonical(body)) !== hash) return `custody entry ${body.seq ?? i + 1}: hash does not match its content`;
    prevHash = hash;
  }
  return null;
}
