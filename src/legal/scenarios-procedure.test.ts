// Scenarios, continued: deadlines and procedure (docs/legal/procedure.md#prescription, docs/legal/procedure.md#decision-tree-always-afterwards). Published on 1 Oct 2026 unless said
// otherwise; today is 26 Nov 2026.
import { describe, expect, it } from 'vitest';
import { firstStep, play, review } from '../../test/fixtures/legal/scenario';
import { qualify } from './engine';
import { questionFor } from './questions';

describe('deadlines', () => {
  it('an expired three-month deadline next to a live five-year one: the live one is the shortest', () => {
    const { q } = play({ 'propos-injurieux': 'yes', 'attaque-services': 'yes' }, { earliest: '2026-06-01' });
    const injure = q.deadlines.find((d) => d.label === 'injure')!;
    expect(injure).toMatchObject({ expiresOn: '2026-09-01', expired: true, warning: false });
    expect(q.shortestLiveDeadline).toMatchObject({ label: 'denigrement', expiresOn: '2031-06-01', expired: false });
    expect(firstStep(q)).toBe('constat-commissaire');
  });

  it('fewer than 30 days left raises a warning and makes the constat, lawyer and insurer urgent', () => {
    const { q } = play({ 'fait-precis': 'yes' }, { earliest: '2026-09-10' });
    expect(q.shortestLiveDeadline).toMatchObject({ expiresOn: '2026-12-10', daysLeft: 14, warning: true });
    expect(q.steps.filter((s) => s.urgent).map((s) => s.id)).toEqual(['constat-commissaire', 'declaration-assureur', 'avocat']);
  });

  it('the exact first-publication date given by the doctor replaces the earliest possible date', () => {
    const { q } = play({ 'fait-precis': 'yes' }, { earliest: '2026-09-01', exactPublicationDate: '2026-10-15' });
    expect(q.shortestLiveDeadline).toMatchObject({ startsOn: '2026-10-15', expiresOn: '2027-01-15' });
  });

  it('without any publication date the deadline is shown as unknown, with a warning, and none is « shortest »', () => {
    const { q } = play({ 'fait-precis': 'yes' }, { publishedRange: undefined });
    expect(q.deadlines).toMatchObject([{ label: 'diffamation', period: '3 mois', startsOn: null, expiresOn: null, daysLeft: null, warning: true }]);
    expect(q.shortestLiveDeadline).toBeUndefined();
  });

  it('an edited review is flagged and its press-law deadline says the period may reopen (lawyer to confirm)', () => {
    const { answers } = play({ 'propos-injurieux': 'yes' });
    const q = qualify({ answers, review: review('Un nullard.', { edited: true }), today: '2026-11-26' });
    expect(q.flags.map((f) => f.flag)).toContain('avis-modifie');
    expect(q.shortestLiveDeadline).toMatchObject({ startsOn: '2026-09-26', expiresOn: '2026-12-26' });
    expect(q.shortestLiveDeadline?.note?.fr).toMatch(/votre avocat confirmera si la nouvelle rédaction rouvre le délai/i);
  });
});

