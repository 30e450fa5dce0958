// The order of the next steps, per situation, and why each sits where it sits (docs/legal/procedure.md#commissaire-de-justice, docs/legal/code-assurances.md#declaration-assureur, docs/legal/procedure.md#decision-tree, docs/legal/procedure.md#summary-table).
// A doctor follows the list from the top: a step that may get the review removed must never come before the
// evidence a court relies on. Published on 1 Oct 2026 unless said otherwise; today is 26 Nov 2026.
import { describe, expect, it } from 'vitest';
import { play, review, TODAY } from '../../test/fixtures/legal/scenario';
import { qualify } from './engine';
import { nextQuestion } from './questions';
import type { Answers, Qualification, StepId } from './types';

const ids = (q: Qualification) => q.steps.map((s) => s.id);
const before = (q: Qualification, a: StepId, b: StepId) => {
  const list = ids(q);
  expect(list, `${a} in ${list.join(', ')}`).toContain(a);
  expect(list, `${b} in ${list.join(', ')}`).toContain(b);
  expect(list.indexOf(a), `${a} before ${b}: ${list.join(', ')}`).toBeLessThan(list.indexOf(b));
};
const REMOVAL_REQUESTS: StepId[] = ['signalement-plateforme', 'notification-dsa', 'pharos', 'mise-en-demeure', 'opposition-rgpd'];

/** The demo review (demo/google-maps.html, first review), « il y a 3 semaines » on 26 Nov 2026. */
const DEMO = review(
  "Ce médecin est un charlatan et un escroc : il m'a facturé une consultation qui n'a jamais eu lieu et refuse de me rembourser. N'allez surtout pas chez lui !",
  { author: 'Marc L.', dateText: 'il y a 3 semaines', publishedRange: { earliest: '2026-10-29', latest: '2026-11-05' } },
);

/** Answers « Je ne sais pas » to every question the questionnaire asks, until it has nothing left to ask. */
function allUnknown(): { answers: Answers; asked: string[] } {
  const answers: Answers = {};
  const asked: string[] = [];
  for (let q = nextQuestion(answers); q; q = nextQuestion(answers)) {
    if (asked.includes(q.fact)) throw new Error(`re-asked ${q.fact}`);
    asked.push(q.fact);
    answers[q.fact] = { value: 'unknown', source: 'doctor' };
  }
  return { answers, asked };
}

