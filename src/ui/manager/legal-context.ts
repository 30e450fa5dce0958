// Glue between a stored case and the legal engine: which answers, which review, which dates.
import { parisToday, qualify, type Answers, type Qualification } from '../../legal/index';
import type { StoredQualification } from '../../messaging/protocol';
import type { Exhibit, SiteId } from '../../shared/types';

/**
 * Whether the site lets the professional answer under the review: Google (Maps and Search), PagesJaunes and
 * Trustpilot all offer an owner reply, so the online right of reply (LCEN art. 1-1 / décret 2007-1527) is not
 * available there (legal-brief §3 and §9 T3). Unknown for any other site: the doctor is asked.
 */
export function siteHasDirectReply(site: SiteId): boolean | undefined {
  return site === 'generic' ? undefined : true;
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
    siteHasDirectReply: ex ? siteHasDirectReply(ex.source.adapterId) : undefined,
  });
}

export function storedAnswers(q: StoredQualification | undefined): Answers {
  return (q?.answers as Answers | undefined) ?? {};
}
