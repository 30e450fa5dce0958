// What else the site published with the review (issue 12 item 4): title, date of the experience, detailed ratings,
// hidden at load, author signals, the owner reply's own date. Rendered as text nodes only (review fields are hostile).
// Placed inside the exhibit's <dl class="fields"> on the case page; the report has the same lines (bundle/report.ts).
import type { ReviewFields } from '../../shared/types';
import { parisLongDay } from '../../evidence/bundle/paris-time';
import { t, uiLang } from '../shared/i18n';
import { plural } from '../shared/case-flow/Result';

const flat = (s: string | undefined): string => s?.replace(/\s+/g, ' ').trim() ?? '';
const day = (d: string): string => parisLongDay(`${d}T12:00:00Z`, uiLang());

export function PublishedFields({ review: r }: { review: ReviewFields }) {
  const s = r.authorSignals;
  const signals = [
    s?.reviewCount !== undefined ? plural(s.reviewCount, 'w_reviewCountOne', 'w_reviewCountOther') : '',
    s?.localGuide ? 'Local Guide' : '',
    s?.profileUrlDropped ? t('adp_profileDropped', s.profileUrlDropped) : '',
  ].filter(Boolean).join(' · ');
  const e = r.experienceRange;
  const reply = r.ownerReply?.publishedRange;
  return (
    <>
      {flat(r.title) && (<><dt>{t('adp_title')}</dt><dd class="f-title">{flat(r.title)}</dd></>)}
      {flat(r.experienceDateText) && (
        <><dt>{t('adp_experience')}</dt><dd class="f-experience">{flat(r.experienceDateText)}{e && e.earliest === e.latest ? ` (${day(e.earliest)})` : ''}</dd></>
      )}
      {r.subRatings?.length ? (
        <><dt>{t('adp_subRatings')}</dt>
          <dd class="f-subratings">{r.subRatings.map((x) => `${flat(x.labelRaw)} ${x.rating !== undefined ? `${x.rating}/${x.ratingMax ?? 5}` : flat(x.valueRaw)}`).join(' ; ')}</dd></>
      ) : null}
      {signals && (<><dt>{t('adp_authorSignals')}</dt><dd class="f-signals">{signals}</dd></>)}
      {r.hiddenAtLoad && (<><dt>{t('adp_hiddenAtLoad')}</dt><dd class="f-hidden">{t('adp_hiddenAtLoadYes')}</dd></>)}
      {reply && (
        <><dt>{t('adp_replyDate')}</dt>
          <dd class="f-reply-date">{reply.earliest === reply.latest ? t('adp_on', day(reply.earliest)) : t('adp_between', day(reply.earliest), day(reply.latest))}{r.ownerReply?.dateText ? ` (${r.ownerReply.dateText})` : ''}</dd></>
      )}
    </>
  );
}
