import { describe, expect, it } from 'vitest';
import { checkSecrecy } from './secrecy';

const kinds = (text: string, lang?: 'fr' | 'en', names?: string[]) =>
  checkSecrecy(text, lang, { patientNames: names }).flags.map((f) => f.kind);

describe('secrecy check of a public reply (CSP L.1110-4, R.4127-4)', () => {
  it('passes a generic empathetic reply that confirms nothing', () => {
    const r = checkSecrecy(
      'Merci d’avoir pris le temps de partager votre ressenti. Le cabinet s’efforce de respecter les horaires ; des urgences peuvent occasionner des retards. Toute personne qui le souhaite peut contacter le secrétariat.',
      'fr',
    );
    expect(r.flags).toEqual([]);
    expect(r.safe).toBe(true);
  });

  it('flags « comme je vous l’ai expliqué en consultation » as confirming a care relationship', () => {
    const r = checkSecrecy('Comme je vous l’ai expliqué en consultation, le délai est normal.', 'fr');
    expect(r.safe).toBe(false);
    expect(r.flags.map((f) => f.kind)).toContain('relation-soin');
    expect(r.flags.map((f) => f.match)).toContain('Comme je vous l’ai expliqué');
  });

  it('flags « votre traitement » as a care detail', () => {
    expect(kinds('Votre traitement était adapté.', 'fr')).toEqual(['soin']);
  });

  it('flags a date of visit (« le 12 mars ») and « lors de votre rendez-vous »', () => {
    const r = checkSecrecy('Lors de votre rendez-vous du 12 mars, tout a été fait.', 'fr');
    expect(r.flags.map((f) => [f.kind, f.match])).toEqual([
      ['relation-soin', 'Lors de votre rendez-vous'],
      ['date', '12 mars'],
    ]);
  });

  it('flags « votre dossier » and a diagnosis', () => {
    expect(kinds('Votre dossier montre un diagnostic de diabète.', 'fr')).toEqual(['relation-soin', 'diagnostic', 'diagnostic']);
  });

  it('flags the reviewer’s name, given the author of the review', () => {
    const r = checkSecrecy('Madame Durand, nous regrettons votre ressenti.', 'fr', { patientNames: ['Sophie Durand'] });
    expect(r.flags).toHaveLength(1);
    expect(r.flags[0]).toMatchObject({ kind: 'nom-patient', match: 'Durand', start: 7, end: 13 });
  });

  it('flags denying the care relationship too (« vous n’êtes jamais venu »): secrecy means neither confirm nor deny', () => {
    expect(kinds('Vous n’êtes jamais venu au cabinet.', 'fr')).toContain('relation-soin');
  });

  it('flags a counter-accusation (« vous mentez », « diffamation »)', () => {
    expect(kinds('Vous mentez, c’est de la diffamation.', 'fr')).toEqual(['polemique', 'polemique']);
  });

  it('reads English replies: "during your appointment", "your test results", "last Monday"', () => {
    expect(kinds('During your appointment last Monday we discussed your test results.', 'en')).toEqual([
      'relation-soin', 'date', 'soin',
    ]);
  });

  it('offsets point at the original (accented) wording', () => {
    const text = 'Je me souviens de vous.';
    const f = checkSecrecy(text, 'fr').flags[0];
    expect(text.slice(f.start, f.end)).toBe(f.match);
    expect(f.why.fr).toMatch(/patient/);
    expect(f.suggestion.en.length).toBeGreaterThan(10);
  });

  it('the safer text drops only the flagged sentences and passes the check itself', () => {
    const reply = 'Merci pour votre message. Lors de votre consultation, je vous ai prescrit un antalgique. Le secrétariat reste joignable.';
    const r = checkSecrecy(reply, 'fr');
    expect(r.saferText).toBe('Merci pour votre message. Le secrétariat reste joignable.');
    expect(checkSecrecy(r.saferText, 'fr').safe).toBe(true);
  });

  it('falls back to a generic safe reply when every sentence is unsafe', () => {
    const r = checkSecrecy('Je me souviens bien de votre visite du 3 mai.', 'fr');
    expect(r.saferText).toMatch(/ne commente aucune situation individuelle/);
    expect(checkSecrecy(r.saferText, 'fr').safe).toBe(true);
  });

  it('without a language, checks both vocabularies', () => {
    expect(kinds('Thanks. Votre traitement and your prescription.')).toEqual(['soin', 'soin']);
  });
});
