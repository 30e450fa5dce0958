// Every field a site publishes with a review (issue 12, item 4), site by site, in French and in English where the site
// has both: what the doctor (and the lawyer reading the bundle) would look for on the page is in the record.
import { describe, expect, it } from 'vitest';
import type { ReviewFields } from '../shared/types';
import { adapterFor } from './registry';
import { generic } from './generic';
import { withDates } from './dates';
import { authorSignals, listingName, subRating, webLink, withDerived } from './derive';
import { fixtureJson, loadPage } from './testing';

const NOW = new Date('2026-11-26T10:00:00+01:00');

/** The review fields of a saved page as the capture stores them (content script reads, service worker adds dates). */
function read(folder: string, key: string): ReviewFields[] {
  const url = fixtureJson<{ page: Record<string, string> }>(`${folder}/urls.json`).page[key];
  const doc = loadPage(`${folder}/${key.replace(/^fields\.(\w+)$/, 'fields.$1.html')}`, url);
  const adapter = adapterFor(url, doc);
  expect(adapter.id).toBe(folder);
  return adapter.findReviews(doc).map((card) => withDates(adapter.extract(card, { url }), NOW));
}

describe('Trustpilot: title, date of the experience, reply found by its heading, listing name without its counter', () => {
  it.each([
    ['fr', ' Devis  trop élevé ', "Date de l'expérience: 28 février 2026", 'Réponse de Cabinet Dentaire des Lilas', 'Cabinet Dentaire des Lilas Avis 12'],
    ['en', ' Quote  far too high ', 'Date of experience: February 28, 2026', 'Reply from Cabinet Dentaire des Lilas', 'Cabinet Dentaire des Lilas Reviews 12'],
  ])('%s: the review title is kept byte for byte, with its spaces', (lang, title, experience, heading, h1) => {
    const [one, two] = read('trustpilot', `fields.${lang}`);
    expect(one.title).toBe(title);
    expect(two.title).toBe(lang === 'fr' ? 'À fuir' : 'Avoid');
    expect(one.experienceDateText).toBe(experience);
    expect(one.experienceRange).toEqual({ earliest: '2026-02-28', latest: '2026-02-28' });
    expect(one.ownerReply?.headingRaw).toBe(heading);
    expect(one.placeName).toBe('Cabinet Dentaire des Lilas');
    expect(one.placeHeadingRaw).toBe(h1);
  });

  it.each(['fr', 'en'])('%s: the company reply without its data-* hook is found by its heading, with its own date from <time datetime>', (lang) => {
    const [one] = read('trustpilot', `fields.${lang}`);
    expect(one.ownerReply?.text).toMatch(lang === 'fr' ? /^Bonjour Marine, le second devis/ : /^Hello Marine, the second quote/);
    expect(one.ownerReply?.dateText).toBe(lang === 'fr' ? '6 mars 2026' : 'Mar 6, 2026');
    expect(one.ownerReply?.publishedRange).toEqual({ earliest: '2026-03-06', latest: '2026-03-06' });
    // The reply stays out of the review's own text.
    expect(one.text).not.toContain('Marine');
  });

  it.each(['fr', 'en'])('%s: the author count is read, and a javascript: profile link is dropped and noted', (lang) => {
    const [one, two] = read('trustpilot', `fields.${lang}`);
    expect(one.authorSignals).toEqual({ reviewCount: 12 });
    expect(one.authorUrl).toMatch(/^https:\/\/(?:fr|www)\.trustpilot\.com\/users\/66b1b2c3d4e5f60718293a01$/);
    expect(two.authorUrl).toBeUndefined();
    expect(two.authorSignals).toEqual({ reviewCount: 1, profileUrlDropped: 'javascript:' });
    expect(JSON.stringify(two)).not.toContain('alert');
  });
});

