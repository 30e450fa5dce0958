// Computes every value a template may use. Templates stay logic-less; all choices are made here.
import type { Lang, ReviewFields } from '../../shared/types';
import type { Deadline, Strength } from '../types';
import { REASONS } from './reasons';
import type { DraftContext } from './types';

const MONTHS: Record<Lang, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function longDate(iso: string | undefined | null, lang: Lang): string | undefined {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  return `${Number(m[3])} ${MONTHS[lang][Number(m[2]) - 1]} ${m[1]}`;
}

/**
 * The first-publication date as a letter should state it: exact when the doctor gave it, otherwise « au plus tôt le »
 * (the earliest date « il y a 3 mois » allows) — a letter must not assert a date nobody knows.
 */
function publicationDateText(d: Deadline | undefined, r: ReviewFields | undefined, lang: Lang): string | undefined {
  const start = d?.startsOn ?? r?.publishedRange?.earliest;
  const text = longDate(start, lang);
  if (!text) return undefined;
  const earliestOnly = d ? !!d.startIsEarliestPossible : !!r?.publishedRange && r.publishedRange.earliest !== r.publishedRange.latest;
  return earliestOnly ? (lang === 'fr' ? `au plus tôt le ${text}` : `no earlier than ${text}`) : text;
}

const STRENGTH: Record<Strength, { fr: string; en: string }> = {
  probable: { fr: 'probable', en: 'likely' },
  possible: { fr: 'possible', en: 'possible' },
  'a-confirmer-avocat': { fr: 'à confirmer par un avocat', en: 'to be confirmed by a lawyer' },
};

const AUTHOR_STATUS: Record<string, { fr: string; en: string }> = {
  yes: { fr: 'identifié', en: 'identified' },
  no: { fr: 'non identifié', en: 'not identified' },
};

const join = (parts: (string | undefined)[], sep = ' '): string | undefined => {
  const s = parts.filter((p) => p && p.trim()).join(sep).trim();
  return s || undefined;
};

export function draftFields(ctx: DraftContext, lang: Lang): Record<string, string | undefined> {
  const p = ctx.profile;
  const r = ctx.review;
  const q = ctx.qualification;
  const unlawful = (q?.labels ?? []).filter((l) => l.label !== 'non-illicite');
  const doctorName = p.lastName ? join([p.civility ?? (lang === 'fr' ? 'Dr' : 'Dr'), p.firstName, p.lastName]) : undefined;
  const deadline = q?.shortestLiveDeadline;
  const signalement = q?.steps.find((s) => s.id === 'signalement-plateforme');
  return {
    doctorName,
    doctorAddress: join([p.practiceName, p.address, join([p.postalCode, p.city])], ', '),
    doctorEmail: p.email,
    doctorPhone: p.phone,
    specialty: p.specialty,
    rpps: p.rpps,
    city: p.city,
    signature: p.practiceName ?? doctorName,
    insurer: p.insurer,
    insurancePolicy: p.insurancePolicy,
    today: longDate(ctx.today, lang),
    url: ctx.source?.url ?? r?.permalink ?? r?.placeUrl,
    placeName: ctx.source?.placeName ?? r?.placeName,
    siteName: ctx.source?.title,
    reviewId: r?.id,
    reviewAuthor: r?.author,
    reviewDate: r?.dateText,
    reviewText: r?.text,
    publicationDate: publicationDateText(deadline ?? q?.deadlines[0], r, lang),
    passages: (ctx.passages ?? (r ? [r.text] : [])).map((x) => `« ${x} »`).join('\n') || undefined,
    replyText: ctx.replyText,
    exhibitId: ctx.exhibitId,
    bundleRef: ctx.bundleRef ?? ctx.exhibitId,
    qualificationText: unlawful.length
      ? unlawful.map((l) => `- ${l.title[lang]} (${l.sources.join(' ; ')}) — ${STRENGTH[l.strength][lang]}`).join('\n')
      : undefined,
    reasons: unlawful.length ? unlawful.map((l) => REASONS[l.label as keyof typeof REASONS][lang]).join('\n') : undefined,
    categories: signalement?.categories?.join(' / '),
    deadlineText: deadline
      ? lang === 'fr'
        ? `${deadline.periodText.fr} (${deadline.basis}) : le ${longDate(deadline.expiresOn, lang)}, soit ${deadline.daysLeft} jours`
        : `${deadline.periodText.en} (${deadline.basis}): ${longDate(deadline.expiresOn, lang)}, ${deadline.daysLeft} days left`
      : undefined,
    recipientName: ctx.recipient?.name,
    recipientAddress: ctx.recipient?.address,
    rgpdDate: undefined,
    // Insurer declaration (legal-brief §8): only the doctor knows these; they stay visible placeholders.
    discoveryDate: undefined,
    stepsTaken: undefined,
    harm: undefined,
    authorStatus: AUTHOR_STATUS[q?.answers['auteur-identifie']?.value ?? '']?.[lang],
  };
}
