import { describe, expect, it } from 'vitest';
import { checkSecrecy } from './secrecy';
import { SECRECY_CHECKED, SECRECY_REREAD } from './secrecy-patterns';

const kinds = (text: string, lang?: 'fr' | 'en', names?: string[]) =>
  checkSecrecy(text, lang, { authorNames: names }).findings.map((f) => f.kind);
const matches = (text: string, lang?: 'fr' | 'en', names?: string[]) =>
  checkSecrecy(text, lang, { authorNames: names }).findings.map((f) => f.match);

describe('secrecy check of a public reply (CSP L.1110-4, R.4127-4, C. pén. 226-13)', () => {
  it('never certifies a reply: with no finding it still says what was checked and what to reread', () => {
    const r = checkSecrecy(
      'Merci d’avoir pris le temps de partager votre ressenti. Le cabinet s’efforce de respecter les horaires ; des urgences peuvent occasionner des retards. Toute personne qui le souhaite peut contacter le secrétariat.',
      'fr',
    );
    expect(r.findings).toEqual([]);
    expect(r.policy).toEqual([]);
    expect(r.hasFindings).toBe(false);
    expect(r).not.toHaveProperty('safe');
    expect(r.checked).toEqual(SECRECY_CHECKED);
    expect(r.reread).toEqual(SECRECY_REREAD);
    expect(r.reread.length).toBeGreaterThanOrEqual(3);
    expect(r.reread.some((x) => /avocat/.test(x.fr) && /lawyer/.test(x.en))).toBe(true);
  });

  it.each([
    ['j’espère que votre dos va mieux', 'votre dos va mieux'],
    ['Ravi de vous avoir reçu', 'Ravi de vous avoir'],
    ['N’hésitez pas à revenir', 'revenir'],
    ['Au plaisir de vous revoir', 'Au plaisir de vous'],
    ['Comme je vous l’ai dit au cabinet', 'vous l’ai dit'],
    ['Je ne vous ai jamais vu', 'ne vous ai jamais vu'],
    ['Désolés pour votre attente', 'votre attente'],
    ['Vous avez attendu longtemps', 'Vous avez attendu'],
    ['Lors de votre passage, la secrétaire était seule', 'votre passage'],
    ['Vous pouvez reprendre rendez-vous en ligne', 'reprendre rendez-vous'],
    ['Bon rétablissement !', 'Bon rétablissement'],
    ['Ce jour-là, j’ai fait le nécessaire', 'Ce jour-là'],
  ])('flags the implied care relationship in « %s », quoting « %s »', (reply, words) => {
    const r = checkSecrecy(reply, 'fr');
    expect(r.hasFindings).toBe(true);
    expect(r.findings.some((f) => f.match.includes(words)), r.findings.map((f) => f.match).join(' | ')).toBe(true);
  });

  it('flags health information: treatment, exam, referral to a specialist', () => {
    expect(kinds('Une radio n’était pas nécessaire, je vous ai orienté vers un rhumatologue.', 'fr')).toEqual(
      expect.arrayContaining(['sante', 'relation-soin']),
    );
    expect(matches('Les antibiotiques ne servent à rien contre un virus.', 'fr')).toEqual(['antibiotiques']);
  });

  it('flags identity: a civil name, an age, a relative, a date of visit', () => {
    expect(checkSecrecy('Madame Lefèvre, nous regrettons votre mécontentement.', 'fr').findings[0]).toMatchObject({ kind: 'identite', match: 'Lefèvre', start: 7, end: 14 });
    expect(kinds('Il est normal qu’à 82 ans la récupération prenne du temps.', 'fr')).toContain('identite');
    expect(kinds('Votre fils a été bien accueilli.', 'fr')).toContain('identite');
    expect(matches('Votre rendez-vous du 12 mars a été déplacé.', 'fr')).toEqual(expect.arrayContaining(['Votre rendez-vous', '12 mars']));
  });

  it('treats the reviewer’s display name as a risk only when the reply uses it to address them', () => {
    const r = checkSecrecy('Bonjour Marc, merci pour votre avis.', 'fr', { authorNames: ['Marc T.'] });
    expect(r.findings).toEqual([expect.objectContaining({ kind: 'interpellation', severity: 'risque', match: 'Marc', start: 8, end: 12 })]);
    expect(r.saferText).toBe('Bonjour, merci pour votre avis.');
    // A greeting with a first name is flagged even when the author is not known.
    expect(kinds('Hi John, thanks for your message.', 'en')).toEqual(['interpellation']);
    // Words of a display name that are not a name are not looked for.
    expect(checkSecrecy('Merci pour les remarques de chaque patiente.', 'fr', { authorNames: ['Une Patiente'] }).hasFindings).toBe(false);
    // A name that is not in the reply is no finding.
    expect(checkSecrecy('Bonjour, merci pour votre avis.', 'fr', { authorNames: ['Marc T.'] }).hasFindings).toBe(false);
  });

  it('flags breaches as « atteinte » and the interpellation alone as the lower « risque »', () => {
    const r = checkSecrecy('Bonjour Sophie, au plaisir de vous revoir.', 'fr', { authorNames: ['Sophie Durand'] });
    expect(r.findings.find((f) => f.match === 'Sophie')?.severity).toBe('risque');
    expect(r.findings.filter((f) => f.match !== 'Sophie').map((f) => f.severity)).toEqual(expect.arrayContaining(['atteinte']));
    expect(r.findings.filter((f) => f.match !== 'Sophie').every((f) => f.severity === 'atteinte')).toBe(true);
  });

  it('flags denying the care relationship too: secrecy means neither confirm nor deny', () => {
    expect(kinds('Vous n’êtes jamais venu au cabinet.', 'fr')).toContain('relation-soin');
    expect(kinds('Cette personne n’a jamais été reçue ici.', 'fr')).toContain('relation-soin');
    expect(kinds('I never saw you at my practice.', 'en')).toContain('relation-soin');
  });

  it('does not flag the safe wordings that look alike: « vos attentes », « revenir vers le secrétariat », « partager votre expérience »', () => {
    expect(checkSecrecy('Nous regrettons que l’expérience décrite n’ait pas répondu à vos attentes.', 'fr').hasFindings).toBe(false);
    expect(checkSecrecy('N’hésitez pas à revenir vers le secrétariat.', 'fr').hasFindings).toBe(false);
    expect(checkSecrecy('Merci de partager votre expérience.', 'fr').hasFindings).toBe(false);
    expect(checkSecrecy('Les délais d’attente peuvent varier selon les urgences.', 'fr').hasFindings).toBe(false);
  });

  it('reads English replies: the wait, seeing again, recovery', () => {
    expect(kinds('We are sorry you had to wait so long.', 'en')).toContain('relation-soin');
    expect(kinds('We look forward to seeing you again.', 'en')).toContain('relation-soin');
    expect(kinds('Get well soon!', 'en')).toContain('relation-soin');
  });

  it('quotes the words at fault with UTF-16 offsets into the original text, accents and emoji included', () => {
    const text = '👍 Très heureux : j’espère que vous allez mieux, Gérard.';
    const r = checkSecrecy(text, 'fr', { authorNames: ['Gérard'] });
    expect(r.findings.length).toBeGreaterThanOrEqual(2);
    for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.match);
    expect(r.findings.map((f) => f.match)).toContain('Gérard');
  });

  it('explains why and what to do, in French and English, citing the article', () => {
    const f = checkSecrecy('Je me souviens de vous.', 'fr').findings[0];
    expect(f.why.fr).toMatch(/R\.4127-4/);
    expect(f.why.en).toMatch(/R\.4127-4/);
    expect(f.suggestion.fr.length).toBeGreaterThan(10);
    expect(f.suggestion.en.length).toBeGreaterThan(10);
  });
});

