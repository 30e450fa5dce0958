// What a letter sent to the other side says about the law: the offences that hold, stated plainly with their articles.
//
// Why assertive: a lawyer reading as the other side found that « probable », « à confirmer », « susceptibles de
// constituer » in a letter weaken the doctor's position. The labels come from facts the doctor confirmed
// (docs/legal/numerique-dsa-lcen.md#dsa-art-23: never call content illegal beyond what the doctor confirmed — we keep
// only the labels that hold); the
// confidence of each label stays on the doctor's screen (QualifyPanel, conseil-non-reponse), never in a letter.
//
// Why only one of injure / diffamation: the same words cannot be pursued as both (loi 1881 art. 53; Cass. crim.
// 23 nov. 2010) and an insult tied to a defamatory fact is absorbed by the diffamation (Cass. crim. 12 juin 1956,
// docs/legal/qualifications.md#injure ⚠️). Dénigrement (C. civ. 1240) is left out when a press-law label holds: press-law abuses cannot be
// sued as a civil fault (Cass. Ass. plén. 12 juillet 2000, docs/legal/qualifications.md#regles-communes-presse).
import type { LabelId, LabelResult, Qualification, Text } from '../types';

export type OffenceId = Exclude<LabelId, 'non-illicite'>;

export interface Offence {
  /** Short name for a title: « Plainte pour injure publique ». */
  short: Text;
  /** Full legal name with its articles, as printed in a letter. */
  full: Text;
  /** Why the content is illegal, assertive (DSA art. 16(2)(a) « sufficiently substantiated explanation »). */
  reason: Text;
  /** An offence a criminal court can try (citation directe, plainte); dénigrement is a civil fault only. */
  criminal: boolean;
}

export const OFFENCES: Record<OffenceId, Offence> = {
  menaces: {
    short: { fr: 'menaces', en: 'threats' },
    full: { fr: 'menaces (C. pén. art. 222-17 et 222-18)', en: 'threats (C. pén. art. 222-17 and 222-18)' },
    reason: {
      fr: "Le texte annonce une atteinte à la personne du praticien, de ses proches ou de son équipe : il constitue des menaces matérialisées par un écrit (C. pén. art. 222-17 et 222-18).",
      en: 'The text announces harm to the practitioner, his family or staff: it constitutes written threats under French law (C. pén. art. 222-17 and 222-18).',
    },
    criminal: true,
  },
  'provocation-haine': {
    short: { fr: 'provocation à la discrimination, à la haine ou à la violence', en: 'incitement to discrimination, hatred or violence' },
    full: {
      fr: 'provocation publique à la discrimination, à la haine ou à la violence (loi du 29 juillet 1881, art. 24 al. 7 et 8)',
      en: 'public incitement to discrimination, hatred or violence (loi du 29 juillet 1881, art. 24 para. 7 and 8)',
    },
    reason: {
      fr: "Le texte appelle les lecteurs à la discrimination, à la haine ou à la violence en raison d'un motif discriminatoire : il constitue une provocation publique (loi du 29 juillet 1881, art. 24 al. 7 et 8).",
      en: 'The text calls on readers to discriminate, hate or use violence on a discriminatory ground: it constitutes public incitement under French law (loi du 29 juillet 1881, art. 24 para. 7 and 8).',
    },
    criminal: true,
  },
  'provocation-violence': {
    short: { fr: 'provocation à la violence', en: 'incitement to violence' },
    full: {
      fr: 'provocation publique directe à commettre des atteintes volontaires à la personne (loi du 29 juillet 1881, art. 24 al. 1)',
      en: 'direct public incitement to commit wilful attacks on the person (loi du 29 juillet 1881, art. 24 para. 1)',
    },
    reason: {
      fr: 'Le texte appelle directement les lecteurs à commettre des violences contre le praticien : il constitue une provocation publique (loi du 29 juillet 1881, art. 24 al. 1).',
      en: 'The text directly calls on readers to commit violence against the practitioner: it constitutes public incitement under French law (loi du 29 juillet 1881, art. 24 para. 1).',
    },
    criminal: true,
  },
  'vie-privee': {
    short: { fr: 'atteinte à la vie privée', en: 'invasion of privacy' },
    full: { fr: 'atteinte à la vie privée (C. civ. art. 9)', en: 'invasion of privacy (C. civ. art. 9)' },
    reason: {
      fr: "Les propos révèlent des éléments de la vie personnelle du praticien, sans lien avec son exercice et sans son consentement : ils portent atteinte à sa vie privée (C. civ. art. 9).",
      en: "The words reveal elements of the practitioner's personal life, unrelated to his practice and without consent: they infringe his private life (C. civ. art. 9).",
    },
    criminal: false,
  },
  'droit-image': {
    short: { fr: "atteinte au droit à l'image", en: 'breach of image rights' },
    full: { fr: "atteinte au droit à l'image (C. civ. art. 9)", en: 'breach of image rights (C. civ. art. 9)' },
    reason: {
      fr: "Le contenu diffuse l'image du praticien sans son consentement : il porte atteinte à son droit à l'image (C. civ. art. 9).",
      en: "The content publishes the practitioner's image without consent: it breaches his image rights (C. civ. art. 9).",
    },
    criminal: false,
  },
  diffamation: {
    short: { fr: 'diffamation publique', en: 'public defamation' },
    full: {
      fr: 'diffamation publique envers un particulier (loi du 29 juillet 1881, art. 29 al. 1 et 32 al. 1)',
      en: 'public defamation of a private person (loi du 29 juillet 1881, art. 29 para. 1 and 32 para. 1)',
    },
    reason: {
      fr: "Les propos imputent au praticien un fait précis et vérifiable qui porte atteinte à son honneur et à sa considération professionnelle : ils constituent une diffamation publique envers un particulier (loi du 29 juillet 1881, art. 29 al. 1 et 32 al. 1).",
      en: 'The words allege a precise, provable fact against the practitioner that harms his honour and professional standing: they constitute public defamation of a private person under French law (loi du 29 juillet 1881, art. 29 para. 1 and 32 para. 1).',
    },
    criminal: true,
  },
  injure: {
    short: { fr: 'injure publique', en: 'public insult' },
    full: {
      fr: 'injure publique envers un particulier (loi du 29 juillet 1881, art. 29 al. 2 et 33 al. 2)',
      en: 'public insult of a private person (loi du 29 juillet 1881, art. 29 para. 2 and 33 para. 2)',
    },
    reason: {
      fr: "Les propos contiennent des termes outrageants et méprisants visant le praticien, sans imputation d'un fait précis : ils constituent une injure publique envers un particulier (loi du 29 juillet 1881, art. 29 al. 2 et 33 al. 2).",
      en: 'The words contain outrageous and contemptuous terms aimed at the practitioner, without alleging a precise fact: they constitute a public insult of a private person under French law (loi du 29 juillet 1881, art. 29 para. 2 and 33 para. 2).',
    },
    criminal: true,
  },
  denigrement: {
    short: { fr: 'dénigrement', en: 'disparagement' },
    full: { fr: 'dénigrement fautif (C. civ. art. 1240)', en: 'disparagement (dénigrement, C. civ. art. 1240)' },
    reason: {
      fr: "Les propos discréditent de façon excessive et infondée les services du cabinet, sans base factuelle suffisante : ils constituent un dénigrement fautif (C. civ. art. 1240).",
      en: "The words discredit the practice's services in an excessive and unfounded way, without sufficient factual basis: they constitute disparagement (C. civ. art. 1240).",
    },
    criminal: false,
  },
};

