// Offline, explainable pre-reading of a review (DESIGN: no network, no AI). Each hint proposes an answer to one fact
// and shows the exact words that triggered it, with their offsets in review.text. A hint is never an answer: the
// doctor confirms it (Answer.source 'hint-confirmed') or rejects it.
import type { ReviewFields } from '../shared/types';
import { CUES } from './hints-vocab';
import { findFolded, foldText, type TextMatch } from './text-normalize';
import type { Hint } from './types';

export function hintsFor(review: Pick<ReviewFields, 'text' | 'photos'>): Hint[] {
  const folded = foldText(review.text);
  const hints: Hint[] = [];
  for (const cue of CUES) {
    const matches = nonOverlapping(cue.patterns.flatMap((p) => findFolded(review.text, folded, p)));
    if (matches.length) hints.push({ fact: cue.fact, proposed: cue.proposed, matches, why: cue.why });
  }
  if (review.photos.count > 0) {
    hints.push({
      fact: 'image-publiee',
      proposed: 'yes',
      matches: [],
      why: {
        fr: review.photos.count === 1 ? 'L’avis contient 1 photo : vérifiez si elle vous montre.' : `L’avis contient ${review.photos.count} photos : vérifiez si l’une d’elles vous montre.`,
        en: review.photos.count === 1 ? 'The review has 1 photo: check whether it shows you.' : `The review has ${review.photos.count} photos: check whether one shows you.`,
      },
    });
  }
  return hints;
}

/** Keeps the earliest (then longest) of overlapping matches, in text order. */
function nonOverlapping(found: TextMatch[]): TextMatch[] {
  const out: TextMatch[] = [];
  for (const f of [...found].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (!last || f.start >= last.end) out.push(f);
  }
  return out;
}