describe('reply-policy check, reported apart (R.4127-19, R.4127-19-1, loi 1881 art. 29)', () => {
  it('flags advertising and testimonials, citing R.4127-19-1, without counting them as secrecy findings', () => {
    const r = checkSecrecy('Nous sommes les meilleurs de la ville, des centaines de patients satisfaits. N’hésitez pas à nous recommander !', 'fr');
    expect(r.findings).toEqual([]);
    expect(r.hasFindings).toBe(true);
    expect(r.policy.map((f) => f.kind)).toEqual(['publicite', 'publicite', 'publicite']);
    expect(r.policy[0].why.fr).toMatch(/R\.4127-19-1/);
    expect(r.policy[0].why.fr).toMatch(/2020-1662/);
  });

  it('flags counter-accusations (« vous mentez », « faux avis », fraud), citing the 1881 law', () => {
    const r = checkSecrecy('Vous mentez, c’est un faux avis et une tentative d’escroquerie.', 'fr');
    expect(r.policy.map((f) => f.match)).toEqual(['Vous mentez', 'un faux avis', 'escroquerie']);
    expect(r.policy[0].why.fr).toMatch(/29 juillet 1881/);
  });

  it('does not treat a conditional « s’il s’agit d’un faux avis » as an accusation', () => {
    expect(checkSecrecy('S’il s’agit d’un faux avis, il sera signalé à la plateforme.', 'fr').policy).toEqual([]);
  });

  it('flags English advertising and counter-accusations', () => {
    expect(checkSecrecy('Please leave us a 5-star review!', 'en').policy.map((f) => f.kind)).toContain('publicite');
    expect(checkSecrecy('You are lying, this is a fake review.', 'en').policy.map((f) => f.kind)).toEqual(['contre-accusation', 'contre-accusation']);
  });
});

