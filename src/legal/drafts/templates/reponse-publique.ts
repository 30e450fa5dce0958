// Public reply, secrecy-safe (docs/legal/code-sante-publique.md#reponse-publique; CSP L.1110-4, R.4127-4): never confirms the author was a patient, no care
// detail, no date, no polemic, a private channel, a professional signature. Offered for non-illicit reviews only.
import type { LangTemplates, Tone } from '../types';
import { defineTemplate } from './define';

export const reponsePublique: Record<Tone, LangTemplates> = {
  sobre: defineTemplate({
    fr: {
      title: 'Réponse publique (ton sobre)',
      howToSend: `Publiez-la depuis votre fiche (pour Google : « Répondre » sous l'avis, dans votre fiche d'établissement), après avoir relu le contrôle du secret médical. Google peut refuser une réponse contraire à son règlement.`,
      body: `Merci d'avoir pris le temps de partager votre ressenti. Nous regrettons que l'expérience décrite n'ait pas répondu à vos attentes. Le cabinet s'efforce d'accueillir chacun dans les meilleures conditions. Toute personne souhaitant échanger peut contacter le secrétariat au {{doctorPhone}}.
{{signature}}`,
    },
    en: {
      title: 'Public reply (sober tone)',
      howToSend: `Post it from your listing (for Google: "Reply" under the review, in your Business Profile), after reading the medical-secrecy check. Google may reject a reply that breaks its policy.`,
      body: `Thank you for taking the time to share your impressions. We are sorry that the experience described did not meet your expectations. The practice strives to welcome everyone in the best conditions. Anyone who wishes to talk can contact the front desk on {{doctorPhone}}.
{{signature}}`,
    },
  }),
  chaleureux: defineTemplate({
    fr: {
      title: 'Réponse publique (ton chaleureux)',
      howToSend: `Publiez-la depuis votre fiche (pour Google : « Répondre » sous l'avis, dans votre fiche d'établissement), après avoir relu le contrôle du secret médical. Google peut refuser une réponse contraire à son règlement.`,
      body: `Merci sincèrement pour ce message. Nous sommes désolés que l'expérience décrite ait été décevante, et nous prenons chaque retour au sérieux pour améliorer l'accueil au cabinet. Si vous souhaitez en parler, le secrétariat reste à votre écoute au {{doctorPhone}}.
Bien cordialement,
{{signature}}`,
    },
    en: {
      title: 'Public reply (warm tone)',
      howToSend: `Post it from your listing (for Google: "Reply" under the review, in your Business Profile), after reading the medical-secrecy check. Google may reject a reply that breaks its policy.`,
      body: `Thank you sincerely for this message. We are sorry that the experience described was disappointing, and we take every comment seriously to improve how the practice welcomes people. If you would like to talk about it, the front desk is happy to hear from you on {{doctorPhone}}.
Kind regards,
{{signature}}`,
    },
  }),
  ferme: defineTemplate({
    fr: {
      title: 'Réponse publique (ton ferme)',
      howToSend: `Publiez-la depuis votre fiche (pour Google : « Répondre » sous l'avis, dans votre fiche d'établissement), après avoir relu le contrôle du secret médical. Google peut refuser une réponse contraire à son règlement.`,
      body: `Nous prenons connaissance de cet avis. Tenus au secret professionnel, nous ne pouvons ni confirmer ni commenter une quelconque situation individuelle. Le cabinet applique les mêmes règles d'accueil et d'organisation à tous. Toute personne souhaitant échanger peut contacter le secrétariat au {{doctorPhone}}.
{{signature}}`,
    },
    en: {
      title: 'Public reply (firm tone)',
      howToSend: `Post it from your listing (for Google: "Reply" under the review, in your Business Profile), after reading the medical-secrecy check. Google may reject a reply that breaks its policy.`,
      body: `We have read this review. Bound by professional secrecy, we can neither confirm nor comment on any individual situation. The practice applies the same reception and organisation rules to everyone. Anyone who wishes to talk can contact the front desk on {{doctorPhone}}.
{{signature}}`,
    },
  }),
};
