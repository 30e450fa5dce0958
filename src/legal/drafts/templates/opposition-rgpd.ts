// GDPR objection and erasure for a listing created without consent (docs/legal/rgpd-cnil.md#fiche-sans-consentement): art. 21 and 17, particular
// situation (medical secrecy prevents replying; anonymous unchecked reviews; public directories exist), answer within
// one month (art. 12(3)), CA Chambéry 22 mai 2025, RG 22/01814.
import { defineTemplate } from './define';

export const oppositionRgpd = defineTemplate({
  fr: {
    title: 'Opposition et demande d’effacement (RGPD art. 21 et 17)',
    howToSend: `Au délégué à la protection des données de l'exploitant du site, par le formulaire ou l'adresse « protection des données » indiqués dans sa politique de confidentialité, ou par lettre recommandée avec accusé de réception. Gardez la preuve de la date d'envoi : sans réponse satisfaisante un mois plus tard, vous pourrez saisir la CNIL.`,
    body: `{{doctorName}}
{{signatoryQuality}} — RPPS {{rpps}}
{{doctorAddress}} — {{doctorEmail}}

À l'attention du délégué à la protection des données de l'exploitant du site {{siteName}}

Objet : opposition au traitement (RGPD art. 21) et demande d'effacement (art. 17)

Madame, Monsieur,

Une fiche me concernant, « {{placeName}} » ({{url}}), a été créée sans mon consentement. Des avis anonymes y sont publiés, dont l'un a été {{publication}}. Je m'oppose à ce traitement de mes données personnelles pour des raisons tenant à ma situation particulière : tenu(e) au secret médical, je ne peux répondre aux avis anonymes et invérifiables publiés sur cette fiche ; les annuaires publics (Ordre, Ameli) informent déjà les patients ; la gestion de la fiche m'obligerait à accepter vos conditions.

Je vous demande en conséquence l'effacement de cette fiche et des avis qui y sont attachés (art. 17), comme l'a jugé la cour d'appel de Chambéry le 22 mai 2025 (RG 22/01814).

Vous disposez d'un délai d'un mois pour me répondre (art. 12(3)). À défaut, je saisirai la CNIL.

{{evidence}}

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Fait à {{city}}, le {{today}}

{{signatoryName}}
{{signatoryQuality}}
RPPS {{rpps}}

Signature :`,
  },
  en: {
    title: 'Objection and erasure request (GDPR art. 21 and 17)',
    howToSend: `To the data protection officer of the site's operator, through the "data protection" form or address given in its privacy policy, or by registered letter with acknowledgement of receipt. Keep proof of the date sent: without a satisfactory answer one month later, you can complain to the CNIL.`,
    body: `{{doctorName}}
{{signatoryQuality}} — RPPS {{rpps}}
{{doctorAddress}} — {{doctorEmail}}

For the attention of the data protection officer of the operator of {{siteName}}

Subject: objection to processing (GDPR art. 21) and erasure request (art. 17)

Dear Sir or Madam,

A listing about me, "{{placeName}}" ({{url}}), was created without my consent. Anonymous reviews are published on it, one of which was {{publication}}. I object to this processing of my personal data on grounds relating to my particular situation: bound by medical secrecy, I cannot answer the anonymous, unverified reviews published on this listing; public directories (the Ordre, Ameli) already inform patients; managing the listing would force me to accept your terms.

I therefore request the erasure of this listing and of the reviews attached to it (art. 17), as the Chambéry Court of Appeal held on 22 May 2025 (RG 22/01814).

You have one month to answer (art. 12(3)). Failing this, I will complain to the CNIL.

{{evidence}}

Yours faithfully,

{{city}}, {{today}}

{{signatoryName}}
{{signatoryQuality}}
RPPS {{rpps}}

Signature:`,
  },
});
