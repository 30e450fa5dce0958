// Glue between a stored case and the legal engine: which answers, which review, which dates.
import { parisToday, qualify, type Answers, type Hint, type Qualification } from '../../legal/index';
import type { StoredQualification } from '../../evidence/records';
import type { Exhibit, SiteId } from '../../shared/types';

/**
 * A HINT, never the answer, for « Pouvez-vous répondre vous-même sous cet avis ? »: Google (Maps and Search),
 * PagesJaunes and Trustpilot offer an owner reply, but only to a professional who has claimed the listing; a listing
 * not claimed cannot reply, and the online right of reply (LCEN art. 1-1 / décret 2007-1527) is then open
 * (docs/legal/numerique-dsa-lcen.md#lcen-art-1-1-droit-de-reponse, docs/legal/procedure.md#decision-tree-t3). The doctor confirms or answers; nothing is assumed. No hint on other sites.
 */
export function replyHint(site: SiteId): Hint | undefined {
  if (site === 'generic') return undefined;
  return {
    fact: 'reponse-directe-possible',
    proposed: 'yes',
    matches: [],
    why: {
      fr: 'Ce site permet au professionnel qui a revendiqué sa fiche de répondre sous l’avis. Confirmez seulement si vous voyez « Répondre » sous cet avis une fois connecté ; sinon, répondez Non.',
      en: 'This site lets a professional who has claimed the listing reply under the review. Confirm only if you see "Reply" under this review when signed in; otherwise answer No.',
    },
  };
}

export function firstExhibit(exhibits: Exhibit[]): Exhibit | undefined {
  return exhibits[0];
}

export function runQualification(exhibits: Exhibit[], answers: Answers, exactPublicationDate?: string, today = parisToday()): Qualification {
  const ex = firstExhibit(exhibits);
  return qualify({
    answers,
    review: ex?.review,
    publishedRange: ex?.review.publishedRange,
    exactPublicationDate,
    today,
  });
}

export function storedAnswers(q: StoredQualification | undefined): Answers {
  return q?.answers ?? {};
}