/**
 * The labels a letter may state: they hold (not pending, not « à vérifier », not non-illicite), and no two contradict
 * each other (diffamation absorbs injure; a press-law label excludes dénigrement). In rule order (menaces first).
 */
export function heldLabels(q: Qualification | undefined): (LabelResult & { label: OffenceId })[] {
  if (!q) return [];
  // « À vérifier » labels rest on a « je ne sais pas »: a letter never states them (engine.ts, Qualification.toVerify).
  const skip = new Set<string>((q.toVerify ?? []).map((v) => v.label));
  const held = q.labels.filter(
    (l): l is LabelResult & { label: OffenceId } => l.label !== 'non-illicite' && !q.pending.includes(l.label) && !skip.has(l.label),
  );
  const has = (id: LabelId) => held.some((l) => l.label === id);
  return held.filter((l) => {
    if (l.label === 'injure') return !has('diffamation');
    if (l.label === 'denigrement') return !has('diffamation') && !has('injure');
    return true;
  });
}

/** Articles that only set a limitation period: not part of the offence's qualification. */
const LIMITATION_ONLY = /art\. 65|art\. 2224|proc\. pén\. art\. 8/;

/** One line per offence, with its aggravated forms when the doctor confirmed them (discriminatory ground, 223-1-1…). */
export function qualificationLines(labels: LabelResult[], lang: 'fr' | 'en'): string[] {
  return labels.map((l) => {
    const o = OFFENCES[l.label as OffenceId];
    const forms = l.variants
      .filter((v) => !v.toConfirm)
      .map((v) => {
        const arts = v.articles.filter((a) => !LIMITATION_ONLY.test(a));
        return arts.length ? `${v.title[lang].toLowerCase()} (${arts.join(' ; ')})` : v.title[lang].toLowerCase();
      });
    const name = o.full[lang].charAt(0).toUpperCase() + o.full[lang].slice(1);
    return `- ${name}${forms.length ? (lang === 'fr' ? ', avec circonstance : ' : ', with: ') + forms.join(' ; ') : ''}`;
  });
}