describe('procedure: author, right of reply, listing, insurer', () => {
  it('on a site without a reply function the right of reply is offered, with its own 3-month window', () => {
    const { q } = play({ 'vie-privee-revelee': 'yes' }, { siteHasDirectReply: false });
    expect(q.steps.map((s) => s.id)).toContain('droit-de-reponse');
    expect(q.deadlines.find((d) => d.label === 'droit-de-reponse')).toMatchObject({ period: '3 mois', expiresOn: '2027-01-01' });
    expect(q.shortestLiveDeadline?.label).toBe('droit-de-reponse');
  });

  it('on Google, where the owner can reply, the formal right of reply is not offered', () => {
    const { q } = play({ 'vie-privee-revelee': 'yes' }, { siteHasDirectReply: true });
    expect(q.steps.map((s) => s.id)).not.toContain('droit-de-reponse');
    expect(q.deadlines.map((d) => d.label)).not.toContain('droit-de-reponse');
  });

  it('lawful criticism on a site without a reply function still opens the right of reply: T3 applies whatever the label, no harm is required', () => {
    const { q } = play({}, { siteHasDirectReply: false });
    expect(q.labels.map((l) => l.label)).toEqual(['non-illicite']);
    expect(q.deadlines.map((d) => d.label)).toEqual(['droit-de-reponse']);
    expect(q.steps.map((s) => s.id)).toContain('droit-de-reponse');
  });

  it('the right-of-reply question asks whether the doctor can reply (a listing not claimed cannot) and says the lawyer will confirm the Google point', () => {
    const help = questionFor('reponse-directe-possible').help;
    expect(questionFor('reponse-directe-possible').prompt.fr).toMatch(/Pouvez-vous répondre vous-même/);
    expect(help.fr).toMatch(/LCEN art\. 1-1/);
    expect(help.fr).toMatch(/pas revendiqué la fiche, répondez Non/);
    expect(help.fr).toMatch(/votre avocat confirmera/);
    expect(help.en).toMatch(/your lawyer will confirm/);
  });

  it('the DSA notice step warns, in a plain sentence, not to notify facts the doctor does not know to be accurate', () => {
    const step = play({ 'fait-precis': 'yes' }).q.steps.find((s) => s.id === 'notification-dsa')!;
    expect(step.text.fr).toMatch(/N’y affirmez que des faits que vous savez exacts/);
    expect(step.text.fr).not.toMatch(/à confirmer|texte applicable/);
    expect(step.text.en).not.toMatch(/to be confirmed/);
  });

  it('a known author opens the mise en demeure; an anonymous one does not', () => {
    expect(play({ 'propos-injurieux': 'yes', 'auteur-identifie': 'yes' }).q.steps.map((s) => s.id)).toContain('mise-en-demeure');
    expect(play({ 'propos-injurieux': 'yes', 'auteur-identifie': 'no' }).q.steps.map((s) => s.id)).not.toContain('mise-en-demeure');
  });

  it('a listing created without consent adds the GDPR objection, then the CNIL, even for a lawful review', () => {
    const { q } = play({ 'fiche-sans-consentement': 'yes' });
    expect(q.labels.map((l) => l.label)).toEqual(['non-illicite']);
    expect(q.flags.map((f) => f.flag)).toEqual(['fiche-sans-consentement']);
    expect(q.steps.map((s) => s.id)).toEqual(['opposition-rgpd', 'plainte-cnil', 'avocat', 'reponse-publique']);
  });

  it('the listing flag presents CA Chambéry 2025 as a favourable but isolated precedent, to be confirmed with a lawyer', () => {
    const flag = play({ 'fiche-sans-consentement': 'yes' }).q.flags[0];
    expect(flag.note.fr).toMatch(/précédent favorable mais isolé/);
    expect(flag.note.fr).toMatch(/à confirmer avec un avocat/);
  });

  it('every unlawful label asks to declare the claim to the insurer', () => {
    for (const script of [{ menace: 'yes' }, { 'fait-precis': 'yes' }, { 'image-publiee': 'yes' }, { 'attaque-services': 'yes' }] as const) {
      expect(play(script).q.steps.map((s) => s.id)).toContain('declaration-assureur');
    }
  });

  it('no label is ever "certain": strengths are probable, possible or to be confirmed by a lawyer', () => {
    const scripts = [{}, { menace: 'yes' }, { 'terme-infraction': 'yes' }, { 'fait-precis': 'unknown' }, { 'attaque-services': 'yes' }] as const;
    for (const s of scripts) for (const l of play(s).q.labels) expect(['probable', 'possible', 'a-confirmer-avocat']).toContain(l.strength);
  });

  it('the qualification records the ruleset version it was computed with', () => {
    expect(play({}).q.rulesetVersion).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
  });
});
