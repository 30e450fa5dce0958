// Scenarios a lawyer can read: each plays the questionnaire with the doctor's answers, then checks the labels, the
// shortest live deadline and the first step (docs/legal/procedure.md#decision-tree, docs/legal/procedure.md#summary-table). Published on 1 Oct 2026 unless said otherwise;
// today is 26 Nov 2026.
import { describe, expect, it } from 'vitest';
import { firstStep, labelsOf, play } from '../../test/fixtures/legal/scenario';
import { hintsFor } from './hints';

describe('lawful criticism', () => {
  it('« 1h30 d’attente pour 10 minutes » (all answers no) is lawful criticism with a sober reply as the only step', () => {
    const { q } = play({});
    expect(labelsOf(q)).toEqual([['non-illicite', 'probable']]);
    expect(q.shortestLiveDeadline).toBeUndefined();
    expect(firstStep(q)).toBe('reponse-publique');
    expect(q.steps.map((s) => s.id)).not.toContain('ne-pas-repondre');
  });

  it('a call to boycott (« n’allez pas chez lui ») with no violence and no discriminatory ground is not incitement', () => {
    const { q } = play({ 'appel-lecteurs': 'yes' });
    expect(labelsOf(q)).toEqual([['non-illicite', 'probable']]);
    expect(firstStep(q)).toBe('reponse-publique');
  });

  it('a reviewer telling his own health story is not the doctor’s private life (the hint says so, the doctor confirms)', () => {
    const hint = hintsFor({ text: 'Mon cancer a été pris trop tard, 2h d’attente à chaque fois.', photos: { count: 0, urls: [] } })
      .find((h) => h.fact === 'vie-privee-revelee')!;
    expect(hint).toMatchObject({ proposed: 'no', matches: [{ text: 'Mon cancer', start: 0, end: 10 }] });
    const { q } = play({ 'vie-privee-revelee': hint.proposed });
    expect(q.labels.map((l) => l.label)).toEqual(['non-illicite']);
    expect(firstStep(q)).toBe('reponse-publique');
  });

  it('a measured opinion on the care (« froid, expéditif ») with no precise fact is not diffamation', () => {
    const { q } = play({ 'fait-precis': 'no', 'propos-injurieux': 'no' });
    expect(q.labels.map((l) => l.label)).not.toContain('diffamation');
    expect(q.labels.map((l) => l.label)).toEqual(['non-illicite']);
  });

  it('a lawful review still carries the notice that reports do not interrupt prescription (art. 65)', () => {
    const { q } = play({});
    expect(q.noInterruptionNotice.fr).toMatch(/n'interrompt pas la prescription.*art\. 65/);
    expect(q.noInterruptionNotice.en).toMatch(/does not interrupt/);
  });

  it('the no-interruption notice says a simple police complaint does not stop the clock either: only a civil-party complaint with the deposit paid, or the prosecutor’s requisitions, do', () => {
    const { q } = play({ 'propos-injurieux': 'yes' });
    expect(q.noInterruptionNotice.fr).toMatch(/plainte simple n'interrompt pas/);
    expect(q.noInterruptionNotice.fr).toMatch(/plainte avec constitution de partie civile, consignation payée/);
    expect(q.noInterruptionNotice.fr).toMatch(/réquisitions du parquet/);
    expect(q.noInterruptionNotice.fr).not.toMatch(/seul un acte de procédure/);
  });
});

describe('diffamation and injure', () => {
  it('« il facture des actes non réalisés » is probable diffamation, 3 months, first the constat, the DSA notice after', () => {
    const { q } = play({ 'fait-precis': 'yes' });
    expect(labelsOf(q)).toEqual([['diffamation', 'probable']]);
    expect(q.shortestLiveDeadline).toMatchObject({ label: 'diffamation', period: '3 mois', expiresOn: '2027-01-01', daysLeft: 36 });
    expect(firstStep(q)).toBe('constat-commissaire');
    const ids = q.steps.map((s) => s.id);
    expect(ids.indexOf('constat-commissaire')).toBeLessThan(ids.indexOf('notification-dsa'));
    expect(q.steps.map((s) => s.id)).toContain('ne-pas-repondre');
  });

  it('« escroc » alone is flagged diffamation-or-injure for a lawyer', () => {
    const { q } = play({ 'terme-infraction': 'yes' });
    expect(labelsOf(q)).toEqual([['diffamation', 'a-confirmer-avocat'], ['injure', 'a-confirmer-avocat']]);
    expect(q.flags.map((f) => f.flag)).toContain('diffamation-ou-injure');
    expect(q.shortestLiveDeadline?.expiresOn).toBe('2027-01-01');
    expect(firstStep(q)).toBe('constat-commissaire');
    expect(q.steps.find((s) => s.id === 'avocat')?.for).toContain('diffamation-ou-injure');
  });

  it('« escroc qui facture des actes fictifs »: the insult tied to the fact is absorbed by diffamation', () => {
    const { q } = play({ 'fait-precis': 'yes', 'terme-infraction': 'yes', 'propos-injurieux': 'yes', 'injure-liee-au-fait': 'yes' });
    expect(labelsOf(q)).toEqual([['diffamation', 'probable']]);
    expect(q.excluded).toMatchObject([{ label: 'injure', rule: 'injure-absorbee' }]);
    expect(q.flags.map((f) => f.flag)).not.toContain('diffamation-ou-injure');
    expect(firstStep(q)).toBe('constat-commissaire');
  });

  it('an insult separate from a precise fact gives both diffamation and injure', () => {
    const { q } = play({ 'fait-precis': 'yes', 'propos-injurieux': 'yes', 'injure-liee-au-fait': 'no' });
    expect(labelsOf(q)).toEqual([['diffamation', 'probable'], ['injure', 'probable']]);
    expect(firstStep(q)).toBe('constat-commissaire');
  });

  it('« nullard, un vrai boucher » is probable injure, 3 months, reported as profanity or harassment', () => {
    const { q } = play({ 'propos-injurieux': 'yes' });
    expect(labelsOf(q)).toEqual([['injure', 'probable']]);
    expect(q.shortestLiveDeadline).toMatchObject({ period: '3 mois', basis: 'Loi 29 juillet 1881 art. 65', expiresOn: '2027-01-01' });
    expect(firstStep(q)).toBe('constat-commissaire');
    expect(q.steps.find((s) => s.id === 'signalement-plateforme')?.categories).toContain('Grossièretés / contenu grossier');
  });

  it('a discriminatory insult is injure in its art. 33 al. 3–4 form with a one-year limit instead of three months', () => {
    const { q } = play({ 'propos-injurieux': 'yes', 'motif-discriminatoire': 'yes' });
    expect(q.labels[0].variants.map((v) => v.id)).toEqual(['injure-discriminatoire']);
    expect(q.deadlines.map((d) => d.period)).toEqual(['1 an']);
    expect(q.shortestLiveDeadline).toMatchObject({ expiresOn: '2027-10-01', basis: 'Loi 29 juillet 1881 art. 65-3' });
  });

  it('a discriminatory defamation also runs for one year (art. 32 al. 2–3, art. 65-3)', () => {
    const { q } = play({ 'fait-precis': 'yes', 'motif-discriminatoire': 'yes' });
    expect(q.labels[0].sources).toContain('Loi 29 juillet 1881 art. 32 al. 2–3');
    expect(q.shortestLiveDeadline?.expiresOn).toBe('2027-10-01');
  });

  it('« je ne sais pas » on the precise fact leaves diffamation « à vérifier » with that question, and no deadline', () => {
    const { q } = play({ 'fait-precis': 'unknown' });
    expect(labelsOf(q)).toEqual([]);
    expect(q.toVerify).toEqual([expect.objectContaining({ label: 'diffamation', question: 'fait-precis' })]);
    expect(q.deadlines).toEqual([]);
  });

  it('« je ne sais pas » on whether the insult is tied to the fact leaves injure « à vérifier », settled by that question', () => {
    const { q } = play({ 'fait-precis': 'yes', 'propos-injurieux': 'yes', 'injure-liee-au-fait': 'unknown' });
    expect(labelsOf(q)).toEqual([['diffamation', 'probable']]);
    expect(q.toVerify).toMatchObject([{ label: 'injure', question: 'injure-liee-au-fait' }]);
  });

  it('the trace of a diffamation shows the fact, the answer and art. 29', () => {
    const { q } = play({ 'fait-precis': 'yes' });
    expect(q.labels[0].trace).toContainEqual({ fact: 'fait-precis', answer: 'yes', article: 'Loi 29 juillet 1881 art. 29 al. 1 et 32 al. 1' });
  });
});

describe('dénigrement', () => {
  it('an excessive attack on the services (« cabinet sale, hygiène douteuse ») is possible dénigrement, 5 years', () => {
    const { q } = play({ 'attaque-services': 'yes' });
    expect(labelsOf(q)).toEqual([['denigrement', 'possible']]);
    expect(q.shortestLiveDeadline).toMatchObject({ period: '5 ans', basis: 'C. civ. art. 2224', expiresOn: '2031-10-01' });
    expect(firstStep(q)).toBe('signalement-plateforme');
    expect(q.steps[0].categories).toContain("Conflit d'intérêts");
  });

  it('a review by a competitor who was never a patient is probable dénigrement', () => {
    const { q } = play({ 'attaque-services': 'yes', 'auteur-non-patient': 'yes' });
    expect(labelsOf(q)).toEqual([['denigrement', 'probable']]);
  });

  it('attacking the services while accusing the person keeps press law in front (diffamation first, 3 months)', () => {
    const { q } = play({ 'fait-precis': 'yes', 'attaque-services': 'yes' });
    expect(q.labels.map((l) => l.label)).toEqual(['diffamation', 'denigrement']);
    expect(q.shortestLiveDeadline?.period).toBe('3 mois');
    expect(q.labels[1].note?.fr).toMatch(/12 juillet 2000/);
  });

  it('coordinated fake reviews give dénigrement and a cyber-harassment flag, with a constat', () => {
    const { q } = play({ 'avis-coordonnes': 'yes', 'auteur-non-patient': 'yes' });
    expect(labelsOf(q)).toEqual([['denigrement', 'probable']]);
    expect(q.flags.map((f) => f.flag)).toEqual(['avis-coordonnes']);
    expect(q.steps.map((s) => s.id)).toContain('constat-commissaire');
    expect(firstStep(q)).toBe('signalement-plateforme');
  });

  it('dénigrement is unlawful content, so the advice is not to reply publicly and no public reply is drafted (docs/legal/code-sante-publique.md#reponse-publique)', () => {
    const { q } = play({ 'attaque-services': 'yes' });
    expect(q.steps.map((s) => s.id)).toContain('ne-pas-repondre');
    expect(q.steps.map((s) => s.id)).not.toContain('reponse-publique');
  });
});

describe('private life and image', () => {
  it('« sa femme l’a quitté » is probable invasion of privacy, 5 years civil, reported as personal information', () => {
    const { q } = play({ 'vie-privee-revelee': 'yes' });
    expect(labelsOf(q)).toEqual([['vie-privee', 'probable']]);
    expect(q.deadlines.map((d) => d.period)).toEqual(['5 ans']);
    expect(firstStep(q)).toBe('constat-commissaire');
    expect(q.steps.find((s) => s.id === 'signalement-plateforme')?.categories).toEqual(['Informations personnelles']);
    expect(q.steps.map((s) => s.id)).not.toContain('plainte-police');
  });

  it('the doctor’s home address adds art. 223-1-1: a 6-year criminal period and a police complaint, after the evidence, insurer and lawyer', () => {
    const { q } = play({ 'adresse-personnelle': 'yes' });
    expect(q.labels[0].variants.map((v) => v.id)).toEqual(['mise-en-danger-223-1-1']);
    expect(q.deadlines.map((d) => d.period)).toEqual(['5 ans', '6 ans']);
    expect(q.shortestLiveDeadline?.expiresOn).toBe('2031-10-01');
    expect(q.steps.slice(0, 5).map((s) => s.id)).toEqual(['constat-commissaire', 'declaration-assureur', 'avocat', 'plainte-police', 'signalement-plateforme']);
  });

  it('a photo taken in the waiting room is image rights; whether it is a private place is for a lawyer', () => {
    const { q } = play({ 'image-publiee': 'yes', 'image-lieu-prive': 'unknown' });
    expect(labelsOf(q)).toEqual([['droit-image', 'probable']]);
    expect(q.labels[0].variants).toMatchObject([{ id: 'captation-lieu-prive', toConfirm: true }]);
    expect(q.deadlines.map((d) => [d.period, d.toConfirm])).toEqual([['5 ans', false], ['6 ans', true]]);
    expect(firstStep(q)).toBe('constat-commissaire');
    expect(q.steps.map((s) => s.id)).not.toContain('plainte-police');
  });

  it('a consultation filmed secretly adds art. 226-1 and 226-2 and a police complaint', () => {
    const { q } = play({ 'image-publiee': 'yes', 'image-lieu-prive': 'yes' });
    expect(q.labels[0].sources).toEqual(expect.arrayContaining(['C. pén. art. 226-1 2°', 'C. pén. art. 226-2']));
    expect(q.steps.map((s) => s.id)).toContain('plainte-police');
  });

  it('an AI montage of the doctor is image rights with art. 226-8', () => {
    const { q } = play({ 'image-publiee': 'yes', 'image-montage': 'yes' });
    expect(q.labels[0].variants.map((v) => v.id)).toEqual(['montage-ia']);
    expect(q.labels[0].sources).toContain('C. pén. art. 226-8');
    expect(q.shortestLiveDeadline?.period).toBe('5 ans');
    expect(firstStep(q)).toBe('constat-commissaire');
    expect(q.steps.map((s) => s.id)).toContain('plainte-police');
  });
});

describe('threats, incitement and danger', () => {
  it('« rembourse-moi ou tu le regretteras » is probable threats, 6 years, police complaint first, no public reply', () => {
    const { q } = play({ menace: 'yes' });
    expect(labelsOf(q)).toEqual([['menaces', 'probable']]);
    expect(q.shortestLiveDeadline).toMatchObject({ period: '6 ans', basis: 'C. proc. pén. art. 8', expiresOn: '2032-10-01' });
    expect(firstStep(q)).toBe('plainte-police');
    expect(q.steps[0].urgent).toBe(true);
    expect(q.steps.map((s) => s.id)).toEqual(expect.arrayContaining(['ne-pas-repondre', 'informer-cdom']));
  });

  it('an immediate danger puts « call 17/112 » before anything else', () => {
    const { q } = play({ 'danger-immediat': 'yes', menace: 'yes' });
    expect(q.flags.map((f) => f.flag)).toContain('danger-immediat');
    expect(firstStep(q)).toBe('appel-17-112');
    expect(q.steps[1].id).toBe('plainte-police');
  });

  it('the immediate-danger flag rests on the decision tree’s Q0 alone and does not cite C. pén. art. 223-6 (failure to assist, which is not the doctor’s case)', () => {
    const { q } = play({ 'danger-immediat': 'yes', menace: 'yes' });
    const danger = q.flags.find((f) => f.flag === 'danger-immediat')!;
    expect(danger.trace).toEqual([{ fact: 'danger-immediat', answer: 'yes', article: 'docs/legal/procedure.md#decision-tree-q0' }]);
    expect(JSON.stringify(danger)).not.toContain('223-6');
  });

  it('incitement to hatred says the art. 24 paragraph numbers (al. 7–8, formerly 8–9) are to be confirmed with a lawyer before printing', () => {
    const { q } = play({ 'appel-lecteurs': 'yes', 'motif-discriminatoire': 'yes' });
    expect(q.labels[0].label).toBe('provocation-haine');
    expect(q.labels[0].note?.fr).toMatch(/al\. 7–8, anciennement 8–9.*à confirmer avec un avocat/);
  });

  it('a threat tied to the doctor’s religion cites art. 222-18-1', () => {
    const { q } = play({ menace: 'yes', 'motif-discriminatoire': 'yes' });
    expect(q.labels[0].sources).toContain('C. pén. art. 222-18-1');
  });

  it('« je ne sais pas » on the threat question raises no threat and no complaint, but keeps the evidence and sends to a lawyer', () => {
    const { q } = play({ menace: 'unknown' });
    expect(labelsOf(q)).toEqual([]);
    expect(q.toVerify).toMatchObject([{ label: 'menaces', question: 'menace' }]);
    expect(q.steps.map((s) => s.id)).toEqual(['constat-commissaire', 'avocat', 'ne-pas-repondre']);
  });

  it('« quelqu’un devrait lui régler son compte » is incitement to violence, 3 months, with PHAROS', () => {
    const { q } = play({ 'appel-lecteurs': 'yes', 'appel-violence': 'yes' });
    expect(labelsOf(q)).toEqual([['provocation-violence', 'probable']]);
    expect(q.shortestLiveDeadline).toMatchObject({ period: '3 mois', expiresOn: '2027-01-01' });
    expect(firstStep(q)).toBe('constat-commissaire');
    expect(q.steps.map((s) => s.id)).toContain('pharos');
  });

  it('a discriminatory call to violence is incitement to hatred (1 year), not art. 24 al. 1', () => {
    const { q } = play({ 'appel-lecteurs': 'yes', 'appel-violence': 'yes', 'motif-discriminatoire': 'yes' });
    expect(labelsOf(q)).toEqual([['provocation-haine', 'probable']]);
    expect(q.shortestLiveDeadline?.expiresOn).toBe('2027-10-01');
    expect(q.steps.find((s) => s.id === 'signalement-plateforme')?.categories).toContain('Discrimination ou incitation à la haine');
  });

  it('a threat and an insult together give both labels; the insult’s 3 months come first', () => {
    const { q } = play({ menace: 'yes', 'propos-injurieux': 'yes' });
    expect(q.labels.map((l) => l.label)).toEqual(['menaces', 'injure']);
    expect(q.shortestLiveDeadline?.label).toBe('injure');
    expect(firstStep(q)).toBe('plainte-police');
  });

  it('« on sait où il habite, 12 rue des Lilas » is both a threat and the home address', () => {
    const { q } = play({ menace: 'yes', 'adresse-personnelle': 'yes' });
    expect(q.labels.map((l) => l.label)).toEqual(['menaces', 'vie-privee']);
    expect(q.shortestLiveDeadline).toMatchObject({ label: 'vie-privee', period: '5 ans' });
    expect(firstStep(q)).toBe('plainte-police');
  });
});
