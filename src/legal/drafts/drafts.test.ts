// Drafts: each legally required element is present in both languages; templates are logic-less and share fields.
import { describe, expect, it } from 'vitest';
import { play, review } from '../../../test/fixtures/legal/scenario';
import type { DoctorProfile, Lang } from '../../shared/types';
import { checkSecrecy } from '../secrecy';
import type { DraftKind } from '../types';
import { draftKindsFor, fieldsOf, renderDraft, REPLY_TEMPLATES, TEMPLATES, TONES } from './index';
import type { DraftContext } from './types';

const profile: DoctorProfile = {
  civility: 'Dr', firstName: 'Martin', lastName: 'Dupont', specialty: 'médecine générale', rpps: '10101010101',
  practiceName: 'Cabinet du Dr Dupont', address: '3 place de la Mairie', postalCode: '69001', city: 'Lyon',
  email: 'cabinet.dupont@example.fr', phone: '04 78 00 00 00', insurer: 'MACSF', insurancePolicy: 'PJ-123456',
};
const URL = 'https://www.google.com/maps/reviews/data=!4m8!14m7!1m6!2m5!1sChdDSUhN';
const TEXT = 'Il facture des actes jamais réalisés, un escroc.';
const langs: Lang[] = ['fr', 'en'];

function ctx(extra: Partial<DraftContext> = {}, script = { 'fait-precis': 'yes' } as const): DraftContext {
  return {
    profile, review: review(TEXT), source: { url: URL, title: 'Google Maps', placeName: 'Dr Martin Dupont' },
    exhibitId: 'EX-0007', qualification: play(script).q, today: '2026-11-26', ...extra,
  };
}
const body = (kind: DraftKind, lang: Lang, extra: Partial<DraftContext> = {}) => renderDraft(kind, lang, ctx(extra)).body;

describe('DSA art. 16 notice — the four mandatory elements', () => {
  it.each(langs)('(a) a substantiated explanation of why the content is illegal, citing the article [%s]', (lang) => {
    const b = body('notification-dsa', lang);
    expect(b).toMatch(lang === 'fr' ? /Raisons pour lesquelles ce contenu est illicite/ : /Reasons why this content is illegal/);
    expect(b).toContain('art. 29');
    expect(b).toContain(TEXT);
  });
  it.each(langs)('(b) the exact URL of the content [%s]', (lang) => {
    expect(body('notification-dsa', lang)).toContain(URL);
  });
  it.each(langs)('(c) the notifier’s name and email address [%s]', (lang) => {
    const b = body('notification-dsa', lang);
    expect(b).toContain('Dr Martin Dupont');
    expect(b).toContain('cabinet.dupont@example.fr');
  });
  it.each(langs)('(d) the good-faith statement [%s]', (lang) => {
    expect(body('notification-dsa', lang)).toMatch(
      lang === 'fr' ? /déclare de bonne foi que les informations et les allégations .* sont exactes et complètes/ : /bona fide belief that the information and allegations .* are accurate and complete/,
    );
  });
});

describe('right of reply — décret 2007-1527 mentions', () => {
  const extra = { replyText: 'Le Dr Dupont conteste ces allégations.' };
  it.each(langs)('references of the message, access URL, author name, nature, disputed passages and reply requested [%s]', (lang) => {
    const b = body('droit-de-reponse', lang, extra);
    expect(b).toContain('ChdDSUhNMG9nS0VJQ0FnSUN');
    expect(b).toContain(URL);
    expect(b).toContain('Sophie Durand');
    expect(b).toMatch(lang === 'fr' ? /Nature du message : écrit/ : /Nature of the message: written/);
    expect(b).toContain(TEXT);
    expect(b).toContain('Le Dr Dupont conteste ces allégations.');
  });
  it.each(langs)('is addressed to the publication director by registered letter, with the 200-line limit [%s]', (lang) => {
    const b = body('droit-de-reponse', lang, extra);
    expect(b).toMatch(lang === 'fr' ? /directeur de la publication/ : /publication director/);
    expect(b).toMatch(lang === 'fr' ? /recommandée avec accusé de réception/ : /Registered letter/);
    expect(b).toContain('200');
  });
  it('shows a visible placeholder when the reply text is not written yet', () => {
    const d = renderDraft('droit-de-reponse', 'fr', ctx());
    expect(d.body).toContain('[TEXTE DE LA RÉPONSE DEMANDÉE]');
    expect(d.missing).toContain('replyText');
  });
});

