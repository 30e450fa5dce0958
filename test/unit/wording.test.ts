// Plain words for the doctor (issue 11): a count takes a real plural (« 1 pièce », « 2 pièces »), never « pièce(s) »,
// in every message of both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the wording of the messages', () => {
  for (const lang of ['fr', 'en']) {
    it(`has no « (s) », « (x) » or « (es) » plural in any ${lang} message`, () => {
      const messages = JSON.parse(readFileSync(`_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
      const faults = Object.entries(messages).filter(([, m]) => /\p{L}\((s|x|es)\)/u.test(m.message)).map(([k, m]) => `${k}: ${m.message}`);
      expect(faults).toEqual([]);
    });
  }
});
