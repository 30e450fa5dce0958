// The demo behind `npm start`. With a display: opens Chromium with the extension on the demo review page and waits
// until the browser is closed. Headless (no DISPLAY/WAYLAND_DISPLAY, or --headless): captures the first review,
// answers the questions for it, exports the bundle into ./demo-output/, verifies it and prints the result.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { INSTALL_HINT, findChrome, launchWithExtension, openPopupOn } from './browser.mjs';
import { DEMO_PATH, startDemoServer } from './demo-server.mjs';
import { verifyBundle } from '../src/evidence/verify/verify';
import { verdictLines } from '../src/evidence/verify/wording';
import { answerQuestions } from './questionnaire';

const ROOT = resolve(import.meta.dirname, '..');
const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

function ensureBrowser(): void {
  if (findChrome()) return;
  const root = process.getuid?.() === 0;
  if (root && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0) {
    console.log('avisé: no Chromium found; installing Debian’s chromium with apt-get…');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-l10n'], { stdio: 'inherit' });
    if (findChrome()) return;
  }
  console.error(`avisé: ${INSTALL_HINT}`);
  process.exit(1);
}

async function main(): Promise<void> {
  ensureBrowser();
  console.log('avisé: building the extension (dist/chrome)…');
  execFileSync(resolve(ROOT, 'node_modules/.bin/vite'), ['build', '--mode', 'chrome', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  const server = await startDemoServer();
  const demoUrl = server.origin + DEMO_PATH;
  if (!headless) return interactive(demoUrl, server.close);
  await headlessDemo(demoUrl);
  await server.close();
}

async function interactive(demoUrl: string, close: () => Promise<void>): Promise<void> {
  const { browser } = await launchWithExtension({ headless: false });
  const [page] = await browser.pages();
  await page.goto(demoUrl);
  console.log(`avisé: Chromium is open on the demo review page ${demoUrl}
  Click the Avisé icon in the toolbar (puzzle-piece menu → pin Avisé), capture a review, then follow « Qualifier l’avis ».
  Close the browser to stop.`);
  await new Promise<void>((done) => browser.on('disconnected', () => done()));
  await close();
}

async function headlessDemo(demoUrl: string): Promise<void> {
  const downloads = mkdtempSync(join(tmpdir(), 'avise-demo-'));
  const { browser, extensionId, serviceWorker, userDataDir } = await launchWithExtension({ headless: true, downloadDir: downloads });
  try {
    const worker = await serviceWorker();
    const { popup } = await openPopupOn(browser, extensionId, worker, demoUrl);
    await popup.waitForSelector('li.review');
    const author = await popup.$eval('li.review .author', (e) => e.textContent);
    console.log(`avisé: ${await popup.$$eval('li.review', (l) => l.length)} reviews found; capturing the first one (${author})…`);
    await popup.$eval('li.review button.capture', (b) => (b).click());
    await popup.waitForSelector('li.review .captured, .error', { timeout: 30000 });
    const caseUrl = await popup.$eval('li.review a.open-case', (a) => (a).href);

    const m = await browser.newPage();
    await m.goto(caseUrl);
    // Answer as the doctor would for the demo review: confirm what the text shows, « non » to the rest.
    await answerQuestions(m);
    const labels = await m.$$eval('.label-result h3', (hs) => hs.map((x) => x.textContent));
    console.log(`avisé: qualification → ${labels.join(' · ') || 'aucune infraction retenue'}`);
    await m.$eval('button.export', (b) => (b).click());
    await m.waitForSelector('.exported, .error', { timeout: 60000 });
    const err = await m.$('.error');
    if (err) throw new Error(String(await err.evaluate((e) => e.textContent)));
    const zipName = readdirSync(downloads).find((f) => f.endsWith('.zip'));
    if (!zipName) throw new Error('the bundle was not downloaded');
    const outDir = resolve(ROOT, 'demo-output');
    mkdirSync(outDir, { recursive: true });
    const out = join(outDir, zipName);
    copyFileSync(join(downloads, zipName), out);
    const result = await verifyBundle(new Uint8Array(readFileSync(out)));
    for (const line of verdictLines(result, 'fr')) console.log(`  ${line}`);
    console.log(`avisé: bundle written to ${out}`);
    console.log(`avisé: verification ${result.ok ? 'OK — every listed hash verifies' : `FAILED — ${result.firstFailure}`}`);
    if (!result.ok) process.exitCode = 1;
  } finally {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(downloads, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`avisé: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
