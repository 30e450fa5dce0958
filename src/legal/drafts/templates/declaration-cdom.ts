// Declaration to the conseil départemental de l'Ordre des médecins of threats or aggression (docs/legal/qualifications.md#menaces « First
// step »: inform the CDOM, the Ordre's Observatoire de la sécurité des médecins). It asks for the council's support
// and, where the doctor wishes (ctx.cdomPartieCivile, default yes), to join as partie civile and, if needed, to file
// a complaint with the doctor's written consent — both from loi n° 2025-623 du 9 juillet 2025 as the brief reports it
// (docs/legal/qualifications.md#menaces, docs/legal/procedure.md#loi-2025-623). The brief cites no code article for the Ordre's action, so none is printed here (C. santé publ.
// L.4122-1 is not cited by the brief: a lawyer should confirm before adding it). The same law lets the doctor give the
// professional address in the complaint; the brief does not say the council's address may be given instead, so the
// letter says « professional address » only.
import { defineTemplate } from './define';

export const declarationCdom = defineTemplate({
  fr: {
    title: "Déclaration au conseil départemental de l'Ordre des médecins",
    howToSend: `Au conseil départemental de l'Ordre des médecins auprès duquel vous êtes inscrit(e), par courriel ou par lettre recommandée avec accusé de réception (adresse sur le site de votre conseil départemental). Joignez une copie de votre plainte si vous l'avez déjà déposée. Le conseil peut aussi vous proposer sa propre fiche de déclaration d'incident.`,
    body: `{{doctorName}}
{{signatoryQuality}} — RPPS {{rpps}}
{{doctorAddress}}
{{doctorEmail}} — {{doctorPhone}}

À Madame la Présidente, Monsieur le Président
du conseil départemental de l'Ordre des médecins

Objet : déclaration de faits de {{offences}} visant un médecin dans son exercice (Observatoire de la sécurité des médecins)

Madame la Présidente, Monsieur le Président,

Je vous déclare des faits dont je suis victime dans l'exercice de ma profession, afin qu'ils soient recensés par l'Observatoire de la sécurité des médecins.

Un message publié sous le nom « {{reviewAuthor}} » sur la fiche « {{placeName}} » ({{url}}) contient les propos suivants :
{{passages}}

Ce message a été {{publication}}.

Ces faits constituent :
{{complaintQualification}}

{{safetyImpact}}

Je porte plainte auprès du procureur de la République et, comme le permet la loi n° 2025-623 du 9 juillet 2025, j'y indique mon adresse professionnelle plutôt que mon adresse personnelle.

Je sollicite le soutien du conseil départemental dans ces démarches.
{{partieCivile}}

{{evidence}}

Je vous prie d'agréer, Madame la Présidente, Monsieur le Président, l'expression de mes salutations confraternelles.

Fait à {{city}}, le {{today}}

{{signatoryName}}
{{signatoryQuality}}
RPPS {{rpps}}

Signature :`,
  },
  en: {
    title: 'Declaration to the departmental council of the Ordre des médecins',
    howToSend: `To the departmental council of the Ordre des médecins where you are registered, by email or registered letter with acknowledgement of receipt (address on your departmental council's website). Attach a copy of your complaint if you have already filed it. The council may also offer its own incident declaration form.`,
    body: `{{doctorName}}
{{signatoryQuality}} — RPPS {{rpps}}
{{doctorAddress}}
{{doctorEmail}} — {{doctorPhone}}

To the President
of the departmental council of the Ordre des médecins

Subject: declaration of {{offences}} against a doctor in the course of practice (Observatoire de la sécurité des médecins)

Dear President,

I am declaring facts of which I am a victim in the exercise of my profession, so that they are recorded by the Observatoire de la sécurité des médecins.

A message published under the name "{{reviewAuthor}}" on the listing "{{placeName}}" ({{url}}) contains the following words:
{{passages}}

This message was {{publication}}.

These facts constitute:
{{complaintQualification}}

{{safetyImpact}}

I am filing a complaint with the procureur de la République and, as loi n° 2025-623 of 9 July 2025 allows, I give my professional address in it rather than my home address.

I ask for the departmental council's support in these steps.
{{partieCivile}}

{{evidence}}

Yours sincerely,

{{city}}, {{today}}

{{signatoryName}}
{{signatoryQuality}}
RPPS {{rpps}}

Signature:`,
  },
});
