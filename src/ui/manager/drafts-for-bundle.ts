// The drafts written into a bundle: every document the saved qualification calls for, in French and English,
// dated the day the qualification was saved (so that re-exporting gives the same bytes).
import { draftKindsFor, parisToday, renderDraft, type Qualification } from '../../legal/index';
import type { StoredQualification } from '../../messaging/protocol';
import type { CaseRecord, DoctorProfile, Exhibit } from '../../shared/types';
import { bagFolderName } from '../../evidence/bundle/layout';

export function draftsForBundle(c: CaseRecord, exhibits: Exhibit[], stored: StoredQualification | undefined, profile: DoctorProfile) {
  const ex = exhibits[0];
  if (!stored || !ex) return [];
  const q = stored.result as Qualification;
  const today = parisToday(new Date(stored.savedAt));
  return draftKindsFor(q).flatMap((kind) =>
    (['fr', 'en'] as const).map((lang) => {
      const d = renderDraft(kind, lang, {
        profile,
        review: ex.review,
        source: { url: ex.source.url, title: ex.source.title, placeName: ex.review.placeName },
        exhibitId: ex.id,
        qualification: q,
        today,
        bundleRef: bagFolderName(c.id, ex.seal),
      });
      return { caseId: c.id, name: `${kind}.${lang}`, text: `${d.title}\n\n${d.body}\n` };
    }),
  );
}
