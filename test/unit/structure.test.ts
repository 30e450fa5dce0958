// Structure rules a reviewer would otherwise check by hand: locales complete in both languages, runtimes that do
// not import each other, a domain that knows no browser extension API, and no HTML built from strings.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layeringViolations } from './structure-rules';
import { ERROR_CODES } from '../../src/shared/errors';

const ROOT = join(import.meta.dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((f) => {
    const p = join(dir, f);
    return statSync(join(ROOT, p)).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) && !/\.test\.ts$|generated/.test(f) ? [p] : [];
  });
const src = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const imports = (p: string) => [...src(p).matchAll(/from '([^']+)'/g)].map((m) => m[1]);

describe('project structure', () => {
  it('has every user-facing message in French and in English, with the same placeholders', () => {
    const fr = JSON.parse(src('_locales/fr/messages.json'));
    const en = JSON.parse(src('_locales/en/messages.json'));
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const k of Object.keys(fr)) expect(Object.keys(en[k].placeholders ?? {}), k).toEqual(Object.keys(fr[k].placeholders ?? {}));
  });

  it('defines every message key the pages ask for', () => {
    const fr = JSON.parse(src('_locales/fr/messages.json'));
    const used = new Set<string>();
    for (const f of files('src/ui')) for (const m of src(f).matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(m[1]);
    const missing = [...used].filter((k) => !(k in fr));
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(40);
  });

  it('keeps runtimes from importing each other (content, background, ui talk through messaging only)', () => {
    const runtimes = ['content', 'background', 'ui'];
    for (const rt of runtimes) {
      for (const f of files(`src/${rt}`)) {
        for (const i of imports(f)) {
          const other = runtimes.find((o) => o !== rt && new RegExp(`(^|/)\\.\\./(\\.\\./)*${o}/`).test(i));
          expect(other, `${relative(ROOT, f)} imports ${i}`).toBeUndefined();
        }
      }
    }
  });

  it('keeps the domain free of extension APIs so it runs the same in Node tests', () => {
    for (const dir of ['src/adapters', 'src/legal', 'src/evidence', 'src/shared']) {
      for (const f of files(dir)) {
        expect(imports(f), f).not.toContain('webextension-polyfill');
        expect(src(f), f).not.toMatch(/\bchrome\.(runtime|tabs|storage|downloads)\b/);
      }
    }
  });

  it('words every error code in French and in English, with one placeholder per parameter', () => {
    for (const lang of ['fr', 'en']) {
      const m = JSON.parse(src(`_locales/${lang}/messages.json`));
      for (const [code, params] of Object.entries(ERROR_CODES)) {
        const entry = m[`err_${code}`];
        expect(entry, `${lang} err_${code}`).toBeDefined();
        expect(Object.values(entry.placeholders ?? {}).map((p) => (p as { content: string }).content), `${lang} err_${code}`).toEqual(params.map((_, i) => `$${i + 1}`));
      }
    }
  });

  it('keeps one writer: pages never import the store writer nor open readwrite transactions, the domain never imports messaging', () => {
    const all = files('src');
    expect(all.length).toBeGreaterThan(100);
    const violations = all.flatMap((f) => layeringViolations(f, src(f)));
    expect(violations).toEqual([]);
    // The rules do look at the files that matter (a renamed folder would otherwise make them vacuous).
    expect(all).toEqual(expect.arrayContaining(['src/ui/manager/export.ts', 'src/evidence/store-read.ts', 'src/evidence/store.ts', 'src/content/index.ts']));
  });

  it('never builds HTML from strings or runs strings as code in extension code', () => {
    for (const f of files('src')) {
      expect(src(f), f).not.toMatch(/\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|\beval\(|new Function\(/);
    }
  });
});
