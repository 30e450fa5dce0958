import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDraft } from '../../legal/index';
import { draftDocxBytes } from './draft-docx';
import { draftFileName, draftPlainText, draftTxtBytes, placeholdersIn } from './draft-files';

describe('placeholders left in a draft', () => {
  it('names every placeholder still in the current text, in reading order, once each', () => {
    const text = 'Docteur [NOM DU MÉDECIN]\n[ADRESSE DU CABINET]\nAppelez le [TÉLÉPHONE DU CABINET]. Signé [NOM DU MÉDECIN]';
    expect(placeholdersIn(text)).toEqual(['[NOM DU MÉDECIN]', '[ADRESSE DU CABINET]', '[TÉLÉPHONE DU CABINET]']);
  });

  it('finds none once the doctor has typed the values in place of the brackets', () => {
    const d = renderDraft('reponse-publique', 'fr', { profile: {}, today: '2026-11-30' });
    expect(placeholdersIn(d.body, d.missing, 'fr')).toContain('[TÉLÉPHONE DU CABINET]');
    const filled = d.body.replace('[TÉLÉPHONE DU CABINET]', '01 23 45 67 89').replace(/\[[^\]]*\]/g, 'x');
    expect(placeholdersIn(filled, d.missing, 'fr')).toEqual([]);
  });

  it('finds English placeholders and those of fields with no French/English label', () => {
    expect(placeholdersIn('Dear [RECIPIENT\'S NAME], [fooBar]', ['fooBar'], 'en')).toEqual(["[RECIPIENT'S NAME]", '[fooBar]']);
  });

  it('does not take ordinary brackets in a quoted review for placeholders', () => {
    expect(placeholdersIn('« il m’a […] facturé [sic] » [1]')).toEqual([]);
  });
});

describe('draft files', () => {
  const doc = { title: 'Mise en demeure', body: 'Madame,\n\nJe vous mets en demeure.\nDr Élise Durand\n', note: 'Par lettre recommandée avec accusé de réception.' };

  it('writes the .txt as UTF-8 with a byte-order mark and Windows line ends, accents intact', () => {
    const bytes = draftTxtBytes(doc);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const s = new TextDecoder().decode(bytes.subarray(3));
    expect(s).toContain('Mise en demeure\r\n\r\nMadame,\r\n\r\nJe vous mets en demeure.\r\nDr Élise Durand\r\n');
    expect(s.replace(/\r\n/g, '')).not.toContain('\n');
    expect(s).toContain('Par lettre recommandée avec accusé de réception.\r\n');
  });

  it('keeps the sending note apart from the letter in the plain text', () => {
    const s = draftPlainText(doc);
    expect(s.indexOf('----------')).toBeGreaterThan(s.indexOf('Dr Élise Durand'));
    expect(s.indexOf('Par lettre recommandée')).toBeGreaterThan(s.indexOf('----------'));
    expect(draftPlainText({ title: 'T', body: 'B' })).toBe('T\n\nB\n');
  });

  it('writes a Word document whose paragraphs are the title, each line of the letter, then the note', async () => {
    const bytes = await draftDocxBytes(doc, 'fr');
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a ZIP (Office Open XML)
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file('[Content_Types].xml')).toBeTruthy();
    const xml = await zip.file('word/document.xml')!.async('string');
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''));
    expect(paragraphs.slice(0, 5)).toEqual(['Mise en demeure', 'Madame,', '', 'Je vous mets en demeure.', 'Dr Élise Durand']);
    const note = paragraphs.indexOf('Par lettre recommandée avec accusé de réception.');
    expect(note).toBeGreaterThan(paragraphs.indexOf('Comment l’envoyer'));
    expect(paragraphs.indexOf('Comment l’envoyer')).toBeGreaterThan(4);
  });

  it('escapes hostile text in the Word document instead of letting it become markup', async () => {
    const xml = await (await JSZip.loadAsync(await draftDocxBytes({ title: 'T', body: '</w:t><w:t>x & <b>' }, 'en'))).file('word/document.xml')!.async('string');
    expect(xml).toContain('&lt;/w:t&gt;&lt;w:t&gt;x &amp; &lt;b&gt;');
  });

  it('names the files in ASCII with kind, language and case', () => {
    expect(draftFileName('case-2026-0042', 'mise-en-demeure', 'fr', 'docx')).toBe('mise-en-demeure.fr.case-2026-0042.docx');
    expect(draftFileName('cas é/1', 'x', 'en', 'txt')).toBe('x.en.cas-e-1.txt');
  });
});
