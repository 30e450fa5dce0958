// Letters sent to the other side stand on their own: what a lawyer reading as the other side would check.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { play, review } from '../../../test/fixtures/legal/scenario';
import type { DoctorProfile, Lang } from '../../shared/types';
import type { AnswerValue, FactId, Qualification } from '../types';
import { draftKindsFor, draftText, OUTGOING_KINDS, renderDraft } from './index';
import type { DraftContext } from './types';

const profile: DoctorProfile = {
  civility: 'Dr', firstName: 'Martin', lastName: 'Dupont', title: 'médecin généraliste', specialty: 'médecine générale', rpps: '10101010101',
  practiceName: 'Cabinet du Dr Dupont', address: '3 place de la Mairie', postalCode: '69001', city: 'Lyon',
  email: 'cabinet.dupont@example.fr', phone: '04 78 00 00 00', insurer: 'MACSF', insurancePolicy: 'PJ-123456',
};
const URL = 'https://www.google.com/maps/reviews/data=!4m8!14m7!1m6!2m5!1sChdDSUhN';
// The review itself hedges: quoting it is fine, only the letter's own words must not.
const TEXT = 'Il facture des actes jamais réalisés, probablement un escroc. Je vais te retrouver.';
const EXHIBIT_ID = '3f6c1e2a-9b7d-4c5e-8a1f-0d2b4c6e8f10';
const BAG = 'avise-case-2026-0042-0123456789ab';
const FP = { short: '9f86d081884c7d65', full: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' };
const langs: Lang[] = ['fr', 'en'];
const kinds = [...OUTGOING_KINDS];
/** The documents that quote the review (the hedging in the quote is the author's, not the letter's). */
const QUOTING = new Set<string>(['notification-dsa', 'retrait-google', 'signalement-plateforme', 'mise-en-demeure', 'droit-de-reponse', 'plainte-menaces', 'declaration-cdom']);
const cases = kinds.flatMap((k) => langs.map((l) => [k, l] as const));

const script: Partial<Record<FactId, AnswerValue>> = { menace: 'yes', 'fait-precis': 'yes', 'propos-injurieux': 'yes', 'auteur-identifie': 'yes' };
const q0 = play(script).q;

/** Everything filled: profile, recipient, and the facts only the doctor can give. */
function full(extra: Partial<DraftContext> = {}): DraftContext {
  return {
    profile, review: review(TEXT), source: { url: URL, title: 'Google Maps', placeName: 'Dr Martin Dupont' },
    exhibitId: EXHIBIT_ID, bundleRef: BAG, qualification: q0, today: '2026-11-26',
    recipient: { civility: 'Mme', name: 'Sophie Durand', address: '1 rue des Lilas, 69002 Lyon' },
    replyText: 'Le Dr Dupont conteste ces allégations.', discoveredOn: '2026-11-20', stepsTaken: 'Signalement Google le 21 novembre 2026',
    harm: 'Annulations de rendez-vous', gdprRequestOn: '2026-10-01', ...extra,
  };
}

/** The letter's own words: quotations of the review (« … » or "…") removed. */
const ownWords = (s: string) => s.replace(/«[^»]*»/g, '«»').replace(/"[^"]*"/g, '""');
const HEDGE = /\b(probables?|possibles?|probablement|pourrai(en)?t|semblen?t|paraî?t|paraissent|likely|possibly|might)\b|à confirmer|à vérifier|susceptibles? de|pré-qualification|may constitute|to be confirmed|pre-qualification|appears? to/i;
const PLACEHOLDER = /\[[A-ZÀ-Ý'’ .()/-]{4,}\]/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe('every outgoing document stands on its own', () => {
  it.each(cases)('%s [%s] states the law without hedging, outside the quoted review', (kind, lang) => {
    const d = renderDraft(kind, lang, full());
    if (QUOTING.has(kind)) expect(d.body).toContain(TEXT);
    expect(ownWords(`${d.title}\n${d.body}`)).not.toMatch(HEDGE);
  });

  it.each(cases)('%s [%s] states the date of first publication', (kind, lang) => {
    expect(renderDraft(kind, lang, full()).body).toMatch(lang === 'fr' ? /publié le 1er octobre 2026/ : /published on 1 October 2026/);
  });

  it.each(cases)('%s [%s] ends with a signature block: name, title, RPPS, city and date, « Signature »', (kind, lang) => {
    expect(renderDraft(kind, lang, full()).body).toMatch(
      lang === 'fr'
        ? /Fait à Lyon, le 26 novembre 2026\n\nDocteur Martin Dupont\nmédecin généraliste\nRPPS 10101010101\n(cabinet\.dupont@example\.fr\n)?\nSignature :$/
        : /Lyon, 26 November 2026\n\nDr Martin Dupont\nmédecin généraliste\nRPPS 10101010101\n(cabinet\.dupont@example\.fr\n)?\nSignature:$/,
    );
  });

  it.each(cases)('%s [%s] says where and how to send it, in a note kept out of the letter', (kind, lang) => {
    const d = renderDraft(kind, lang, full());
    expect(d.howToSend.length).toBeGreaterThan(40);
    expect(d.body).not.toContain(d.howToSend);
    const txt = draftText(d);
    expect(txt.indexOf(d.howToSend)).toBeLessThan(txt.indexOf(d.body));
    expect(txt).toMatch(lang === 'fr' ? /Comment l’envoyer \(note pour vous, ne fait pas partie du document\)/ : /How to send it \(a note for you, not part of the document\)/);
  });

  it.each(cases)('%s [%s] leaves no placeholder when the profile, the recipient and the doctor’s facts are filled', (kind, lang) => {
    const d = renderDraft(kind, lang, full());
    expect(d.missing).toEqual([]);
    expect(`${d.title}\n${d.body}\n${d.howToSend}`).not.toMatch(PLACEHOLDER);
  });

  it.each(cases)('%s [%s] shows no internal id: no exhibit UUID, case id, bundle folder or hashed review id', (kind, lang) => {
    const d = renderDraft(kind, lang, full({ review: review(TEXT, { id: 'h:5e884898da28047151d0e56f8dc6292773603d0d' }) }));
    const all = `${d.title}\n${d.body}\n${d.howToSend}`;
    for (const id of [EXHIBIT_ID, BAG, 'case-2026-0042', 'h:5e88', '5e884898da28']) expect(all).not.toContain(id);
    expect(all).not.toMatch(UUID);
  });

  it.each(cases)('%s [%s] cites the evidence bundle’s fingerprint when given, else a dated capture', (kind, lang) => {
    const withFp = renderDraft(kind, lang, full({ bundleFingerprint: FP })).body;
    expect(withFp).toContain(FP.full);
    expect(withFp).toMatch(lang === 'fr' ? /Dossier de preuve : capture datée conservée, empreinte SHA-256 9f86d081884c7d65/ : /Evidence file: dated capture kept, SHA-256 fingerprint 9f86d081884c7d65/);
    const without = renderDraft(kind, lang, full()).body;
    expect(without).toMatch(lang === 'fr' ? /Une capture datée de ce contenu a été conservée\./ : /A dated capture of this content has been kept\./);
    expect(without).not.toMatch(/SHA-256|empreinte|fingerprint/);
  });

  it.each(cases)('%s [%s] keeps a review containing {{doctorName}} verbatim', (kind, lang) => {
    const hostile = 'Escroc {{doctorName}} {{evidence}} <img src=x onerror=alert(1)>';
    const d = renderDraft(kind, lang, full({ review: review(hostile), passages: undefined }));
    if (QUOTING.has(kind)) expect(d.body).toContain(hostile);
    // Nowhere else does « {{ » appear: the template's own fields were all replaced, the review's never were.
    expect(d.body.replaceAll(hostile, '')).not.toContain('{{');
  });
});

describe('dates as known', () => {
  it.each(langs)('without an exact date, the letter says « published no earlier than » the range’s earliest date [%s]', (lang) => {
    const q = play(script, { publishedRange: { earliest: '2026-09-26', latest: '2026-10-26' } }).q;
    expect(renderDraft('mise-en-demeure', lang, full({ qualification: q })).body).toContain(lang === 'fr' ? 'publié au plus tôt le 26 septembre 2026' : 'published no earlier than 26 September 2026');
  });
  it.each(langs)('with the exact date the doctor gave, the letter says « published on » that date [%s]', (lang) => {
    const q = play(script, { publishedRange: { earliest: '2026-09-26', latest: '2026-10-26' } }).q;
    const b = renderDraft('notification-dsa', lang, full({ qualification: q, exactPublicationDate: '2026-10-15' })).body;
    expect(b).toContain(lang === 'fr' ? 'publié le 15 octobre 2026' : 'published on 15 October 2026');
    expect(b).not.toMatch(/au plus tôt|no earlier than/);
  });
  it.each(langs)('an edit date is stated where there is one [%s]', (lang) => {
    const r = { ...review(TEXT, { edited: true }), editedRange: { earliest: '2026-11-03', latest: '2026-11-03' } };
    expect(renderDraft('plainte-menaces', lang, full({ review: r })).body).toContain(lang === 'fr' ? 'publié le 1er octobre 2026, modifié le 3 novembre 2026' : 'published on 1 October 2026, edited on 3 November 2026');
  });
});

describe('only the labels that hold, never two that contradict', () => {
  it.each(langs)('injure and diffamation for the same words: the letter states the diffamation only [%s]', (lang) => {
    for (const s of [{ 'fait-precis': 'yes', 'propos-injurieux': 'yes' }, { 'terme-infraction': 'yes' }] as const) {
      const b = renderDraft('notification-dsa', lang, full({ qualification: play(s).q })).body;
      expect(b).toContain(lang === 'fr' ? 'Diffamation publique envers un particulier' : 'Public defamation of a private person');
      expect(b).not.toMatch(/art\. 33 al\. 2|art\. 29 al\. 2|33 para\. 2|injure publique|public insult/i);
    }
  });
  it.each(langs)('a pending or « à vérifier » label is not stated [%s]', (lang) => {
    const q = play({ menace: 'yes', 'propos-injurieux': 'yes' }).q;
    const pending: Qualification = { ...q, pending: ['injure'] };
    const toVerify: Qualification = { ...q, toVerify: [{ label: 'injure', title: { fr: 'Injure', en: 'Insult' }, question: 'propos-injurieux' }] };
    for (const qq of [pending, toVerify]) expect(renderDraft('plainte-menaces', lang, full({ qualification: qq })).body).not.toMatch(/33 al\. 2|33 para\. 2/);
    expect(renderDraft('plainte-menaces', lang, full({ qualification: q })).body).toMatch(/33 al\. 2|33 para\. 2/);
  });
  it.each(langs)('dénigrement is not stated beside a press-law offence for the same words [%s]', (lang) => {
    const b = renderDraft('notification-dsa', lang, full({ qualification: play({ 'fait-precis': 'yes', 'attaque-services': 'yes' }).q })).body;
    expect(b).not.toContain('1240');
  });
});

describe('the mise en demeure', () => {
  it.each(langs)('names the consequences — référé, citation directe, damages — and sets no money condition [%s]', (lang) => {
    const b = renderDraft('mise-en-demeure', lang, full()).body;
    expect(b).toMatch(/référés?/);
    expect(b).toContain('citation directe');
    expect(b).toMatch(lang === 'fr' ? /dommages et intérêts/ : /damages/);
    expect(b).not.toMatch(/€|\beuros?\b|\bsomme\b|\bpayer\b|\bpay\b|\bamount\b/i);
  });
  it.each(langs)('for dénigrement alone (a civil fault) it does not threaten a criminal citation [%s]', (lang) => {
    const b = renderDraft('mise-en-demeure', lang, full({ qualification: play({ 'attaque-services': 'yes', 'auteur-identifie': 'yes' }).q })).body;
    expect(b).not.toContain('citation directe');
    expect(b).toMatch(/835/);
  });
  it.each([
    ['Mme', 'fr', 'Madame,'], ['Monsieur', 'fr', 'Monsieur,'], [undefined, 'fr', 'Madame, Monsieur,'],
    ['Mme', 'en', 'Dear Madam,'], ['M.', 'en', 'Dear Sir,'], [undefined, 'en', 'Dear Sir or Madam,'],
  ] as const)('the salutation follows the recipient’s civility (%s, %s → %s)', (civility, lang, expected) => {
    const b = renderDraft('mise-en-demeure', lang, full({ recipient: { civility, name: 'Camille Durand', address: '1 rue des Lilas' } })).body;
    expect(b).toContain(`\n${expected}\n`);
  });
});

describe('the complaint and the declaration to the Ordre', () => {
  it.each([
    [{ menace: 'yes' }, 'fr', 'Plainte pour menaces'],
    [{ menace: 'yes', 'propos-injurieux': 'yes' }, 'fr', 'Plainte pour menaces et injure publique'],
    [{ menace: 'yes', 'fait-precis': 'yes' }, 'fr', 'Plainte pour menaces et diffamation publique'],
    [{ menace: 'yes', 'vie-privee-revelee': 'yes' }, 'fr', 'Plainte pour menaces et atteinte à la vie privée'],
    [{ menace: 'yes', 'propos-injurieux': 'yes' }, 'en', 'Complaint for threats and public insult'],
  ] as const)('the complaint is titled by its offences (%j, %s)', (s, lang, title) => {
    const d = renderDraft('plainte-menaces', lang, full({ qualification: play(s).q }));
    expect(d.title).toBe(title);
    expect(d.body).toContain(lang === 'fr' ? `Objet : ${title.replace('Plainte', 'plainte')}` : `Subject: ${title.replace('Complaint', 'complaint')}`);
  });
  it.each(langs)('the complaint does not list dénigrement, a civil fault, among the offences [%s]', (lang) => {
    const d = renderDraft('plainte-menaces', lang, full({ qualification: play({ menace: 'yes', 'attaque-services': 'yes' }).q }));
    expect(d.title).toBe(lang === 'fr' ? 'Plainte pour menaces' : 'Complaint for threats');
    expect(d.body).not.toContain('1240');
  });
  it.each(langs)('the threat complaint states the effect on the doctor’s safety and practice, and is filed against the known author or X [%s]', (lang) => {
    const b = renderDraft('plainte-menaces', lang, full()).body;
    expect(b).toMatch(lang === 'fr' ? /craindre pour ma sécurité .* mon exercice/ : /fear for my safety .* my practice/);
    expect(b).toContain(lang === 'fr' ? 'porter plainte contre Mme Sophie Durand' : 'complaint against Mme Sophie Durand');
    expect(renderDraft('plainte-menaces', lang, full({ recipient: undefined })).body).toContain(lang === 'fr' ? 'contre X' : 'against persons unknown');
  });
  it.each(langs)('the CDOM declaration asks for support, for the council to join as partie civile, and gives the professional address (loi 2025-623) [%s]', (lang) => {
    const d = renderDraft('declaration-cdom', lang, full());
    expect(d.body).toContain('Observatoire de la sécurité des médecins');
    expect(d.body).toMatch(lang === 'fr' ? /soutien du conseil départemental/ : /council's support/);
    expect(d.body).toMatch(/partie civile.*2025-623/);
    expect(d.body).toMatch(lang === 'fr' ? /adresse professionnelle plutôt que mon adresse personnelle/ : /professional address in it rather than my home address/);
    expect(d.howToSend).toMatch(lang === 'fr' ? /conseil départemental de l'Ordre des médecins/ : /departmental council of the Ordre des médecins/);
    const without = renderDraft('declaration-cdom', lang, full({ cdomPartieCivile: false }));
    expect(without.body).not.toContain('partie civile');
    expect(without.missing).toEqual([]);
  });
});

describe('what each document says about sending and time limits', () => {
  it.each(langs)('the Google documents point to Google’s legal removal form [%s]', (lang) => {
    for (const k of ['notification-dsa', 'retrait-google'] as const) expect(renderDraft(k, lang, full()).howToSend).toContain('https://support.google.com/legal/answer/3110420');
  });
  it.each(langs)('the insurer declaration recalls its own time limit (C. assur. L.113-2: the contract’s, not under 5 working days) [%s]', (lang) => {
    const d = renderDraft('declaration-assureur', lang, full());
    expect(d.body).toMatch(lang === 'fr' ? /cinq jours ouvrés \(C\. assur\. art\. L\.113-2 4°\)/ : /five working days \(C\. assur\. art\. L\.113-2 4°\)/);
  });
  it.each(langs)('the complaint goes to the procureur de la République, by LRAR or at the police station [%s]', (lang) => {
    const h = renderDraft('plainte-menaces', lang, full()).howToSend;
    expect(h).toContain('procureur de la République');
    expect(h).toMatch(lang === 'fr' ? /recommandée avec accusé de réception.*commissariat/ : /registered letter.*police station/);
  });
  it.each(langs)('the letter to the commissaire de justice lists the signed « Déclaration de capture » [%s]', (lang) => {
    expect(renderDraft('lettre-commissaire', lang, full()).body).toMatch(lang === 'fr' ? /Pièces jointes :\n- la « Déclaration de capture », signée par mes soins/ : /Attached:\n- the "Capture declaration" \(Déclaration de capture\), signed by me/);
  });
});

describe('templates a lawyer can read', () => {
  const dir = join(__dirname, 'templates');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'define.ts');
  it.each(files)('%s is written with real line breaks, not one-line "\\n" strings', (f) => {
    expect(readFileSync(join(dir, f), 'utf8')).not.toContain('\\n');
  });
  it('every outgoing kind the engine can offer has a template, the new declaration to the Ordre included', () => {
    expect(kinds).toContain('declaration-cdom');
    expect(draftKindsFor(q0)).toEqual(expect.arrayContaining(['plainte-menaces', 'declaration-cdom']));
  });
});
