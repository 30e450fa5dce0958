// The drafts written into a bundle: every document the saved qualification calls for, in French and English.
// Where the doctor saved a version of a draft, that version goes in (marked edited, with its save time); otherwise
// the template, dated the day the qualification was saved (so that re-exporting gives the same bytes), with the
// letters' recipient the doctor entered.
// Domain code: it takes the stored records as data and knows neither the store nor the messaging.
import { draftKindsFor, parisToday, renderDraft } from '../../legal/index';
import type { DraftFacts, DraftRecipient, StoredDraft, StoredQualification } from '../records';
import type { CaseRecord, DoctorProfile, Exhibit, Lang } from '../../shared/types';
import { draftPlainText } from './draft-text';

export interface BundleDraft {
  caseId: string;
  name: string;
  text: string;
  kind: string;
  lang: Lang;
  /** True when the text is the doctor's own version rather than the template. */
  edited: boolean;
  /** When the doctor last saved this draft (absent for an untouched template). */
  savedAt?: string;
}

/** The recipient of a kind of letter: the one saved last, whatever the language it was typed in. */
export function recipientFor(saved: readonly StoredDraft[], kind: string): DraftRecipient | undefined {
  return saved
    .filter((s) => s.kind === kind && s.recipient)
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt))
    .at(-1)?.recipient;
}

/**
 * Facts only the doctor knows, asked for under a letter when its template needs them (the template field, the
 * DraftContext key, and whether it is a date). Without them the letter keeps a visible placeholder.
 */
export const LETTER_FACTS = [
  { field: 'discoveryDate', key: 'discoveredOn', date: true },
  { field: 'stepsTaken', key: 'stepsTaken', date: false },
  { field: 'harm', key: 'harm', date: false },
  { field: 'rgpdDate', key: 'gdprRequestOn', date: true },
  { field: 'safetyImpact', key: 'safetyImpact', date: false },
] as const satisfies readonly { field: string; key: keyof DraftFacts; date: boolean }[];

/** The facts of a kind of letter: the ones saved last, whatever the language they were typed in. */
export function factsFor(saved: readonly StoredDraft[], kind: string): DraftFacts {
  return (
    saved
      .filter((s) => s.kind === kind && s.facts)
      .sort((a, b) => a.savedAt.localeCompare(b.savedAt))
      .at(-1)?.facts ?? {}
  );
}

/** The « Comment l’envoyer » note of a draft, when its template has one (optional field of Draft: a text, or one per language). */
export const sendingNote = (d: object, lang: Lang): string | undefined => {
  const n = (d as { howToSend?: unknown }).howToSend;
  if (typeof n === 'string') return n.trim() ? n : undefined;
  const l = n && typeof n === 'object' ? (n as Record<string, unknown>)[lang] : undefined;
  return typeof l === 'string' && l.trim() ? l : undefined;
};

export function draftsForBundle(c: CaseRecord, exhibits: Exhibit[], stored: StoredQualification | undefined, profile: DoctorProfile, saved: readonly StoredDraft[] = []): BundleDraft[] {
  const ex = exhibits[0];
  if (!stored || !ex) return [];
  const q = stored.result;
  const today = parisToday(new Date(stored.savedAt));
  return draftKindsFor(q).flatMap((kind) =>
    (['fr', 'en'] as const).map((lang) => {
      const d = renderDraft(kind, lang, {
        profile,
        review: ex.review,
        source: { url: ex.source.url, title: ex.source.title, placeName: ex.review.placeName },
        qualification: q,
        today,
        ...(stored.exactPublicationDate ? { exactPublicationDate: stored.exactPublicationDate } : {}),
        recipient: recipientFor(saved, kind),
        ...factsFor(saved, kind),
      });
      const own = saved.find((s) => s.kind === kind && s.lang === lang);
      const edited = own?.body !== undefined && own.body !== d.body;
      const text = draftPlainText({ title: d.title, body: edited ? own.body! : d.body, note: sendingNote(d, lang) });
      return { caseId: c.id, name: `${kind}.${lang}`, text, kind, lang, edited, ...(own ? { savedAt: own.savedAt } : {}) };
    }),
  );
}
