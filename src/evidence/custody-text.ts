// Custody log entries in plain words (French and English): « Capture de l'avis de Marc L. », « Dossier exporté :
// avise-….zip ». Shown in the case screen (ui/manager/Custody.tsx), the report and journal-de-conservation.txt.
// The hash-chained JSONL keeps the raw entries; these sentences are only a reading aid.
import type { CustodyEntry, Exhibit, Lang, TimestampStatus } from '../shared/types';
import { CASE_STEP_TEXT, parseStepDetail } from './case-status';

type Pair = { fr: string; en: string };

/** A timestamp request's outcome in plain words. */
export const TIMESTAMP_STATUS_TEXT: Record<TimestampStatus, Pair> = {
  granted: { fr: 'accordé', en: 'granted' },
  pending: { fr: 'en attente', en: 'pending' },
  failed: { fr: 'refusé ou en échec', en: 'refused or failed' },
};
export type ExhibitLookup = (exhibitId: string) => (Pick<Exhibit, 'review' | 'sequence'> & Partial<Pick<Exhibit, 'role'>>) | undefined;

/** A re-check's outcome in plain words. */
export const RECHECK_TEXT = {
  present: { fr: 'avis toujours en ligne, inchangé', en: 'review still online, unchanged' },
  modified: { fr: 'avis modifié', en: 'review modified' },
  removed: { fr: 'avis supprimé', en: 'review removed' },
  unreachable: { fr: 'page injoignable', en: 'page unreachable' },
} as const;

/** Every event kind of CustodyEntry['event'] has a sentence. */
export function custodySentence(e: Pick<CustodyEntry, 'event' | 'detail' | 'exhibitId'>, lang: Lang, exhibitOf?: ExhibitLookup): string {
  return custodyPair(e, exhibitOf)[lang];
}

export function custodyActor(e: Pick<CustodyEntry, 'actor'>, lang: Lang): string {
  if (e.actor === 'user') return lang === 'fr' ? 'l’utilisateur' : 'the user';
  return lang === 'fr' ? 'l’extension' : 'the extension';
}

export function custodyPair(e: Pick<CustodyEntry, 'event' | 'detail' | 'exhibitId'>, exhibitOf?: ExhibitLookup): Pair {
  const d = e.detail ?? '';
  const ex = e.exhibitId ? exhibitOf?.(e.exhibitId) : undefined;
  const piece = ex ? { fr: ` (pièce n° ${ex.sequence})`, en: ` (exhibit ${ex.sequence})` } : { fr: '', en: '' };
  switch (e.event) {
    case 'capture':
      if (ex?.role === 'page-without-review')
        return { fr: `Capture de la page de l’avis de ${ex.review.author}, sans l’avis${piece.fr}`, en: `Capture of the page of the review by ${ex.review.author}, without the review${piece.en}` };
      return ex
        ? { fr: `Capture de l’avis de ${ex.review.author}${piece.fr}`, en: `Capture of the review by ${ex.review.author}${piece.en}` }
        : { fr: 'Capture d’un avis', en: 'Capture of a review' };
    case 'export': {
      const file = /bundle (\S+?) exported/.exec(d)?.[1];
      return file ? { fr: `Dossier exporté : ${file}`, en: `Bundle exported: ${file}` } : { fr: 'Dossier exporté', en: 'Bundle exported' };
    }
    case 'qualify':
      return { fr: 'Qualification enregistrée', en: 'Qualification saved' };
    case 'timestamp': {
      // The detail is written by background/timestamps.ts as « <tsa url>: <status> … ».
      const status = /: (granted|pending|failed)\b/.exec(d)?.[1] as TimestampStatus | undefined;
      const outcome = status ? TIMESTAMP_STATUS_TEXT[status] : undefined;
      return {
        fr: `Horodatage RFC 3161 du sceau${piece.fr}${outcome ? ` : ${outcome.fr}` : ''} (seule l’empreinte a été envoyée)`,
        en: `RFC 3161 timestamp of the seal${piece.en}${outcome ? `: ${outcome.en}` : ''} (only the digest was sent)`,
      };
    }
    case 'note': {
      const text = d.replace(/^Note:\s*/i, '');
      return { fr: `Note ajoutée : ${text}`, en: `Note added: ${text}` };
    }
    case 'recheck': {
      // The detail is written by background/recheck.ts as « recheck <outcome> … ».
      const outcome = /^recheck (present|modified|removed|unreachable)\b/.exec(d)?.[1] as keyof typeof RECHECK_TEXT | undefined;
      const o = outcome ? RECHECK_TEXT[outcome] : undefined;
      const diff = /; text diff: ([\s\S]*)$/.exec(d)?.[1];
      const change = diff ? ` — ${diff}` : '';
      return { fr: `Nouvelle vérification de l’avis en ligne${piece.fr}${o ? ` : ${o.fr}` : ''}${change}`, en: `Review checked again online${piece.en}${o ? `: ${o.en}` : ''}${change}` };
    }
    case 'status': {
      const step = parseStepDetail(d);
      if (!step) return { fr: 'Étape du dossier marquée', en: 'Case step marked' };
      const [y, m, day] = step.on.split('-');
      const note = step.note ? { fr: ` — ${step.note}`, en: ` — ${step.note}` } : { fr: '', en: '' };
      return {
        fr: `Étape marquée : ${CASE_STEP_TEXT[step.kind].fr}, le ${day}/${m}/${y}${note.fr}`,
        en: `Step marked: ${CASE_STEP_TEXT[step.kind].en}, on ${y}-${m}-${day}${note.en}`,
      };
    }

    case 'delete-request':
      return { fr: 'Demande de suppression enregistrée', en: 'Deletion request recorded' };
    case 'verify':
      return { fr: 'Vérification d’un dossier exporté', en: 'Exported bundle verified' };
    default:
      return { fr: `Opération « ${String(e.event)} »`, en: `Operation “${String(e.event)}”` };
  }
}
