// The platform report for a series: the pattern in plain words with the exhibits' numbers, asking the platform to
// look at the reviews together under its own rules on coordinated or fake engagement (Google: « faux engagement »,
// « conflit d'intérêts »: docs/legal/qualifications.md#signaux-complementaires,
// docs/legal/numerique-dsa-lcen.md#google-canaux-signalement). It states facts the page showed and asks for a
// review; it never asserts that the reviews are fake (the doctor and the lawyer weigh that). Pure.
import type { Lang } from '../shared/types';
import type { SeriesPattern } from './series-pattern';

/** A calendar day as a French reader writes it: « 28/11/2026 ». */
const frDay = (d: string) => d.replace(/^(\d{4})-(\d\d)-(\d\d)$/, '$3/$2/$1');
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A calendar day as an English reader writes it: « 28 Nov 2026 » (never ISO in a text a person reads). */
const enDay = (d: string) => d.replace(/^(\d{4})-(\d\d)-(\d\d)$/, (_, y: string, m: string, day: string) => `${Number(day)} ${EN_MONTHS[Number(m) - 1] ?? m} ${y}`);

const list = (n: number[], lang: Lang) => (lang === 'fr' ? `pièces n° ${n.join(', ')}` : `exhibits no. ${n.join(', ')}`);

export function platformReportText(p: SeriesPattern, listing: { name: string; url: string }, lang: Lang): string {
  const fr = lang === 'fr';
  const lines: string[] = [];
  lines.push(fr ? `Objet : avis coordonnés sur la fiche « ${listing.name} »` : `Subject: coordinated reviews on the listing “${listing.name}”`);
  lines.push(listing.url);
  lines.push('');
  const ones = p.ratings['1'];
  if (p.span) {
    lines.push(fr ? `Entre le ${frDay(p.span.from)} et le ${frDay(p.span.to)}, ${p.count} avis ont été publiés sur cette fiche, dont ${ones} à 1 étoile.` : `Between ${enDay(p.span.from)} and ${enDay(p.span.to)}, ${p.count} reviews were published on this listing, ${ones} of them one-star.`);
  } else {
    lines.push(fr ? `${p.count} avis ont été publiés sur cette fiche, dont ${ones} à 1 étoile.` : `${p.count} reviews were published on this listing, ${ones} of them one-star.`);
  }
  if (p.burst) {
    lines.push(fr ? `- ${p.burst.count} avis ont été publiés entre le ${frDay(p.burst.from)} et le ${frDay(p.burst.to)}, dont ${p.burst.oneStar} à 1 étoile (${list(p.burst.exhibits, lang)}).` : `- ${p.burst.count} reviews were published between ${enDay(p.burst.from)} and ${enDay(p.burst.to)}, ${p.burst.oneStar} of them one-star (${list(p.burst.exhibits, lang)}).`);
  }
  for (const g of p.duplicates) {
    const quote = g.phrases[0];
    lines.push(fr ? `- ${g.members.length} avis reprennent presque mot pour mot le même texte (${list(g.exhibits, lang)})${quote ? ` : « ${quote} »` : ''}.` : `- ${g.members.length} reviews repeat almost word for word the same text (${list(g.exhibits, lang)})${quote ? `: “${quote}”` : ''}.`);
  }
  for (const a of p.repeatedAuthors) {
    lines.push(fr ? `- L’auteur « ${a.author} » a publié ${a.count} de ces avis (${list(a.exhibits, lang)}).` : `- The author “${a.author}” published ${a.count} of these reviews (${list(a.exhibits, lang)}).`);
  }
  if (p.singleReviewAuthors > 0) {
    lines.push(fr ? `- ${p.singleReviewAuthors} de ces auteurs n’ont publié aucun autre avis, d’après leur profil.` : `- ${p.singleReviewAuthors} of these authors have published no other review, according to their profile.`);
  }
  lines.push('');
  lines.push(
    fr
      ? 'Ces avis semblent relever d’un engagement coordonné ou faux au sens de vos règles (faux engagement, conflit d’intérêts). Je vous demande de les examiner ensemble, et non un par un, et de retirer ceux qui enfreignent vos règles. Les captures horodatées et scellées de chaque avis (pièces citées) sont à votre disposition.'
      : 'These reviews appear to be coordinated or fake engagement under your policies (fake engagement, conflict of interest). I ask you to examine them together, not one by one, and to remove those that breach your policies. The sealed, dated captures of each review (exhibits cited) are available to you.',
  );
  return lines.join('\n');
}
