// Computes every value a template may use. Templates stay logic-less; all choices are made here.
// Never computed into a letter: internal ids (exhibit id, case id, bundle folder name, `h:` review hashes).
import type { Lang } from '../../shared/types';
import type { Strength } from '../types';
import { longDate, publicationText } from './dates';
import type { FieldName } from './placeholders';
import { heldLabels, OFFENCES, qualificationLines } from './reasons';
import type { DraftContext, Recipient } from './types';

export { longDate } from './dates';

const STRENGTH: Record<Strength, { fr: string; en: string }> = {
  probable: { fr: 'probable', en: 'likely' },
  possible: { fr: 'possible', en: 'possible' },
  'a-confirmer-avocat': { fr: 'à confirmer par un avocat', en: 'to be confirmed by a lawyer' },
};

const AUTHOR_STATUS: Record<string, { fr: string; en: string }> = {
  yes: { fr: 'identifié', en: 'identified' },
  no: { fr: 'non identifié', en: 'not identified' },
};

/** A blank value is missing data, never an empty line in a letter. */
const val = (s: string | undefined): string | undefined => (s && s.trim() ? s.trim() : undefined);

const join = (parts: (string | undefined)[], sep = ' '): string | undefined => val(parts.filter((p) => p && p.trim()).join(sep));

/** « Madame, » / « Monsieur, » following the recipient's civility, else both. */
function salutation(r: Recipient | undefined, lang: Lang): string {
  const c = (r?.civility ?? '').trim().toLowerCase().replace(/\.$/, '');
  const madam = ['mme', 'madame', 'mlle', 'mademoiselle', 'mrs', 'ms', 'miss'].includes(c);
  const sir = ['m', 'mr', 'monsieur'].includes(c);
  if (lang === 'fr') return madam ? 'Madame,' : sir ? 'Monsieur,' : 'Madame, Monsieur,';
  return madam ? 'Dear Madam,' : sir ? 'Dear Sir,' : 'Dear Sir or Madam,';
}

/** « Docteur Martin Dupont » in a French signature, « Dr Martin Dupont » in English. */
function signatoryName(ctx: DraftContext, lang: Lang): string | undefined {
  const p = ctx.profile;
  if (!val(p.lastName)) return undefined;
  const civ = val(p.civility) ?? 'Dr';
  const spelled = lang === 'fr' ? ({ dr: 'Docteur', 'dr.': 'Docteur', pr: 'Professeur', 'pr.': 'Professeur' } as Record<string, string>)[civ.toLowerCase()] ?? civ : civ;
  return join([spelled, p.firstName, p.lastName]);
}

