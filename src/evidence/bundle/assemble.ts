// What goes into a bundle, from the stored records given as data: the cases in a stable order, their exhibits,
// their custody chains (up to the last entry that is not an export), qualifications and drafts. The page that
// exports reads the records (store-read.ts), asks for this, writes the ZIP and saves the file; it decides nothing.
import type { CaseRecord, CustodyEntry, DoctorProfile, Exhibit } from '../../shared/types';
import type { StoredDraft, StoredQualification } from '../records';
import type { SeriesRecord } from '../series-record';
import { draftsForBundle } from './drafts';
import type { BundleInput, BundleSigner } from './types';

/** One case as stored: its record and everything kept with it. */
export interface CaseData {
  case: CaseRecord;
  exhibits: Exhibit[];
  custody: CustodyEntry[];
  qualification?: StoredQualification;
  drafts: StoredDraft[];
  /** The case's series record (`series:<caseId>` in meta) when it was captured as a series. */
  series?: SeriesRecord;
}

/**
 * The custody chain put in a bundle stops at the case's last entry that is not an export: exporting twice in a
 * row gives the same bytes, and every entry included still chains from the first.
 */
export function custodyForBundle(entries: readonly CustodyEntry[]): CustodyEntry[] {
  let end = entries.length;
  while (end > 0 && entries[end - 1]?.event === 'export') end--;
  return entries.slice(0, end);
}

export function assembleBundle(args: {
  cases: readonly CaseData[];
  getBlob: (sha256: string) => Promise<Uint8Array>;
  signer?: BundleSigner;
  software: BundleInput['software'];
  /** The doctor's profile: names who captured in the report, pre-fills the declaration and signs the letters. */
  profile: DoctorProfile;
  lang?: BundleInput['lang'];
  pdf?: boolean;
}): BundleInput {
  // Sorted and once each: the same set of cases gives the same bundle, whatever order the doctor ticked them in.
  const byId = new Map(args.cases.map((c) => [c.case.id, c]));
  const cases = [...byId.values()].sort((a, b) => (a.case.id < b.case.id ? -1 : a.case.id > b.case.id ? 1 : 0));
  const qualifications: Record<string, unknown> = {};
  for (const c of cases) if (c.qualification) qualifications[c.case.id] = c.qualification;
  return {
    cases: cases.map((c) => c.case),
    exhibits: cases.flatMap((c) => c.exhibits),
    custody: cases.flatMap((c) => custodyForBundle(c.custody)),
    qualifications,
    // The versions the doctor last saved (edited or not), else the templates.
    drafts: cases.flatMap((c) => draftsForBundle(c.case, c.exhibits, c.qualification, args.profile, c.drafts)),
    getBlob: args.getBlob,
    signer: args.signer,
    software: args.software,
    lang: args.lang,
    profile: args.profile,
    ...(args.pdf === undefined ? {} : { pdf: args.pdf }),
    ...(cases.some((c) => c.series) ? { series: cases.flatMap((c) => (c.series ? [c.series] : [])) } : {}),
  };
}
