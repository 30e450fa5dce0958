// npm run verify -- <bundle.zip> [--tsa-ca root.pem ...]
// Prints one line per check (✓/✗) and exits 0 when every check passes, 1 naming the first failure.
import { readFileSync } from 'node:fs';
import { verifyBundle } from '../src/evidence/verify/verify';

async function main(argv: string[]): Promise<number> {
  const trusted: string[] = [];
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--tsa-ca') trusted.push(readFileSync(argv[++i], 'utf8'));
    else file = argv[i];
  }
  if (!file) { console.error('usage: npm run verify -- <bundle.zip> [--tsa-ca root.pem]'); return 2; }
  const r = await verifyBundle(new Uint8Array(readFileSync(file)), { trustedTsaCerts: trusted });
  for (const c of r.checks) console.log(`${c.ok ? '✓' : '✗'} ${c.id} — ${c.detail}`);
  console.log(r.ok ? `OK: ${r.checks.length} checks passed` : `FAILED: ${r.firstFailure}`);
  return r.ok ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => { console.error(e); process.exitCode = 1; });
