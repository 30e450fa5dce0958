// Takes a screenshot of each screen a doctor sees on the demo (popup, case page, options) into a folder, so the screens
// can be looked at without a display: `npx tsx scripts/screens.ts [outDir]` after `npm run build`.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension, openPopupOn } from './browser.mjs';
import { DEMO_PATH, startDemoServer } from './demo-server.mjs';
import { answerQuestions } from './questionnaire';

const out = resolve(process.argv[2] ?? 'screens');
mkdirSync(out, { recursive: true });
const server = await startDemoServer();
const { browser, extensionId, serviceWorker } = await launchWithExtension({ headless: true });
try {
  const worker = await serviceWorker();
  const { popup } = await openPopupOn(browser, extensionId, worker, server.origin + DEMO_PATH);
  await popup.waitForSelector('li.review');
  await popup.screenshot({ path: join(out, 'popup.png'), fullPage: true });
  await popup.$eval('li.review button.capture', (b) => (b).click());
  await popup.waitForSelector('li.review .captured, .error', { timeout: 30000 });
  await popup.screenshot({ path: join(out, 'popup-captured.png'), fullPage: true });
  const caseUrl = await popup.$eval('li.review a.open-case', (a) => (a).href);
  const m = await browser.newPage();
  await m.setViewport({ width: 1280, height: 900 });
  await m.goto(caseUrl);
  await new Promise((r) => setTimeout(r, 800));
  await m.screenshot({ path: join(out, 'case-start.png'), fullPage: true });
  await answerQuestions(m);
  await new Promise((r) => setTimeout(r, 500));
  await m.screenshot({ path: join(out, 'case-qualified.png'), fullPage: true });
  const o = await browser.newPage();
  await o.goto(`chrome-extension://${extensionId}/src/ui/options/index.html`);
  await new Promise((r) => setTimeout(r, 500));
  await o.screenshot({ path: join(out, 'options.png'), fullPage: true });
  console.log(`screens written to ${out}`);
} finally {
  await browser.close();
  await server.close();
}