describe('PagesJaunes (French only): criteria, date of the experience, hidden at load, owner reply with its date', () => {
  const [one, two, three] = read('pagesjaunes', 'fields.fr');

  it('reads each criterion with its label and value as printed, and the value as a number', () => {
    expect(one.subRatings).toEqual([
      { labelRaw: 'Accueil', valueRaw: 'Note : 2/5', rating: 2, ratingMax: 5 },
      { labelRaw: 'Ponctualité', valueRaw: 'Note : 1/5', rating: 1, ratingMax: 5 },
    ]);
    expect(two.subRatings).toEqual([{ labelRaw: ' Écoute ', valueRaw: 'Note : 1/5', rating: 1, ratingMax: 5 }]);
    expect(three.subRatings).toBeUndefined();
  });

  it('keeps « Expérience vécue le … » exactly, line breaks included, and reads the day', () => {
    expect(two.experienceDateText).toBe('\n                Expérience vécue le\n                18 janvier 2026\n              ');
    expect(two.experienceRange).toEqual({ earliest: '2026-01-18', latest: '2026-01-18' });
    expect(one.experienceRange).toEqual({ earliest: '2026-02-02', latest: '2026-02-02' });
  });

  it('marks only the review that was hidden behind « Charger plus d\'avis » when the page loaded', () => {
    expect([one, two, three].map((r) => r.hiddenAtLoad ?? false)).toEqual([false, false, true]);
  });

  it('reads the owner reply in its container and, outside it, by its heading, each with its own date', () => {
    expect(one.ownerReply).toEqual({
      text: 'Bonjour, une urgence a retardé les consultations ce jour-là. Veuillez nous en excuser.', headingRaw: 'Réponse du professionnel',
      dateText: 'Le 5 février 2026', publishedRange: { earliest: '2026-02-05', latest: '2026-02-05' },
    });
    expect(two.ownerReply).toEqual({
      text: 'Merci pour votre retour.', headingRaw: 'Réponse du professionnel',
      dateText: 'Le 22 janvier 2026', publishedRange: { earliest: '2026-01-22', latest: '2026-01-22' },
    });
    expect(three.ownerReply).toBeUndefined();
  });

  it('keeps the profile link, drops the one that decodes to javascript: (noted), and reads the name without « 4 avis »', () => {
    expect(one.authorUrl).toBe('https://www.pagesjaunes.fr/utilisateur/profil-public/FIXTUREtoken000000000003==');
    expect(two.authorUrl).toBeUndefined();
    expect(two.authorSignals).toEqual({ profileUrlDropped: 'javascript:' });
    expect(three.authorSignals).toBeUndefined();
    expect(one.placeName).toBe('Dr Paul Girard');
    expect(one.placeHeadingRaw).toBe('Dr Paul Girard 4 avis');
  });
});

describe('Google Maps: reply found by its heading when its container class changed, visit month, author signals', () => {
  it.each([
    ['fr', 'Réponse du propriétaire', 'il y a 2 mois', 'Visité en juillet'],
    ['en', 'Response from the owner', '2 months ago', 'Visited in July'],
  ])('%s: the owner reply under « %s » is read with its own date', (lang, heading, date, visited) => {
    const [one, two] = read('google-maps', `fields.${lang}`);
    expect(one.ownerReply?.headingRaw).toBe(heading);
    expect(one.ownerReply?.dateText).toBe(date);
    expect(one.ownerReply?.publishedRange).toEqual({ earliest: '2026-08-26', latest: '2026-09-26' });
    expect(one.ownerReply?.text).toMatch(lang === 'fr' ? /^Bonjour, nous regrettons/ : /^Hello, we are sorry/);
    expect(one.text).not.toMatch(/regrettons|sorry/);
    expect(one.experienceDateText).toBe(visited);
    // A month without a year is not a day range: kept as words only.
    expect(one.experienceRange).toBeUndefined();
    expect(two.ownerReply).toBeUndefined();
  });

  it.each(['fr', 'en'])('%s: Local Guide and the number of reviews are read; a javascript: data-href is dropped and noted', (lang) => {
    const [one, two] = read('google-maps', `fields.${lang}`);
    expect(one.authorSignals).toEqual({ reviewCount: 8, localGuide: true });
    expect(one.authorUrl).toBe(`https://www.google.com/maps/contrib/106655443322110099887/reviews?hl=${lang}`);
    expect(two.authorSignals).toEqual({ reviewCount: 1, profileUrlDropped: 'javascript:' });
    expect(two.authorUrl).toBeUndefined();
  });
});

