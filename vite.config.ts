// One manifest (manifest.json) for every browser; the Firefox build derives its few differences here.
import { defineConfig, type Plugin } from 'vite';
import { build as esbuild } from 'esbuild';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { verifyHtmlPlugin } from './scripts/build-verify-html.ts';

const base = JSON.parse(readFileSync(resolve(import.meta.dirname, 'manifest.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8'));

/**
 * Firefox: event page instead of a service worker, no pageCapture (a DOM snapshot replaces MHTML), gecko id; the
 * side panel is Firefox's sidebar (sidebar_action, no permission needed).
 */
export function firefoxManifest(m: Record<string, any>): Record<string, any> {
  const out = structuredClone(m);
  out.background = { scripts: [m.background.service_worker], type: 'module' };
  out.permissions = m.permissions.filter((p: string) => p !== 'pageCapture' && p !== 'sidePanel');
  delete out.side_panel;
  out.sidebar_action = { default_panel: m.side_panel.default_path, default_title: '__MSG_flowSidebarTitle__', default_icon: m.action.default_icon, open_at_install: false };
  // Firefox's activeTab does not cover captureVisibleTab on every version: ask for it explicitly.
  out.host_permissions = ['<all_urls>'];
  delete out.minimum_chrome_version;
  out.browser_specific_settings = {
    gecko: { id: 'avise@avise.local', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
  };
  return out;
}

/**
 * The forensic edition (issue 13): the Chrome manifest plus the `debugger` permission that the forensic capture needs.
 * Chromium does not accept `debugger` as an optional permission (measured on Chromium 156: listed under
 * optional_permissions it is dropped, and `permissions.request` answers « Only permissions specified in the manifest
 * may be requested »), so it can only be asked at install: a separate build, `npm run build:forensic`.
 */
export function forensicManifest(m: Record<string, any>): Record<string, any> {
  const out = structuredClone(m);
  out.permissions = [...m.permissions, 'debugger'];
  return out;
}

/**
 * The content script is injected on demand (scripting.executeScript after a user gesture), so it is bundled as
 * self-contained IIFEs, `content.js` and the element picker `content-picker.js` (injected only to pick): no module loader, and no web_accessible_resources that would let any web
 * page detect the extension.
 */
function contentScript(): Plugin {
  return {
    name: 'avise-content-script',
    apply: 'build',
    async generateBundle() {
      // content.js; content-picker.js (the element picker) is injected beside it only when the doctor asks for it.
      for (const [entry, fileName] of [['index', 'content.js'], ['picker-entry', 'content-picker.js']]) this.emitFile({ type: 'asset', fileName, source: await bundleContent(entry) });
    },
  };
}

async function bundleContent(entry: string): Promise<Uint8Array> {
  const out = await esbuild({
    entryPoints: [resolve(import.meta.dirname, `src/content/${entry}.ts`)],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    // Injected into every review page the doctor captures from: minified (issue 14: ≤ 10 KiB gzip).
    minify: true,
  });
  return out.outputFiles[0].contents;
}

/**
 * JSZip's browser build (used by the verifier) embeds the `setimmediate` polyfill, whose `setImmediate(string)` turns a
 * string into code with the `Function` constructor (flagged by `web-ext lint` as DANGEROUS_EVAL, and refused by our
 * CSP anyway). JSZip only ever passes functions: that branch becomes a TypeError. Fails the build if the pattern moves.
 */
function noFunctionConstructorInJszip(): Plugin {
  return {
    name: 'avise-no-function-constructor',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]jszip[\\/]dist[\\/]jszip(\.min)?\.js$/.test(id)) return null;
      const out = code.replace(/new Function\(""\s*\+\s*(\w+)\)/g, '(function(){throw new TypeError("setImmediate needs a function")})');
      if (out === code || /new Function\(/.test(out)) this.error(`jszip: the setImmediate polyfill changed, check ${id} for the Function constructor`);
      return { code: out, map: null };
    },
  };
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const forensic = mode === 'chrome-forensic';
  const manifest = { ...(firefox ? firefoxManifest(base) : forensic ? forensicManifest(base) : base), version: pkg.version };
  return {
    plugins: [preact(), noFunctionConstructorInJszip(), contentScript(), verifyHtmlPlugin(), crx({ manifest: manifest as ManifestV3Export, browser: firefox ? 'firefox' : 'chrome' })],
    define: { __AVISE_BROWSER__: JSON.stringify(firefox ? 'firefox' : 'chrome') },
    build: {
      outDir: firefox ? 'dist/firefox' : forensic ? 'dist/chrome-forensic' : 'dist/chrome',
      emptyOutDir: true,
      sourcemap: false,
      minify: false,
      rollupOptions: { input: { manager: 'src/ui/manager/index.html', sidepanel: 'src/ui/sidepanel/index.html', series: 'src/ui/series/index.html' } },
    },
    server: { port: 5199, strictPort: true, hmr: { port: 5199 } },
    legacy: { skipWebSocketTokenCheck: true },
  };
});
