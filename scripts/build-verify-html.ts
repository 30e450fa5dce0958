// Builds verify.html (offline verifier, inline script and style, no network) from the verifier's sources. It is not
// committed: the bundle writer imports it as the virtual module `virtual:verify-html`, which the Vite plugin below
// provides to the extension build (vite.config.ts) and to the unit tests (vitest.config.ts).
// Deterministic: same sources → same bytes (scripts/build-verify-html.test.ts builds it twice).
//   npm run build:verify-html [-- out.html]     writes it to .tmp/verify.html to look at it
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const VIRTUAL_ID = 'virtual:verify-html';
const RESOLVED = `\0${VIRTUAL_ID}`;
/** The page's script entry; every file it imports is a source of verify.html. */
export const PAGE_ENTRY = join(root, 'src/evidence/verify/page.ts');

/** verify.html for the current verifier sources, and the source files it was built from. */
export async function buildVerifyHtml(): Promise<{ html: string; inputs: string[] }> {
  const res = await build({
    entryPoints: [PAGE_ENTRY], bundle: true, format: 'iife', platform: 'browser', target: 'es2020',
    minify: true, write: false, legalComments: 'none', charset: 'utf8', metafile: true, logLevel: 'silent',
    // jszip's browser build needs no Node built-ins; keep `process`/`Buffer` lookups inert
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  });
  const js = res.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  // The visible text is set by the script in the reader's language (French unless the browser is in English).
  const html = `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vérifier un dossier de preuve Avisé / Verify an Avisé evidence bundle</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em}#drop{border:2px dashed #888;padding:1.5em;display:flex;gap:2em;flex-wrap:wrap;justify-content:center}
#drop.over{background:#eef}#drop label{display:flex;flex-direction:column;gap:.3em}#summary{font-size:1.15em}li{white-space:pre-wrap;overflow-wrap:anywhere;margin:.2em 0}.ok{color:#064}.ko{color:#a00;font-weight:bold}</style></head>
<body><h1 id="title">Vérifier un dossier de preuve Avisé</h1>
<p id="intro">Hors ligne : rien n’est envoyé.</p>
<div id="drop"><label><span id="zip-label">ZIP</span><input type="file" id="file" accept=".zip,application/zip"></label>
<label><span id="folder-label">Dossier</span><input type="file" id="folder" webkitdirectory multiple></label></div>
<p id="summary" role="status"></p><h2 id="details"></h2><ol id="results"></ol>
<script>${js}</script></body></html>
`;
  const inputs = Object.keys(res.metafile.inputs).map((p) => join(root, p)).sort();
  return { html, inputs };
}

/** Vite / Vitest plugin: `import { VERIFY_HTML } from 'virtual:verify-html'` gives the page, built on demand. */
export function verifyHtmlPlugin(): Plugin {
  return {
    name: 'avise-verify-html',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      const { html, inputs } = await buildVerifyHtml();
      for (const f of inputs) if (!f.includes('node_modules')) this.addWatchFile(f);
      return `export const VERIFY_HTML = ${JSON.stringify(html)};\n`;
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2] ?? join(root, '.tmp/verify.html');
  const { html } = await buildVerifyHtml();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
  console.log(`verify.html: ${html.length} characters → ${out}`);
}