describe('safer version', () => {
  it('drops only the faulty sentences and passes the check itself', () => {
    const reply = 'Merci pour votre message. Lors de votre consultation, je vous ai prescrit un antalgique. Le secrétariat reste joignable au 01 23 45 67 89.';
    const r = checkSecrecy(reply, 'fr');
    expect(r.saferText).toBe('Merci pour votre message. Le secrétariat reste joignable au 01 23 45 67 89.');
    expect(checkSecrecy(r.saferText, 'fr').hasFindings).toBe(false);
  });

  it('keeps line breaks (a signature stays on its own line)', () => {
    const r = checkSecrecy('Merci pour votre message, nous le lisons avec attention.\nAu plaisir de vous revoir !\nDr Claire Bernard', 'fr');
    expect(r.saferText).toBe('Merci pour votre message, nous le lisons avec attention.\nDr Claire Bernard');
  });

  it('also drops the sentences with a policy finding', () => {
    const r = checkSecrecy('Merci pour votre avis, il sera lu par toute l’équipe. Vous mentez.', 'fr');
    expect(r.saferText).toBe('Merci pour votre avis, il sera lu par toute l’équipe.');
  });

  it('falls back to a generic safe reply when nothing of substance is left, in the reply’s language', () => {
    const fr = checkSecrecy('Je me souviens bien de votre visite du 3 mai.', 'fr');
    expect(fr.saferText).toMatch(/ne commente aucune situation individuelle/);
    expect(checkSecrecy(fr.saferText, 'fr').hasFindings).toBe(false);
    const en = checkSecrecy('Hope your knee is feeling better!', 'en');
    expect(en.saferText).toMatch(/does not comment on any individual situation/);
    expect(checkSecrecy(en.saferText, 'en').hasFindings).toBe(false);
  });

  it('returns the reply unchanged when the check found nothing', () => {
    const reply = 'Nous prenons note de votre avis.';
    expect(checkSecrecy(reply, 'fr').saferText).toBe(reply);
  });

  it('without a language, checks both vocabularies', () => {
    expect(kinds('Merci. Votre traitement and your prescription.')).toEqual(expect.arrayContaining(['sante', 'sante']));
    expect(matches('Merci. Votre traitement and your prescription.')).toEqual(expect.arrayContaining(['Votre traitement', 'your prescription']));
  });
});