describe('Google Search: sub-ratings, reply found by its « (propriétaire) » / "(Owner)" heading', () => {
  it.each([
    ['fr', [['Service ', ' 5/5 ', 5], [' Attente ', ' 2/5 ', 2], [' Accueil ', ' 4/5', 4]], 'Cabinet Médical des Tilleuls (propriétaire)', 'il y a 3 semaines'],
    ['en', [['Service', ' 5/5 ', 5], [' Waiting time', ' 2/5 ', 2], [' Welcome', ' 4/5', 4]], 'Cabinet Médical des Tilleuls (Owner)', '3 weeks ago'],
  ] as const)('%s: each sub-rating is kept as printed and read as a number; the reply has its heading and date', (lang, subs, heading, date) => {
    const [one, two] = read('google-search', `fields.${lang}`);
    expect(one.subRatings).toEqual(subs.map(([labelRaw, valueRaw, rating]) => ({ labelRaw, valueRaw, rating, ratingMax: 5 })));
    // The sub-ratings are not part of the review's text.
    expect(one.text).toBe(lang === 'fr' ? "Médecin attentif, salle d'attente pleine." : 'Attentive doctor, crowded waiting room.');
    expect(one.authorSignals).toEqual({ reviewCount: 12, localGuide: true });
    expect(two.ownerReply?.headingRaw).toBe(heading);
    expect(two.ownerReply?.dateText).toBe(date);
    expect(two.ownerReply?.publishedRange).toEqual({ earliest: '2026-10-29', latest: '2026-11-05' });
    expect(two.authorSignals).toEqual({ reviewCount: 3 });
  });
});

describe('generic adapter (picker): title, reply by its heading with its date, profile link kept only when http(s)', () => {
  it.each([
    ['fr', 'Consultation expédiée', 'Réponse de Dr Martin', 'Le 4 novembre 2026', "Je regrette votre impression ; n'hésitez pas à reprendre rendez-vous."],
    ['en', 'Rushed consultation', 'Reply from Dr Martin', 'November 4, 2026', 'I am sorry you felt that way; you are welcome to book again.'],
  ])('%s: reads the review title, the item reviewed and the reply', (lang, title, heading, date, reply) => {
    const url = 'https://annuaire-sante.example/dr-martin';
    const doc = loadPage(`generic/fields.${lang}.html`, url);
    const [one, two] = generic.findReviews(doc).map((card) => withDates(generic.extract(card, { url }), NOW));
    expect(one.title).toBe(title);
    expect(one.placeName).toBe('Dr Martin');
    expect(one.ownerReply).toEqual({ text: reply, headingRaw: heading, dateText: date, publishedRange: { earliest: '2026-11-04', latest: '2026-11-04' } });
    expect(one.authorUrl).toBe('https://annuaire-sante.example/membres/lea-b');
    expect(two.title).toBeUndefined();
    expect(two.ownerReply).toBeUndefined();
    expect(two.authorUrl).toBeUndefined();
    expect(two.authorSignals).toEqual({ profileUrlDropped: 'javascript:' });
  });

  it('does not take a review whose whole text is « Réponse de la secrétaire… » for a reply heading', () => {
    const doc = loadPage('generic/page.html', 'https://forum.example/x');
    const card = doc.createElement('div');
    const post = card.appendChild(doc.createElement('div'));
    for (const [tag, text] of [['p', 'Réponse de la secrétaire : nulle'], ['small', 'il y a 2 jours'], ['p', 'Je ne reviendrai pas.']] as const) {
      post.appendChild(doc.createElement(tag)).textContent = text;
    }
    expect(generic.extract(card, { url: 'https://forum.example/x' }).ownerReply).toBeUndefined();
  });
});

