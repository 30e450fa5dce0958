// The questionnaire is a checklist: it asks the first unanswered fact that can still change an undecided rule.
import { describe, expect, it } from 'vitest';
import { play } from '../../test/fixtures/legal/scenario';
import { QUESTIONS, nextQuestion } from './questions';
import type { Answers } from './types';

const doctor = (o: Record<string, 'yes' | 'no' | 'unknown'>): Answers =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, { value: v, source: 'doctor' }]));

describe('questionnaire', () => {
  it('asks about immediate danger first', () => {
    expect(nextQuestion({})?.fact).toBe('danger-immediat');
  });

  it('for a review where every answer is no, asks the label facts in the order of the decision tree, then the listing', () => {
    const { asked } = play({});
    expect(asked).toEqual([
      'danger-immediat', 'menace', 'appel-lecteurs', 'vie-privee-revelee', 'adresse-personnelle', 'image-publiee',
      'fait-precis', 'terme-infraction', 'propos-injurieux', 'attaque-services', 'auteur-non-patient', 'avis-coordonnes',
      'avis-hors-sujet', 'fiche-sans-consentement', 'reponse-directe-possible',
    ]);
  });

  it('never re-asks a decided fact: after « menace: non » and a later fact, the threat question does not come back', () => {
    const answers = doctor({ 'danger-immediat': 'no', menace: 'no', 'fait-precis': 'yes' });
    const asked: string[] = [];
    for (let q = nextQuestion(answers); q; q = nextQuestion(answers)) {
      asked.push(q.fact);
      answers[q.fact] = { value: 'no', source: 'doctor' };
    }
    expect(asked).not.toContain('menace');
    expect(asked).not.toContain('fait-precis');
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('does not ask about violence or discrimination when no one calls readers to act', () => {
    const { asked } = play({ 'appel-lecteurs': 'no' });
    expect(asked).not.toContain('appel-violence');
    expect(asked).not.toContain('motif-discriminatoire');
  });

  it('asks about a discriminatory ground as soon as an insult is confirmed (it changes the period to one year)', () => {
    const { asked } = play({ 'propos-injurieux': 'yes' });
    expect(asked).toContain('motif-discriminatoire');
    expect(asked.indexOf('motif-discriminatoire')).toBeGreaterThan(asked.indexOf('propos-injurieux'));
  });

  it('asks whether the insult is tied to the fact only when there is both an insult and a precise fact', () => {
    expect(play({ 'propos-injurieux': 'yes' }).asked).not.toContain('injure-liee-au-fait');
    expect(play({ 'fait-precis': 'yes', 'propos-injurieux': 'yes' }).asked).toContain('injure-liee-au-fait');
  });

  it('asks where a photo was taken only when the review shows the doctor', () => {
    expect(play({}).asked).not.toContain('image-lieu-prive');
    expect(play({ 'image-publiee': 'yes' }).asked).toEqual(expect.arrayContaining(['image-lieu-prive', 'image-montage']));
  });

  it('asks the author and the exact date only when something may be unlawful; the reply function always', () => {
    expect(play({}).asked).not.toContain('auteur-identifie');
    expect(play({}).asked).toContain('reponse-directe-possible');
    const { asked } = play({ 'fait-precis': 'yes' });
    expect(asked.slice(-3)).toEqual(['auteur-identifie', 'reponse-directe-possible', 'date-publication-connue']);
  });

  it('asks whether the doctor can reply on this site, even on Google: a listing not claimed cannot reply', () => {
    expect(play({ 'fait-precis': 'yes' }, { siteHasDirectReply: true }).asked).toContain('reponse-directe-possible');
    const { q } = play({ 'fait-precis': 'yes', 'reponse-directe-possible': 'no' });
    expect(q.steps.map((s) => s.id)).toContain('droit-de-reponse');
    expect(q.deadlines.map((d) => d.label)).toContain('droit-de-reponse');
  });

  it('« je ne sais pas » on the reply question offers no right of reply and assumes nothing', () => {
    const { q } = play({ 'fait-precis': 'yes', 'reponse-directe-possible': 'unknown' });
    expect(q.siteHasDirectReply).toBeUndefined();
    expect(q.steps.map((s) => s.id)).not.toContain('droit-de-reponse');
  });

  it('returns null once every label is decided', () => {
    const { answers } = play({ menace: 'yes' });
    expect(nextQuestion(answers)).toBeNull();
  });

  it('« je ne sais pas » is a final answer: the label is left « à vérifier » with that question, which is not asked again', () => {
    const { asked, q } = play({ 'attaque-services': 'unknown' });
    expect(asked.filter((f) => f === 'attaque-services')).toHaveLength(1);
    expect(q.labels).toEqual([]);
    expect(q.toVerify).toMatchObject([{ label: 'denigrement', question: 'attaque-services' }]);
  });

  it('accepts a hint the doctor confirmed as an answer like any other', () => {
    const answers: Answers = { 'danger-immediat': { value: 'no', source: 'doctor' }, menace: { value: 'yes', source: 'hint-confirmed' } };
    expect(nextQuestion(answers)?.fact).toBe('appel-lecteurs');
  });

  it('every question has a prompt, help and a doctor-review example in both languages, and three answers', () => {
    for (const q of QUESTIONS) {
      for (const t of [q.prompt, q.help, q.example]) {
        expect(t.fr.length, q.fact).toBeGreaterThan(5);
        expect(t.en.length, q.fact).toBeGreaterThan(5);
      }
      expect(q.choices.map((c) => c.value)).toEqual(['yes', 'no', 'unknown']);
      expect(q.choices[2].label.fr).toBe('Je ne sais pas');
    }
  });
});