describe('other documents', () => {
  it.each(langs)('mise en demeure: sender, recipient, URL, quotation, the qualification stated with its articles, 8 days [%s]', (lang) => {
    const b = body('mise-en-demeure', lang, { recipient: { civility: 'Mme', name: 'Sophie Durand', address: '1 rue X, Lyon' } });
    for (const s of ['Dr Martin Dupont', 'Mme Sophie Durand', URL, TEXT]) expect(b).toContain(s);
    expect(b).toMatch(lang === 'fr' ? /Ces propos constituent :\n- Diffamation publique envers un particulier \(loi du 29 juillet 1881, art\. 29 al\. 1 et 32 al\. 1\)/ : /These words constitute:\n- Public defamation of a private person \(loi du 29 juillet 1881, art\. 29 para\. 1 and 32 para\. 1\)/);
    expect(b).toMatch(lang === 'fr' ? /huit jours/ : /eight days/);
  });
  it.each(langs)('constat request: URL, review id, what to record, NF Z67-147, the deadline [%s]', (lang) => {
    const b = body('lettre-commissaire', lang);
    for (const s of [URL, 'ChdDSUhNMG9nS0VJQ0FnSUN', 'NF Z67-147']) expect(b).toContain(s);
    expect(b).toMatch(lang === 'fr' ? /texte intégral/ : /full text/);
    expect(b).toMatch(lang === 'fr' ? /1er janvier 2027/ : /1 January 2027/);
  });
  it.each(langs)('insurer declaration: policy, insurer, highlighted deadline and urgency [%s]', (lang) => {
    const b = body('declaration-assureur', lang);
    for (const s of ['MACSF', 'PJ-123456', 'URGENT', 'L.127-2-2']) expect(b).toContain(s);
    expect(b).toMatch(lang === 'fr' ? /DATE LIMITE POUR AGIR : 3 mois/ : /DEADLINE TO ACT: 3 months/);
  });
  it.each(langs)('insurer declaration: date found, steps already taken, author (internal), harm, sent by registered letter or the portal (docs/legal/code-assurances.md#declaration-assureur) [%s]', (lang) => {
    const d = renderDraft('declaration-assureur', lang, ctx({}, { 'fait-precis': 'yes', 'auteur-identifie': 'no' } as never));
    expect(d.missing).toEqual(expect.arrayContaining(['discoveryDate', 'stepsTaken', 'harm']));
    expect(d.body).toMatch(lang === 'fr' ? /Auteur : non identifié \(information interne, couverte par le secret médical\)/ : /Author: not identified \(internal information, covered by medical secrecy\)/);
    expect(d.body).toMatch(lang === 'fr' ? /Lettre recommandée avec accusé de réception \(ou espace de déclaration en ligne/ : /Registered letter .*online claim portal/);
  });
  it.each(langs)('the mise en demeure calls the kept evidence a dated capture, not a « constat » [%s]', (lang) => {
    const b = body('mise-en-demeure', lang, { recipient: { civility: 'Mme', name: 'Sophie Durand', address: '1 rue X, Lyon' } });
    expect(b).not.toMatch(lang === 'fr' ? /constat/i : /record of this content/i);
    expect(b).toMatch(lang === 'fr' ? /Une capture datée de ce contenu a été conservée/ : /A dated capture of this content has been kept/);
  });
  it.each(langs)('no draft calls the doctor’s own capture « scellée » or sealed, which the extension cannot vouch for [%s]', (lang) => {
    for (const kind of Object.keys(TEMPLATES) as DraftKind[]) expect(body(kind, lang), kind).not.toMatch(/scell|sealed/i);
  });
  it.each(langs)('the DSA notice does not itself assert that the illegality is manifest (docs/legal/numerique-dsa-lcen.md#dsa-art-23) [%s]', (lang) => {
    const b = body('notification-dsa', lang);
    expect(b).not.toMatch(lang === 'fr' ? /L'illicéité ressort du texte lui-même/ : /illegality is apparent from the text itself/);
    expect(b).toMatch(lang === 'fr' ? /pour permettre d'apprécier l'illicéité sans examen juridique approfondi/ : /so that the illegality can be assessed without a detailed legal examination/);
  });
  it.each(langs)('the « do not reply » advice for a threat does not put its 6-year deadline under the press law’s art. 65 [%s]', (lang) => {
    const b = renderDraft('conseil-non-reponse', lang, ctx({}, { menace: 'yes' } as never)).body;
    expect(b).toMatch(/6 (ans|years) \(C\. proc\. pén\. art\. 8\)/);
    expect(b).not.toMatch(/(ce délai|this period) \(loi du 29 juillet 1881, art\. 65\)/);
  });
  it.each(langs)('threat complaint: prosecutor, professional address (loi 2025-623), quoted words, art. 222-17 [%s]', (lang) => {
    const b = renderDraft('plainte-menaces', lang, ctx({}, { menace: 'yes' } as never)).body;
    expect(b).toMatch(lang === 'fr' ? /Procureur de la République/ : /Public Prosecutor/);
    expect(b).toContain('2025-623');
    expect(b).toContain('3 place de la Mairie');
    expect(b).toContain('222-17');
  });
  it.each(langs)('GDPR objection: art. 21 and 17, one month, CA Chambéry 2025 [%s]', (lang) => {
    const b = body('opposition-rgpd', lang);
    for (const s of ['art. 21', 'art. 17', '12(3)', '22/01814']) expect(b).toContain(s);
  });
  it.each(langs)('CNIL complaint leaves the date of the GDPR request as a visible placeholder [%s]', (lang) => {
    const d = renderDraft('plainte-cnil', lang, ctx());
    expect(d.body).toContain(lang === 'fr' ? '[DATE DE LA DEMANDE RGPD]' : '[DATE OF THE GDPR REQUEST]');
    expect(d.missing).toEqual(['rgpdDate']);
  });
  it.each(langs)('platform report and Google legal removal carry the category, URL and good faith [%s]', (lang) => {
    const q = play({ 'propos-injurieux': 'yes' }).q;
    expect(renderDraft('signalement-plateforme', lang, ctx({ qualification: q })).body).toContain('Grossièretés / contenu grossier');
    const g = body('retrait-google', lang);
    expect(g).toContain('Google Maps');
    expect(g).toContain(URL);
    expect(g).toMatch(lang === 'fr' ? /de bonne foi/ : /good faith/);
  });
  it.each(langs)('the « do not reply » explanation cites medical secrecy and the qualification, with its confidence for the doctor [%s]', (lang) => {
    const b = body('conseil-non-reponse', lang);
    expect(b).toContain('R.4127-4');
    expect(b).toMatch(lang === 'fr' ? /Diffamation publique .* — probable/ : /Public defamation .* — likely/);
  });
});

describe('public replies are secrecy-safe', () => {
  for (const tone of TONES) {
    it.each(langs)(`the ${tone} reply never confirms a care relationship, names nobody and quotes nothing [%s]`, (lang) => {
      const d = renderDraft('reponse-publique', lang, ctx({ tone }, {} as never));
      const check = checkSecrecy(d.body, lang, { authorNames: ['Sophie Durand'] });
      expect(check.findings).toEqual([]);
      expect(check.policy).toEqual([]);
      expect(d.body).not.toContain(TEXT);
      expect(d.body).toContain('04 78 00 00 00');
    });
  }
});

describe('templates', () => {
  const all = [...Object.entries(TEMPLATES), ...TONES.map((t) => [`reponse-publique/${t}`, REPLY_TEMPLATES[t]] as const)];
  it.each(all.map(([k, t]) => [k, t] as const))('%s: French and English use the same fields', (_k, t) => {
    const fr = new Set([...fieldsOf(t.fr.title), ...fieldsOf(t.fr.body), ...fieldsOf(t.fr.howToSend)]);
    const en = new Set([...fieldsOf(t.en.title), ...fieldsOf(t.en.body), ...fieldsOf(t.en.howToSend)]);
    expect([...fr].sort()).toEqual([...en].sort());
    expect(fr.size).toBeGreaterThan(0);
  });

  it.each(langs)('a missing profile datum shows a visible placeholder, never an invented value [%s]', (lang) => {
    const d = renderDraft('notification-dsa', lang, ctx({ profile: { email: 'x@example.fr' }, source: { url: URL, placeName: 'Cabinet des Lilas' } }));
    expect(d.body).toContain(lang === 'fr' ? '[NOM DU MÉDECIN]' : "[DOCTOR'S NAME]");
    expect(d.body).toContain(lang === 'fr' ? '[ADRESSE DU CABINET]' : '[PRACTICE ADDRESS]');
    expect(d.missing).toEqual(expect.arrayContaining(['doctorName', 'doctorAddress']));
    expect(d.body).not.toContain('Dupont');
  });

  it('review text is inserted as plain text, verbatim, and never re-read as a template', () => {
    const hostile = 'Escroc {{doctorEmail}} <img src=x onerror=alert(1)>';
    const b = renderDraft('notification-dsa', 'fr', ctx({ review: review(hostile) })).body;
    expect(b).toContain(hostile);
  });

  it('a complete context leaves nothing missing in the DSA notice', () => {
    expect(renderDraft('notification-dsa', 'en', ctx()).missing).toEqual([]);
  });
});

describe('which drafts a qualification offers', () => {
  it('lawful criticism offers only the public reply', () => {
    expect(draftKindsFor(play({}).q)).toEqual(['reponse-publique']);
  });
  it('a threat offers the complaint, the declaration to the Ordre and the « do not reply » explanation, never a public reply', () => {
    const k = draftKindsFor(play({ menace: 'yes' }).q);
    expect(k[0]).toBe('plainte-menaces');
    expect(k).toContain('declaration-cdom');
    expect(k).toContain('conseil-non-reponse');
    expect(k).not.toContain('reponse-publique');
  });
  it('diffamation offers the DSA notice and the Google legal form, the insurer and the constat', () => {
    expect(draftKindsFor(play({ 'fait-precis': 'yes' }).q)).toEqual(expect.arrayContaining(['notification-dsa', 'retrait-google', 'lettre-commissaire', 'declaration-assureur']));
  });
  it('the right of reply is offered only where the site has no direct reply; the mise en demeure only with a known author', () => {
    expect(draftKindsFor(play({ 'fait-precis': 'yes' }, { siteHasDirectReply: false }).q)).toContain('droit-de-reponse');
    expect(draftKindsFor(play({ 'fait-precis': 'yes' }, { siteHasDirectReply: true }).q)).not.toContain('droit-de-reponse');
    expect(draftKindsFor(play({ 'fait-precis': 'yes', 'auteur-identifie': 'yes' }).q)).toContain('mise-en-demeure');
    expect(draftKindsFor(play({ 'fait-precis': 'yes' }).q)).not.toContain('mise-en-demeure');
  });
  it('a listing without consent offers the GDPR objection and the CNIL complaint', () => {
    expect(draftKindsFor(play({ 'fiche-sans-consentement': 'yes' }).q)).toEqual(['opposition-rgpd', 'plainte-cnil', 'reponse-publique']);
  });
});
