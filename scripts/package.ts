// `npm run package`: the three packages, from clean builds, with the version from package.json.
//   packages/avise-chrome-<version>.zip            — Chrome Web Store upload (manifest.json at the root)
//   packages/avise-firefox-<version>.zip           — Firefox add-on, ready for AMO signing (`web-ext sign` or the AMO upload)
//   packages/avise-chrome-forensic-<version>.zip   — the forensic edition (issue 13): the Chrome package plus the
//     `debugger` permission, which Chromium grants only at install (docs/permissions.md); offered apart, for the
//     doctors who want the controlled reload, so the normal package keeps its smaller permissions
// The ZIPs are deterministic: entries sorted by path, one fixed date, fixed permissions, DEFLATE level 9; the same
// sources give the same bytes (their SHA-256 is printed), so a reviewer can rebuild and compare.
// Options (environment): AVISE_PACKAGE_BUILD_DIR builds into <dir>/chrome, <dir>/firefox and <dir>/chrome-forensic
// instead of dist/ (tests);
// AVISE_PACKAGE_OUT writes the ZIPs there instead of packages/.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import JSZip from 'jszip';

const ROOT = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const buildRoot = resolve(process.env.AVISE_PACKAGE_BUILD_DIR ?? join(ROOT, 'dist'));
const outDir = resolve(process.env.AVISE_PACKAGE_OUT ?? join(ROOT, 'packages'));
/** DOS dates start in 1980; a fixed one keeps the bytes independent of when and where the build ran. */
const FIXED_DATE = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Every file of `dir` except dot-files and source maps, sorted by their path in the ZIP. */
export function packagedFiles(dir: string): string[] {
  return files(dir)
    .map((p) => relative(dir, p).split(sep).join('/'))
    .filter((p) => !p.split('/').some((s) => s.startsWith('.')) && !p.endsWith('.map'))
    .sort();
}

export async function deterministicZip(dir: string): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const p of packagedFiles(dir)) zip.file(p, readFileSync(join(dir, p)), { date: FIXED_DATE, unixPermissions: 0o644, createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
}

/** The packages `npm run package` writes, by vite mode; each is `avise-<mode>-<version>.zip`. */
export const PACKAGES = ['chrome', 'firefox', 'chrome-forensic'] as const;

async function main(): Promise<void> {
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  mkdirSync(outDir, { recursive: true });
  // The vite mode is the package's name: chrome, firefox, chrome-forensic (vite.config.ts).
  for (const browser of PACKAGES) {
    const dir = join(buildRoot, browser);
    rmSync(dir, { recursive: true, force: true }); // a clean build: nothing left from an earlier one
    execFileSync(vite, ['build', '--mode', browser, '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version: string };
    if (manifest.version !== pkg.version) throw new Error(`${browser}: manifest version ${manifest.version} is not package.json's ${pkg.version}`);
    const bytes = await deterministicZip(dir);
    const out = join(outDir, `avise-${browser}-${pkg.version}.zip`);
    writeFileSync(out, bytes);
    const sha = createHash('sha256').update(bytes).digest('hex');
    console.log(`${relative(process.cwd(), out) || out}  ${(bytes.length / 1024).toFixed(0)} KiB  sha256 ${sha}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
