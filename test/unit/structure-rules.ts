// The layering rules of docs/ARCHITECTURE.md as pure functions of (path, source): structure.test.ts runs them on
// every file of src/, and structure-rules.test.ts feeds them deliberate violations to show they catch them.
import { posix } from 'node:path';

/** The modules that write the evidence store: imported by the service worker (src/background/**) only. */
export const WRITER_MODULES = ['src/evidence/store', 'src/evidence/installation-key'];
/** Folders that know no runtime and no transport: they must not import src/messaging. */
export const DOMAIN_DIRS = ['src/adapters', 'src/legal', 'src/evidence', 'src/shared'];
/** Runtimes that are pages or page scripts: they read the store (store-read.ts) and never write it. */
export const PAGE_DIRS = ['src/ui', 'src/content'];

const under = (path: string, dirs: readonly string[]) => dirs.some((d) => path === d || path.startsWith(`${d}/`));

/** The repository paths (without extension) a file imports, static or dynamic, `import … from` or `export … from`. */
export function importsOf(path: string, source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)) {
    const spec = m[1];
    out.push(spec.startsWith('.') ? posix.normalize(posix.join(posix.dirname(path), spec)).replace(/\.(ts|tsx|js|mjs)$/, '') : spec);
  }
  return out;
}

/** A page or content script importing a writer, or opening a readwrite transaction. */
export function pageWriteViolations(path: string, source: string): string[] {
  if (!under(path, PAGE_DIRS)) return [];
  const v = importsOf(path, source)
    .filter((i) => WRITER_MODULES.includes(i))
    .map((i) => `${path} imports the store writer ${i} (pages read through src/evidence/store-read.ts and write through the service worker)`);
  if (/['"]readwrite['"]/.test(source)) v.push(`${path} opens a 'readwrite' transaction (only the service worker writes the store)`);
  return v;
}

/** Any file outside the service worker importing a writer (writers may import each other). */
export function writerImportViolations(path: string, source: string): string[] {
  if (path.startsWith('src/background/') || WRITER_MODULES.includes(path.replace(/\.(ts|tsx)$/, ''))) return [];
  return importsOf(path, source)
    .filter((i) => WRITER_MODULES.includes(i))
    .map((i) => `${path} imports the store writer ${i}, which only src/background/** may import`);
}

/** The domain importing the messaging contract or client (the domain must not depend on its transport). */
export function domainMessagingViolations(path: string, source: string): string[] {
  if (!under(path, DOMAIN_DIRS)) return [];
  return importsOf(path, source)
    .filter((i) => i === 'src/messaging' || i.startsWith('src/messaging/'))
    .map((i) => `${path} (domain) imports ${i}`);
}

/** The read-only module must stay read-only: no readwrite transaction, no put/add/delete/clear. */
export function readModuleViolations(path: string, source: string): string[] {
  if (path !== 'src/evidence/store-read.ts') return [];
  const v: string[] = [];
  if (/['"]readwrite['"]/.test(source)) v.push(`${path} opens a 'readwrite' transaction`);
  for (const m of source.matchAll(/\.(put|add|delete|clear|createObjectStore|deleteObjectStore)\(/g)) v.push(`${path} calls .${m[1]}()`);
  return v;
}

export const LAYERING_RULES = [pageWriteViolations, writerImportViolations, domainMessagingViolations, readModuleViolations];

export function layeringViolations(path: string, source: string): string[] {
  return LAYERING_RULES.flatMap((rule) => rule(path, source));
}
