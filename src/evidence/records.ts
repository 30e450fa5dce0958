// The records the evidence store keeps besides the sealed evidence itself (cases, exhibits and custody are in
// src/shared/types.ts): the qualification, the doctor's drafts, capture jobs, and the settings. They belong to the
// domain, not to the messaging contract that carries them: src/messaging/protocol.ts imports them from here.
//
// Each record the doctor's answers shape carries `schemaVersion`. Records written before it existed (store DB
// version 2) are brought to the current shape by `migrateQualification` / `migrateDraft`, run once when the store
// is opened at DB version 3 (src/evidence/store.ts) and tested on a store dumped from that version
// (test/unit/store-migration.test.ts).
import type { Answers, Qualification } from '../legal/types';
import type { DoctorProfile, Lang } from '../shared/types';

/** The shape of the stored qualification and draft records. Bump it, and add a step below, when they change. */
export const RECORD_SCHEMA_VERSION = 1;

/** The qualification as stored with a case: the answers given and the legal engine's result, both typed. */
export interface StoredQualification {
  schemaVersion: typeof RECORD_SCHEMA_VERSION;
  caseId: string;
  savedAt: string;
  rulesetVersion: string;
  answers: Answers;
  /** The exact first-publication date the doctor gave (YYYY-MM-DD); otherwise deadlines count from the earliest possible date. */
  exactPublicationDate?: string;
  result: Qualification;
}

/** Facts only the doctor knows that a letter states (date found, harm…), by field: see LETTER_FACTS in bundle/drafts.ts. */
export type DraftFacts = Partial<Record<'discoveredOn' | 'stepsTaken' | 'harm' | 'gdprRequestOn' | 'safetyImpact', string>>;

export interface DraftRecipient {
  civility?: string;
  name?: string;
  address?: string;
}

/** The doctor's own version of one draft, kept with the case (store `drafts`, key [caseId, kind, lang]). */
export interface StoredDraft {
  schemaVersion: typeof RECORD_SCHEMA_VERSION;
  caseId: string;
  /** A DraftKind (src/legal/types.ts). */
  kind: string;
  lang: Lang;
  /** The body as the doctor last left it; absent when the draft follows the template. */
  body?: string;
  /** Who a letter is addressed to (mise en demeure: the identified author). */
  recipient?: DraftRecipient;
  facts?: DraftFacts;
  savedAt: string;
}

/** A capture in progress: written when it starts, deleted in the transaction that stores it (store.ts). */
export interface CaptureJob {
  id: string;
  startedAt: string;
  tabId: number;
  url: string;
  key: string;
}

/** The extension's settings (extension storage, never synced), written only by the service worker. */
export interface Settings {
  timestampEnabled: boolean;
  /** True once the doctor has answered the first-run question on trusted timestamps (yes or no); until then the options and the popup ask. */
  timestampChosen?: boolean;
  tsaUrls: string[];
  profile: DoctorProfile;
  /** Days the doctor's insurance contract gives to declare a claim (Code des assurances art. L113-2 4°); absent: 5 working days. */
  insurerDays?: number;
  /** Reminders before deadlines (badge always; notifications only with the optional permission). Default on. */
  remindersEnabled?: boolean;
  /** Forensic capture (controlled reload under the debugging protocol, Chromium forensic edition only); off unless the doctor turns it on. */
  forensicEnabled?: boolean;
  /** Forensic mode: also capture the page as displayed (« tel qu'affiché ») before the controlled reload; the popup's last choice. */
  forensicAlsoAsShown?: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Thrown when a stored record cannot be read as its type: the record is left as it is, never rewritten. */
export class UnreadableRecord extends Error {}

/**
 * A stored qualification at any schema version → the current one. Version 0 (no `schemaVersion`, store DB
 * version ≤ 2) held the same data typed as `Record<string, unknown>` / `unknown`: the shape is checked, not guessed.
 */
export function migrateQualification(raw: unknown): StoredQualification {
  if (!isObject(raw) || typeof raw.caseId !== 'string') throw new UnreadableRecord('qualification without a case id');
  const version = raw.schemaVersion ?? 0;
  if (version === RECORD_SCHEMA_VERSION) return raw as unknown as StoredQualification;
  if (version !== 0) throw new UnreadableRecord(`qualification of ${raw.caseId}: unknown schema version ${JSON.stringify(version)}`);
  if (!isObject(raw.answers) || !isObject(raw.result) || !Array.isArray(raw.result.labels)) throw new UnreadableRecord(`qualification of ${raw.caseId}: answers or result missing`);
  for (const [fact, a] of Object.entries(raw.answers)) {
    if (!isObject(a) || !['yes', 'no', 'unknown'].includes(a.value as string)) throw new UnreadableRecord(`qualification of ${raw.caseId}: bad answer to ${fact}`);
  }
  return { ...(raw as unknown as Omit<StoredQualification, 'schemaVersion'>), schemaVersion: RECORD_SCHEMA_VERSION };
}

/** A stored draft at any schema version → the current one (version 0: the same fields, no `schemaVersion`). */
export function migrateDraft(raw: unknown): StoredDraft {
  if (!isObject(raw) || typeof raw.caseId !== 'string' || typeof raw.kind !== 'string') throw new UnreadableRecord('draft without a case id or kind');
  const version = raw.schemaVersion ?? 0;
  if (version === RECORD_SCHEMA_VERSION) return raw as unknown as StoredDraft;
  if (version !== 0) throw new UnreadableRecord(`draft ${raw.kind} of ${raw.caseId}: unknown schema version ${JSON.stringify(version)}`);
  if ((raw.lang !== 'fr' && raw.lang !== 'en') || typeof raw.savedAt !== 'string') throw new UnreadableRecord(`draft ${raw.kind} of ${raw.caseId}: bad language or save time`);
  return { ...(raw as unknown as Omit<StoredDraft, 'schemaVersion'>), schemaVersion: RECORD_SCHEMA_VERSION };
}
