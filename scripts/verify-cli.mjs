// `npm run verify -- <bundle.zip | folder> …`: runs the prebuilt verifier (dist/verify.cjs, made by
// `npm run build` or scripts/build-verify-cli.mjs) with plain node, from V8's code cache after the first run (most
// of a run's start-up is compiling the verifier's 0.5 MB). Builds it first when it is missing or older than one of
// the files it was built from (dist/verify.inputs.json): a fresh clone or an edited verifier never runs stale code.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'verify.cjs');
const cacheFile = join(root, 'dist', 'verify.v8cache');
const inputsFile = join(root, 'dist', 'verify.inputs.json');

function stale() {
  if (!existsSync(out) || !existsSync(inputsFile)) return true;
  const built = statSync(out).mtimeMs;
  try {
    const { inputs } = JSON.parse(readFileSync(inputsFile, 'utf8'));
    return inputs.some((f) => !existsSync(f) || statSync(f).mtimeMs > built);
  } catch {
    return true;
  }
}

if (stale()) await (await import('./build-verify-cli.mjs')).buildVerifyCli();

// The CommonJS module wrapper, compiled with the cached code when V8 accepts it (same file, same V8 version).
const source = readFileSync(out, 'utf8');
const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: out, cachedData });
const mod = { exports: {} };
script.runInThisContext()(mod.exports, createRequire(out), mod, out, dirname(out));
process.exitCode = await mod.exports.main(process.argv.slice(2)).catch((e) => { console.error(e); return 1; });
if (!cachedData || script.cachedDataRejected) {
  // After the run, so that the functions it compiled lazily are in the cache too. A read-only install just skips it.
  try { writeFileSync(cacheFile, script.createCachedData()); } catch { /* no cache: the next run compiles again */ }
}