describe('steps in a safe order', () => {
  it('a defamatory review: capture and constat come before any notice', () => {
    const { q } = play({ 'fait-precis': 'yes', 'auteur-identifie': 'yes' });
    expect(q.steps[0].id).toBe('constat-commissaire');
    expect(q.steps[0].text.fr).toMatch(/capture Avisé est faite.*constat.*tant que l’avis est en ligne/);
    for (const r of REMOVAL_REQUESTS.filter((s) => ids(q).includes(s))) before(q, 'constat-commissaire', r);
    // then the insurer (it pays the constat and the lawyer if declared in time), then the lawyer, then the notices.
    expect(ids(q).slice(0, 5)).toEqual(['constat-commissaire', 'declaration-assureur', 'avocat', 'notification-dsa', 'mise-en-demeure']);
    expect(q.steps[0].why.fr).toMatch(/impossible si la plateforme retire l’avis/);
  });

  it('an insult, a privacy breach or an image: the evidence, the insurer and the lawyer before the platform report', () => {
    for (const script of [{ 'propos-injurieux': 'yes' }, { 'vie-privee-revelee': 'yes' }, { 'image-publiee': 'yes' }] as const) {
      const { q } = play(script);
      expect(ids(q).slice(0, 4)).toEqual(['constat-commissaire', 'declaration-assureur', 'avocat', 'signalement-plateforme']);
    }
  });

  it('threats: 17/112 when in danger, then complaint and the declaration to the Ordre', () => {
    const { q } = play({ 'danger-immediat': 'yes', menace: 'yes' });
    expect(ids(q).slice(0, 3)).toEqual(['appel-17-112', 'plainte-police', 'informer-cdom']);
    expect(q.steps[1].urgent).toBe(true);
    // The complaint does not get the review removed; the evidence still comes before any report or notice.
    for (const r of ['signalement-plateforme', 'notification-dsa'] as StepId[]) before(q, 'constat-commissaire', r);
    const cdom = q.steps.find((s) => s.id === 'informer-cdom')!;
    expect(cdom.draft).toBe('declaration-cdom');
    expect(cdom.text.fr).toMatch(/Observatoire de la sécurité des médecins/);
    expect(cdom.text.fr).toMatch(/partie civile.*loi n° 2025-623/);
    expect(q.steps.find((s) => s.id === 'plainte-police')!.text.fr).toMatch(/adresse du cabinet plutôt que la vôtre/);
    expect(ids(q)).not.toContain('reponse-publique');
  });

  it('threats without an immediate danger: the complaint and the declaration to the Ordre come first, no 17/112', () => {
    const { q } = play({ menace: 'yes' });
    expect(ids(q).slice(0, 2)).toEqual(['plainte-police', 'informer-cdom']);
    expect(ids(q)).not.toContain('appel-17-112');
    expect(q.steps[0].why.fr).toMatch(/ne fait pas retirer l’avis/);
  });

  it('policy-only review (off-topic, fake engagement): the platform report comes first', () => {
    const offTopic = play({ 'avis-hors-sujet': 'yes' }).q;
    expect(offTopic.labels.map((l) => l.label)).toEqual(['non-illicite']);
    expect(offTopic.flags.map((f) => f.flag)).toEqual(['hors-sujet']);
    expect(offTopic.steps[0]).toMatchObject({ id: 'signalement-plateforme', categories: ['Hors sujet'] });
    expect(offTopic.steps[0].why.fr).toMatch(/aucune action en justice n’est en vue/);
    const fake = play({ 'auteur-non-patient': 'yes', 'avis-coordonnes': 'yes' }).q;
    expect(fake.labels.map((l) => l.label)).toEqual(['denigrement']);
    expect(fake.steps[0].id).toBe('signalement-plateforme');
    expect(fake.steps[0].categories).toContain("Conflit d'intérêts");
  });

  it('all Je ne sais pas: no label holds, no complaint, first step secures the evidence', () => {
    const { answers, asked } = allUnknown();
    expect(asked[0]).toBe('danger-immediat');
    const q = qualify({ answers, review: DEMO, today: TODAY });
    expect(q.labels).toEqual([]);
    expect(q.flags).toEqual([]);
    expect(q.deadlines).toEqual([]);
    expect(ids(q)).not.toContain('plainte-police');
    expect(ids(q)).not.toContain('appel-17-112');
    expect(ids(q)).toEqual(['constat-commissaire', 'avocat', 'ne-pas-repondre']);
    expect(q.steps[0].why.fr).toMatch(/reste à vérifier/);
    // Each label left « à vérifier » comes with its one question.
    expect(q.toVerify.map((v) => [v.label, v.question])).toEqual(expect.arrayContaining([
      ['menaces', 'menace'], ['diffamation', 'fait-precis'], ['injure', 'terme-infraction'], ['denigrement', 'attaque-services'], ['danger-immediat', 'danger-immediat'],
    ]));
    for (const v of q.toVerify) expect(answers[v.question]?.value, v.label).toBe('unknown');
    expect(new Set(q.toVerify.map((v) => v.label)).size).toBe(q.toVerify.length);
    // An immediate danger left unsettled is the first thing to check.
    expect(q.toVerify[0]).toMatchObject({ label: 'danger-immediat', question: 'danger-immediat' });
  });

  it('one « Je ne sais pas » among firm answers never drives a complaint: an unconfirmed criminal form adds none', () => {
    const { q } = play({ 'adresse-personnelle': 'unknown', 'vie-privee-revelee': 'yes' });
    expect(q.labels.map((l) => l.label)).toEqual(['vie-privee']);
    expect(ids(q)).not.toContain('plainte-police');
  });

  it('a deadline of 1 year with 20 days left is urgent', () => {
    // Incitement to hatred: 1 year (art. 65-3). Published 16 Dec 2025 → ends 16 Dec 2026, 20 days after 26 Nov.
    const { q } = play({ 'appel-lecteurs': 'yes', 'motif-discriminatoire': 'yes' }, { earliest: '2025-12-16' });
    expect(q.shortestLiveDeadline).toMatchObject({ period: '1 an', daysLeft: 20, warning: true });
    expect(q.steps.filter((s) => s.urgent).map((s) => s.id)).toEqual(['constat-commissaire', 'declaration-assureur', 'avocat']);
  });

  it('a deadline of 5 years with 200 days left is not urgent', () => {
    const { q } = play({ 'vie-privee-revelee': 'yes' }, { earliest: '2022-06-14' });
    expect(q.shortestLiveDeadline).toMatchObject({ period: '5 ans', warning: false });
    expect(q.steps.some((s) => s.urgent)).toBe(false);
  });

  it('every step says why it sits where it sits, in French and English, without a half-sentence of doubt', () => {
    const scenarios = [
      play({ 'fait-precis': 'yes', 'auteur-identifie': 'yes' }, { siteHasDirectReply: false }).q,
      play({ 'danger-immediat': 'yes', menace: 'yes' }).q,
      play({ 'avis-hors-sujet': 'yes', 'fiche-sans-consentement': 'yes' }).q,
      play({ 'appel-lecteurs': 'yes', 'appel-violence': 'yes' }).q,
      qualify({ answers: allUnknown().answers, review: DEMO, today: TODAY }),
    ];
    for (const s of scenarios.flatMap((q) => q.steps)) {
      expect(s.why.fr.length, s.id).toBeGreaterThan(20);
      expect(s.why.en.length, s.id).toBeGreaterThan(20);
      expect(s.text.fr, s.id).not.toMatch(/à confirmer avec un avocat/);
    }
  });
});