const isGoogle = (ctx: DraftContext): boolean => /(^|\.)google\.[a-z.]+$/i.test(hostOf(ctx.source?.url ?? ctx.review?.permalink ?? '')) || /google/i.test(ctx.source?.title ?? '');
function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function draftFields(ctx: DraftContext, lang: Lang): Record<FieldName, string | undefined> {
  const fr = lang === 'fr';
  const p = ctx.profile;
  const r = ctx.review;
  const q = ctx.qualification;
  const held = heldLabels(q);
  const doctorName = val(p.lastName) ? join([val(p.civility) ?? 'Dr', p.firstName, p.lastName]) : undefined;
  const deadline = q?.shortestLiveDeadline;
  const signalement = q?.steps.find((s) => s.id === 'signalement-plateforme');
  const offences = held.filter((l) => l.label !== 'denigrement').map((l) => OFFENCES[l.label].short[lang]);
  const criminal = held.some((l) => OFFENCES[l.label].criminal || l.variants.some((v) => !v.toConfirm && v.articles.some((a) => a.startsWith('C. pén.'))));
  const endangering = held.some((l) => ['menaces', 'provocation-violence', 'provocation-haine'].includes(l.label) || l.variants.some((v) => !v.toConfirm && v.id === 'mise-en-danger-223-1-1'));
  const siteName = val(ctx.source?.title);
  const google = isGoogle(ctx);
  const fp = ctx.bundleFingerprint;
  const recipientName = val(ctx.recipient?.name) ? join([ctx.recipient?.civility, ctx.recipient?.name]) : undefined;
  return {
    doctorName,
    doctorAddress: join([p.practiceName, p.address, join([p.postalCode, p.city])], ', '),
    doctorEmail: val(p.email),
    doctorPhone: val(p.phone),
    specialty: val(p.specialty),
    rpps: val(p.rpps),
    city: val(p.city),
    signature: val(p.practiceName) ?? doctorName,
    signatoryName: signatoryName(ctx, lang),
    signatoryQuality: val(p.title) ?? (val(p.specialty) ? `${fr ? 'médecin' : 'physician'}, ${p.specialty!.trim()}` : undefined),
    insurer: val(p.insurer),
    insurancePolicy: val(p.insurancePolicy),
    today: longDate(ctx.today, lang),
    url: val(ctx.source?.url) ?? val(r?.permalink) ?? val(r?.placeUrl),
    placeName: val(ctx.source?.placeName) ?? val(r?.placeName),
    siteName,
    // The site's own review id helps the platform find the content (DSA art. 16(2)(b)); our `h:` hash is internal.
    reviewIdLine: r?.id && !r.id.startsWith('h:') ? (fr ? `Identifiant de l'avis sur le site : ${r.id}` : `Review id on the site: ${r.id}`) : '',
    reviewAuthor: val(r?.author),
    reviewDate: val(r?.dateText),
    reviewText: r?.text,
    publication: publicationText(ctx.exactPublicationDate, q, r, lang),
    passages: (ctx.passages ?? (r ? [r.text] : [])).map((x) => (fr ? `« ${x} »` : `"${x}"`)).join('\n') || undefined,
    replyText: val(ctx.replyText),
    qualificationText: held.length ? qualificationLines(held, lang).join('\n') : undefined,
    // A complaint and the declaration to the Ordre name offences: dénigrement, a civil fault only, is left out.
    complaintQualification: offences.length ? qualificationLines(held.filter((l) => l.label !== 'denigrement'), lang).join('\n') : undefined,
    qualificationAssessment: held.length ? held.map((l) => `${qualificationLines([l], lang)[0]} — ${STRENGTH[l.strength][lang]}`).join('\n') : undefined,
    reasons: held.length ? held.map((l) => OFFENCES[l.label].reason[lang]).join('\n') : undefined,
    offences: offences.length ? offences.join(fr ? ', ' : ', ').replace(/, ([^,]*)$/, fr ? ' et $1' : ' and $1') : undefined,
    categories: signalement?.categories?.join(' / '),
    deadlineText: deadline
      ? fr
        ? `${deadline.periodText.fr} (${deadline.basis}) : le ${longDate(deadline.expiresOn, lang)}, soit ${deadline.daysLeft} jour${(deadline.daysLeft ?? 0) > 1 ? 's' : ''}`
        : `${deadline.periodText.en} (${deadline.basis}): ${longDate(deadline.expiresOn, lang)}, ${deadline.daysLeft} day${deadline.daysLeft === 1 ? '' : 's'} left`
      : undefined,
    recipientName,
    recipientAddress: val(ctx.recipient?.address),
    salutation: salutation(ctx.recipient, lang),
    accused: recipientName ? (fr ? `contre ${recipientName}` : `against ${recipientName}`) : fr ? 'contre X' : 'against persons unknown',
    evidence: fp
      ? fr
        ? `Dossier de preuve : capture datée conservée, empreinte SHA-256 ${fp.short} (empreinte complète : ${fp.full}).`
        : `Evidence file: dated capture kept, SHA-256 fingerprint ${fp.short} (full fingerprint: ${fp.full}).`
      : fr
        ? 'Une capture datée de ce contenu a été conservée.'
        : 'A dated capture of this content has been kept.',
    // Legal-brief docs/legal/procedure.md#mise-en-demeure item 6: the consequences, without excessive threats and never conditioned on money. A citation
    // directe only exists for an offence; dénigrement alone is a civil fault (référé, damages).
    consequences: criminal
      ? fr
        ? "À défaut, je saisirai la justice : le juge des référés, pour obtenir le retrait du contenu (C. pr. civ. art. 835), et le tribunal correctionnel par voie de citation directe ; je demanderai réparation de mon préjudice par l'allocation de dommages et intérêts."
        : 'Failing this, I will take the matter to court: the judge in summary proceedings (référé), to have the content removed (C. pr. civ. art. 835), and the criminal court by direct summons (citation directe devant le tribunal correctionnel); I will claim damages for the harm caused.'
      : fr
        ? "À défaut, je saisirai le juge des référés pour obtenir le retrait du contenu (C. pr. civ. art. 835) et je demanderai réparation de mon préjudice par l'allocation de dommages et intérêts."
        : 'Failing this, I will ask the judge in summary proceedings (référé) to have the content removed (C. pr. civ. art. 835) and claim damages for the harm caused.',
    // Threats and calls to violence (or a home address exposing the doctor, C. pén. 223-1-1): their effect on the
    // doctor's safety and practice belongs in the complaint (docs/legal/qualifications.md#menaces); other offences only weigh on the practice.
    safetyImpact: join(
      [
        endangering
          ? fr
            ? "Ces propos, publiés en ligne et lisibles par tous, me visent dans l'exercice de ma profession. Ils me font craindre pour ma sécurité et pour celle de l'équipe du cabinet, et pèsent sur mon exercice et sur l'accueil des patients."
            : 'These words, published online and readable by anyone, target me in the exercise of my profession. They make me fear for my safety and that of the practice staff, and weigh on my practice and on how patients are received.'
          : fr
            ? "Ces propos, publiés en ligne et lisibles par tous, me visent dans l'exercice de ma profession et pèsent sur mon exercice."
            : 'These words, published online and readable by anyone, target me in the exercise of my profession and weigh on my practice.',
        val(ctx.safetyImpact),
      ],
      '\n',
    ),
    partieCivile:
      ctx.cdomPartieCivile === false
        ? ''
        : fr
          ? "Je souhaite que le conseil départemental se constitue partie civile à mes côtés et, si nécessaire, dépose plainte avec mon accord écrit, comme la loi n° 2025-623 du 9 juillet 2025 le permet aux ordres."
          : 'I wish the departmental council to join the proceedings as partie civile alongside me and, if needed, to file a complaint with my written consent, as loi n° 2025-623 of 9 July 2025 allows the Ordres to do.',
    legalForm: google
      ? fr
        ? "le formulaire de Google « Signaler un contenu pour des raisons juridiques » (https://support.google.com/legal/answer/3110420) : choisissez le produit Google Maps, puis le motif juridique"
        : 'Google\'s "Report content for legal reasons" form (https://support.google.com/legal/answer/3110420): choose the product Google Maps, then the legal ground'
      : fr
        ? `le formulaire de signalement de contenu illicite du site ${siteName ?? ''} (lien « Signaler » de l'avis, ou rubrique « Contact » ou « Mentions légales »)`.replace('site  (', 'site (')
        : `the illegal-content report form of ${siteName ?? 'the site'} (the review's "Report" link, or the "Contact" or "Legal notice" page)`,
    reportHow: google
      ? fr
        ? "Dans Google Maps ou dans votre fiche d'établissement : sur l'avis, menu ⋮ puis « Signaler l'avis », et choisissez la catégorie indiquée. Suivez ensuite le signalement, et faites appel si l'avis est maintenu, dans l'outil de gestion des avis (https://support.google.com/business/workflow/9945796)."
        : 'In Google Maps or your Business Profile: on the review, menu ⋮ then "Report review", and choose the category shown. Then follow the report, and appeal if the review is kept, in the Reviews Management Tool (https://support.google.com/business/workflow/9945796).'
      : fr
        ? "Sur le site, utilisez le lien « Signaler » de l'avis et choisissez la catégorie la plus proche de celle indiquée."
        : 'On the site, use the review\'s "Report" link and choose the category closest to the one shown.',
    rgpdDate: longDate(ctx.gdprRequestOn, lang),
    // Insurer declaration (docs/legal/code-assurances.md#declaration-assureur): only the doctor knows these; they stay visible placeholders until given.
    discoveryDate: longDate(ctx.discoveredOn, lang),
    stepsTaken: val(ctx.stepsTaken),
    harm: val(ctx.harm),
    authorStatus: AUTHOR_STATUS[q?.answers['auteur-identifie']?.value ?? '']?.[lang],
  };
}
