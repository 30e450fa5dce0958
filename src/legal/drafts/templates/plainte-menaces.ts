// Complaint to the procureur de la République (docs/legal/qualifications.md#menaces): titled by the offences that hold (« Plainte pour
// menaces et injure publique »), facts, quoted words, the effect on the doctor's safety and practice, evidence, the
// professional address instead of the home address (loi n° 2025-623 du 9 juillet 2025). Against the identified author,
// else against X.
import { defineTemplate } from './define';

export const plainteMenaces = defineTemplate({
  fr: {
    title: 'Plainte pour {{offences}}',
    howToSend: `Par lettre recommandée avec accusé de réception au procureur de la République près le tribunal judiciaire dont relève votre cabinet, ou en la déposant au commissariat ou à la gendarmerie. En cas de danger immédiat, appelez d'abord le 17 ou le 112. Informez aussi le conseil départemental de l'Ordre (document « Déclaration au conseil départemental de l'Ordre »).`,
    body: `{{doctorName}}
{{signatoryQuality}} — RPPS {{rpps}}
Adresse professionnelle déclarée : {{doctorAddress}} (loi n° 2025-623 du 9 juillet 2025)
{{doctorEmail}} — {{doctorPhone}}

À Madame, Monsieur le Procureur de la République
près le tribunal judiciaire dont relève {{city}}

Objet : plainte pour {{offences}}

Madame, Monsieur le Procureur de la République,

J'ai l'honneur de porter plainte {{accused}} pour les faits suivants.

Un message publié sous le nom « {{reviewAuthor}} » sur la fiche « {{placeName}} » ({{url}}) contient les propos suivants :
{{passages}}

Ce message a été {{publication}}.

Ces faits constituent :
{{complaintQualification}}

{{safetyImpact}}

{{evidence}} Je tiens ces éléments à votre disposition, ainsi que tout élément utile à l'enquête.

Je vous prie d'agréer, Madame, Monsieur le Procureur de la République, l'expression de ma haute considération.

Fait à {{city}}, le {{today}}

{{signatoryName}}
{{signatoryQuality}}
RPPS {{rpps}}

Signature :`,
  },
  en: {
    title: 'Complaint for {{offences}}',
    howToSend: `By registered letter with acknowledgement of receipt to the procureur de la République at the tribunal judiciaire for your practice's area, or by filing it at the police station or gendarmerie. In immediate danger, call 17 or 112 first. Also inform the departmental Ordre council (document "Declaration to the departmental Ordre council").`,
    body: `{{doctorName}}
{{signatoryQuality}} — RPPS {{rpps}}
Professional address given: {{doctorAddress}} (loi n° 2025-623 of 9 July 2025)
{{doctorEmail}} — {{doctorPhone}}

To the Public Prosecutor (procureur de la République)
at the tribunal judiciaire with jurisdiction over {{city}}

Subject: complaint for {{offences}}

Dear Public Prosecutor,

I hereby file a complaint {{accused}} for the following facts.

A message published under the name "{{reviewAuthor}}" on the listing "{{placeName}}" ({{url}}) contains the following words:
{{passages}}

This message was {{publication}}.

These facts constitute:
{{complaintQualification}}

{{safetyImpact}}

{{evidence}} I hold this material at your disposal, with anything else useful to the investigation.

Yours faithfully,

{{city}}, {{today}}

{{signatoryName}}
{{signatoryQuality}}
RPPS {{rpps}}

Signature:`,
  },
});
