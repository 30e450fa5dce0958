// Issue 14 §5: every permission is justified in docs/permissions.md, and the CSP lets extension code reach only what
// it contacts. Reads manifest.json (Chrome) and the Firefox manifest derived from it by vite.config.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firefoxManifest, forensicManifest } from '../../vite.config';

const ROOT = join(import.meta.dirname, '../..');
const read = (p: string): string => readFileSync(join(ROOT, p), 'utf8');
const chrome = JSON.parse(read('manifest.json')) as Record<string, unknown>;
const firefox = firefoxManifest(chrome) as Record<string, unknown>;
/** The forensic edition (`npm run build:forensic`): Chrome plus `debugger`, which Chromium grants only at install. */
const forensic = forensicManifest(chrome) as Record<string, unknown>;

const SECTIONS = ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions'] as const;
type Section = (typeof SECTIONS)[number];

/** docs/permissions.md → section → name → justification. */
export function documented(md: string): Record<Section, Map<string, string>> {
  const out = Object.fromEntries(SECTIONS.map((s) => [s, new Map<string, string>()])) as Record<Section, Map<string, string>>;
  let section: Section | undefined;
  for (const line of md.split('\n')) {
    const h = /^##\s+(\S+)/.exec(line);
    if (h) { section = (SECTIONS as readonly string[]).includes(h[1]) ? (h[1] as Section) : undefined; continue; }
    const e = /^- `([^`]+)` — (.*)$/.exec(line);
    if (section && e) out[section].set(e[1], e[2].trim());
  }
  return out;
}

const docs = documented(read('docs/permissions.md'));
const asked = (m: Record<string, unknown>, s: Section): string[] => (m[s] as string[] | undefined) ?? [];

describe('permissions are each justified in docs/permissions.md', () => {
  for (const [name, m] of [['Chrome', chrome], ['Firefox', firefox], ['Chrome forensic edition', forensic]] as const) {
    it(`lists, with a justification, every permission the ${name} manifest asks for`, () => {
      for (const s of SECTIONS) {
        const missing = asked(m, s).filter((p) => !docs[s].get(p));
        expect(missing, `${name} ${s} not justified in docs/permissions.md`).toEqual([]);
      }
    });
  }

  it('lists nothing that neither manifest asks for any more (the page stays true)', () => {
    for (const s of SECTIONS) {
      const used = new Set([...asked(chrome, s), ...asked(firefox, s), ...asked(forensic, s)]);
      expect([...docs[s].keys()].filter((p) => !used.has(p)), s).toEqual([]);
    }
  });

  it('reads the page as a reviewer would: eight permissions (nine in the forensic edition), two optional host permissions, one line each', () => {
    // guards the parser itself: if the format drifted, the checks above would compare against nothing
    expect(docs.permissions.size).toBe(asked(forensic, 'permissions').length);
    expect(asked(forensic, 'permissions').filter((p) => !asked(chrome, 'permissions').includes(p))).toEqual(['debugger']);
    expect(docs.optional_host_permissions.size).toBe(2);
    for (const s of SECTIONS) for (const [p, why] of docs[s]) expect(why.length, `${s} ${p}`).toBeGreaterThan(20);
  });

  it('asks Chrome for no host permission at install, only optional ones the doctor grants per authority', () => {
    expect(asked(chrome, 'host_permissions')).toEqual([]);
    expect(chrome.content_scripts).toBeUndefined(); // injected on demand after a click (activeTab), never declared on sites
    expect(chrome.web_accessible_resources).toBeUndefined(); // no page can detect the extension
  });
});

const csp = (m: Record<string, unknown>): Map<string, string[]> => {
  const policy = (m.content_security_policy as { extension_pages: string }).extension_pages;
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
};

const files = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((f) => {
    const p = join(dir, f);
    return statSync(join(ROOT, p)).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) && !/\.test\.ts$|generated/.test(f) ? [p] : [];
  });

describe('content security policy', () => {
  for (const [name, m] of [['Chrome', chrome], ['Firefox', firefox]] as const) {
    it(`runs only the extension's own scripts in ${name} (no unsafe-eval, no inline, no remote script)`, () => {
      const d = csp(m);
      expect(d.get('script-src')).toEqual(["'self'"]);
      expect(d.get('object-src')).toEqual(["'none'"]);
      expect((m.content_security_policy as { extension_pages: string }).extension_pages).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|\*/);
    });

    it(`lets ${name} extension code connect only to itself and to the timestamp authorities the doctor types in`, () => {
      // Authorities are any origin over HTTPS or HTTP (the default digicert one is HTTP); no websockets, no wildcard.
      expect(csp(m).get('connect-src')).toEqual(["'self'", 'https:', 'http:']);
    });
  }

  it('has a single network call site in the extension: the timestamp request, so connect-src stays justified', () => {
    // fetch() of the extension's own files ('self') is fine anywhere; anything else must go through timestamps.ts.
    const network = (f: string) => read(f).replace(/\bfetch\((?:browser|chrome)\.runtime\.getURL\(/g, '');
    const callers = files('src').filter((f) => /\bfetch\(|XMLHttpRequest|new WebSocket|EventSource|sendBeacon|importScripts/.test(network(f)));
    expect(callers).toEqual(['src/background/timestamps.ts']);
  });
});
