// The seal of an exhibit: SHA-256 of the canonical JSON of every field but `seal` itself (and the timestamps,
// which are obtained *for* the seal afterwards). previousSeal chains exhibits in capture order.
import type { Exhibit } from '../shared/types';
import { hashCanonical } from './hash';

export type UnsealedExhibit = Omit<Exhibit, 'seal' | 'timestamps'>;

export function sealedPart(ex: Exhibit | UnsealedExhibit): UnsealedExhibit {
  const { seal: _s, timestamps: _t, ...rest } = ex as Exhibit;
  return rest;
}

export async function computeSeal(ex: Exhibit | UnsealedExhibit): Promise<string> {
  return hashCanonical(sealedPart(ex));
}

export async function sealExhibit(ex: UnsealedExhibit): Promise<Exhibit> {
  return { ...ex, seal: await computeSeal(ex) };
}