describe('what the service worker reads from the words (adapters/derive.ts)', () => {
  it('reads the author\'s number of reviews with thousands separators, in French and English, and Local Guide', () => {
    expect(authorSignals('Local Guide · 1\u202f234 avis · 17 photos')).toEqual({ reviewCount: 1234, localGuide: true });
    expect(authorSignals('Local Guide · 1,234 reviews')).toEqual({ reviewCount: 1234, localGuide: true });
    expect(authorSignals('17 photos · 3 avis')).toEqual({ reviewCount: 3 });
    expect(authorSignals('1 review')).toEqual({ reviewCount: 1 });
    expect(authorSignals('12 avisés')).toEqual({});
    expect(authorSignals(undefined)).toEqual({});
  });

  it('keeps only http(s) profile links and notes the scheme of anything else', () => {
    expect(webLink('https://www.google.com/maps/contrib/1/reviews')).toEqual({ url: 'https://www.google.com/maps/contrib/1/reviews' });
    expect(webLink('http://example.org/u/1')).toEqual({ url: 'http://example.org/u/1' });
    expect(webLink('javascript:alert(1)')).toEqual({ dropped: 'javascript:' });
    expect(webLink('data:text/html,<script>x</script>')).toEqual({ dropped: 'data:' });
    expect(webLink('JavaScript:void(0)')).toEqual({ dropped: 'javascript:' });
    expect(webLink('/relative/only')).toEqual({ dropped: '?' });
  });

  it('reads the listing name without the counter printed in the same heading, and keeps the heading when it cut one', () => {
    expect(listingName('MutuelleSanté Plus Avis 12')).toEqual({ placeName: 'MutuelleSanté Plus', placeHeadingRaw: 'MutuelleSanté Plus Avis 12' });
    expect(listingName('Gymshark Reviews 189,546')).toEqual({ placeName: 'Gymshark', placeHeadingRaw: 'Gymshark Reviews 189,546' });
    expect(listingName('Cabinet X · 1\u00a0234 avis')).toEqual({ placeName: 'Cabinet X', placeHeadingRaw: 'Cabinet X · 1\u00a0234 avis' });
    expect(listingName(' Cabinet Médical du Parc ')).toEqual({ placeName: 'Cabinet Médical du Parc' });
    expect(listingName('Pharmacie 24')).toEqual({ placeName: 'Pharmacie 24' });
    expect(listingName('Avis 12')).toEqual({ placeName: 'Avis 12' });
  });

  it('reads « Note : 4/5 », « 4,5 / 5 » as numbers and leaves a value it cannot read as words only', () => {
    expect(subRating({ labelRaw: 'Accueil', valueRaw: 'Note : 4/5' })).toEqual({ labelRaw: 'Accueil', valueRaw: 'Note : 4/5', rating: 4, ratingMax: 5 });
    expect(subRating({ labelRaw: 'Prix', valueRaw: '4,5 / 5' })).toEqual({ labelRaw: 'Prix', valueRaw: '4,5 / 5', rating: 4.5, ratingMax: 5 });
    expect(subRating({ labelRaw: 'Cadre', valueRaw: 'très bien' })).toEqual({ labelRaw: 'Cadre', valueRaw: 'très bien' });
  });

  it('leaves a record with none of these fields unchanged', () => {
    const raw = { id: 'x', author: 'A', dateText: '', text: 't', translated: false, photos: { count: 0, urls: [] } };
    expect(withDerived(raw)).toEqual(raw);
  });
});