describe('questions the engine was missing', () => {
  it('the reply question is asked on every site; « non » (listing not claimed) opens the right of reply, « oui » does not', () => {
    const no = play({ 'propos-injurieux': 'yes', 'reponse-directe-possible': 'no' });
    expect(no.asked).toContain('reponse-directe-possible');
    expect(no.q.siteHasDirectReply).toBe(false);
    expect(ids(no.q)).toContain('droit-de-reponse');
    before(no.q, 'constat-commissaire', 'droit-de-reponse');
    const yes = play({ 'propos-injurieux': 'yes', 'reponse-directe-possible': 'yes' });
    expect(ids(yes.q)).not.toContain('droit-de-reponse');
  });

  it('an edited review with only the edit date shown: deadlines count from the edit, for the new words, lawyer to confirm', () => {
    const { answers } = play({ 'propos-injurieux': 'yes' });
    const edited = review('Un nullard.', { edited: true, dateText: 'Modifié il y a 3 semaines', publishedRange: undefined, editedRange: { earliest: '2026-10-29', latest: '2026-11-05' } });
    const q = qualify({ answers, review: edited, today: TODAY });
    expect(q.flags.map((f) => f.flag)).toContain('avis-modifie');
    expect(q.deadlines[0]).toMatchObject({ label: 'injure', startsOn: '2026-10-29', expiresOn: '2027-01-29', countsFromEdit: true, toConfirm: true, startIsEarliestPossible: true });
    expect(q.deadlines[0].note?.fr).toMatch(/depuis la modification.*propos ajoutés ou changés.*votre avocat confirmera/);
    // The exact first-publication date, when the doctor knows it, wins over the edit.
    const exact = qualify({ answers, review: edited, exactPublicationDate: '2026-09-01', today: TODAY });
    expect(exact.deadlines[0]).toMatchObject({ startsOn: '2026-09-01', expiresOn: '2026-12-01' });
    expect(exact.deadlines[0].countsFromEdit).toBeUndefined();
  });

  it('a competitor’s insult aimed at the person is injure only: dénigrement does not stack on it', () => {
    const doctor = (f: Record<string, 'yes' | 'no'>): Answers => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, { value: v, source: 'doctor' }]));
    const q = qualify({ answers: doctor({ 'propos-injurieux': 'yes', 'fait-precis': 'no', 'terme-infraction': 'no', 'auteur-non-patient': 'yes', 'attaque-services': 'no' }), today: TODAY });
    expect(q.labels.map((l) => l.label)).toEqual(['injure']);
    expect(q.excluded).toMatchObject([{ label: 'denigrement', rule: 'denigrement-personne' }]);
  });

  it('an attack on the services by a possible competitor asks whether the words target the person; « oui » leaves only press law', () => {
    const services = play({ 'attaque-services': 'yes', 'auteur-non-patient': 'yes' });
    expect(services.asked).toContain('cible-personne');
    expect(services.q.labels.map((l) => l.label)).toEqual(['denigrement']);
    const person = play({ 'attaque-services': 'yes', 'auteur-non-patient': 'yes', 'cible-personne': 'yes' });
    expect(person.q.labels.map((l) => l.label)).not.toContain('denigrement');
  });
});
