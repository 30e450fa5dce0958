// npm run verify -- <bundle.zip | unzipped folder> [--lang fr|en] [--tsa-ca root.pem ...] [--technical]
// Prints the verdict (what the bundle holds, intact or not), then one line per check (✓/✗), in French unless
// --lang en or an English LANG. Exits 0 when every check passes, 1 otherwise.
// `npm run verify` runs it prebuilt (dist/verify.mjs, scripts/build-verify-cli.mjs), with node-native hashing and unzip;
// `npx tsx scripts/verify.ts …` runs this source as is, with the same verifier modules as the browser.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyBundle, verifyFolder, type FolderFile } from '../src/evidence/verify/verify';
import { describeCheck, langOf, verdictLine, type VerifyLang } from '../src/evidence/verify/wording';

/** The files of an unzipped bundle (or of a folder around it), with paths relative to `dir`. */
export function folderFiles(dir: string): FolderFile[] {
  const out: FolderFile[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ path: relative(dir, p).split(sep).join('/'), read: async () => new Uint8Array(readFileSync(p)) });
    }
  };
  walk(dir);
  return out;
}

/** Runs the verifier on the command line's arguments; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const trusted: string[] = [];
  let file: string | undefined;
  let lang: VerifyLang = langOf(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
  let technical = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--tsa-ca') trusted.push(readFileSync(argv[++i], 'utf8'));
    else if (argv[i] === '--lang') lang = langOf(argv[++i]);
    else if (argv[i] === '--technical') technical = true;
    else file = argv[i];
  }
  if (!file) { console.error('usage: npm run verify -- <bundle.zip | folder> [--lang fr|en] [--tsa-ca root.pem] [--technical]'); return 2; }
  const opts = { trustedTsaCerts: trusted };
  const r = statSync(file).isDirectory() ? await verifyFolder(folderFiles(file), opts) : await verifyBundle(new Uint8Array(readFileSync(file)), opts);
  console.log(`${r.ok ? '✓' : '✗'} ${verdictLine(r, lang)}`);
  console.log('');
  for (const c of r.checks) {
    console.log(`${c.ok ? '✓' : '✗'} ${describeCheck(c, lang)}`);
    if (technical && c.technical) console.log(`    (${c.technical})`);
  }
  return r.ok ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => { console.error(e); process.exitCode = 1; });
}
