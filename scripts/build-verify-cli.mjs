// Builds the command-line verifier once, `dist/verify.cjs`, from scripts/verify.ts (its source, unchanged) so that
// `npm run verify` runs it with plain node: no TypeScript compiler at each run (issue 14: verify ≤ 2 × coreutils).
// Three modules are swapped for node-native ones in this build only: src/evidence/hash.ts (node:crypto), jszip and
// fflate's inflate (node:zlib), see scripts/verify-cli/. The browser verifiers (verify.html, the case manager) are not affected.
// Also writes dist/verify.inputs.json, the source files it was built from, for scripts/verify-cli.mjs to rebuild
// when one of them changes.   node scripts/build-verify-cli.mjs
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT = join(root, 'dist', 'verify.cjs');
/** V8's compiled code for CLI_OUT, written by scripts/verify-cli.mjs after its first run (dropped at each build). */
export const CLI_CACHE = join(root, 'dist', 'verify.v8cache');
export const CLI_INPUTS = join(root, 'dist', 'verify.inputs.json');
const HASH = join(root, 'src', 'evidence', 'hash.ts');
const HASH_NODE = join(root, 'scripts', 'verify-cli', 'hash-node.ts');
const ZIP_NODE = join(root, 'scripts', 'verify-cli', 'zip-node.ts');
const FFLATE_NODE = join(root, 'scripts', 'verify-cli', 'fflate-node.ts');

/** @type {import('esbuild').Plugin} */
const nodeNative = {
  name: 'avise-verify-cli-node-native',
  setup(b) {
    b.onResolve({ filter: /^jszip$/ }, () => ({ path: ZIP_NODE }));
    // fast-png's inflate (the attested-view check) through node:zlib; the shim re-exports the rest of the real fflate.
    b.onResolve({ filter: /^fflate$/ }, (args) => (args.importer === FFLATE_NODE ? undefined : { path: FFLATE_NODE }));
    b.onResolve({ filter: /(^|\/)hash(\.ts)?$/ }, (args) => {
      if (args.importer === HASH_NODE) return undefined; // the node module re-exports the rest of the real one
      const target = resolve(args.resolveDir, args.path.endsWith('.ts') ? args.path : `${args.path}.ts`);
      return target === HASH ? { path: HASH_NODE } : undefined;
    });
  },
};

export async function buildVerifyCli() {
  const res = await build({
    entryPoints: [join(root, 'scripts', 'verify.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    outfile: CLI_OUT, metafile: true, logLevel: 'error', legalComments: 'none', plugins: [nodeNative],
    // Less to parse at each start; CommonJS so that scripts/verify-cli.mjs can run it from V8's code cache.
    minify: true,
    // scripts/verify.ts runs main() when it is the entry itself; here verify-cli.mjs calls main().
    define: { 'import.meta.url': '"file:///avise-verify-cli"' },
  });
  rmSync(CLI_CACHE, { force: true });
  const inputs = Object.keys(res.metafile.inputs).filter((p) => !p.includes('node_modules')).map((p) => resolve(root, p)).sort();
  mkdirSync(dirname(CLI_INPUTS), { recursive: true });
  writeFileSync(CLI_INPUTS, `${JSON.stringify({ inputs: [...inputs, join(root, 'package-lock.json')] }, null, 1)}\n`);
  return CLI_OUT;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await buildVerifyCli();
