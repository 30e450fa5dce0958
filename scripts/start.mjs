// `npm start`: from a fresh clone, installs what is missing, builds the extension and opens it on the bundled demo
// review page — or, without a display (or with `-- --headless`), walks the demo path headless and writes a real
// evidence bundle into ./demo-output/. Plain Node so that it runs before dependencies are installed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!existsSync(resolve(ROOT, 'node_modules/.bin/vite'))) {
  console.log('avisé: installing dependencies (npm ci)…');
  // No browser download: the demo and the tests drive the system Chromium through puppeteer-core.
  run('npm', ['ci', '--no-audit', '--no-fund'], { PUPPETEER_SKIP_DOWNLOAD: '1' });
}
run(resolve(ROOT, 'node_modules/.bin/tsx'), [resolve(ROOT, 'scripts/demo.ts'), ...process.argv.slice(2)]);
