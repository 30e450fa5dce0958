// Serves the bundled demo review pages and the test fixture pages on 127.0.0.1 (never on a public interface).
// Used by `npm start` and by the end-to-end tests.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const TYPES = { '.svg': 'image/svg+xml', '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.json': 'application/json' };

/** Paths that look like the real sites, so the address bar of the demo reads like the page a doctor knows. */
export const DEMO_PATH = '/maps/place/Cabinet+M%C3%A9dical+du+Parc/@48.8566,2.3522,17z/data=!4m8!3m7!9m1!1b1';

const MARC_TEXT = "Ce médecin est un charlatan et un escroc : il m'a facturé une consultation qui n'a jamais eu lieu et refuse de me rembourser. N'allez surtout pas chez lui !";
const MARC_EDITED = "Ce médecin est un charlatan : il m'a facturé une consultation qui n'a jamais eu lieu. N'allez surtout pas chez lui !";
const MARC_CARD = '<!-- ========== DEMO REVIEW:';
const NEXT_CARD = '<!-- ========== REVIEW 1:';

/**
 * Variants of the demo listing for the re-check, made from the demo page itself so that they never drift from it:
 * « modifie », the first review edited by its author; « supprime », the first review removed.
 */
function demoVariant(html, variant) {
  if (variant === 'modifie') {
    if (!html.includes(MARC_TEXT)) throw new Error('demo variant: the first review’s text is not in demo/google-maps.html');
    return html.replace(MARC_TEXT, MARC_EDITED);
  }
  const start = html.indexOf(MARC_CARD);
  const end = html.indexOf(NEXT_CARD, start);
  if (start < 0 || end < 0) throw new Error('demo variant: the first review’s card is not in demo/google-maps.html');
  // From the first review's comment line to the line before the next review's comment (its blank line kept).
  return html.slice(0, html.lastIndexOf('\n', start) + 1) + html.slice(html.lastIndexOf('\n', html.lastIndexOf('\n', end) - 1) + 1);
}

function resolvePath(urlPath) {
  const path = decodeURIComponent(urlPath.split('?')[0]);
  if (path.startsWith('/maps/place/')) return join(ROOT, 'demo/google-maps.html');
  if (path.startsWith('/demo/')) return join(ROOT, normalize(path));
  if (path.startsWith('/fixtures/')) return join(ROOT, 'test/fixtures/pages', normalize(path.slice('/fixtures/'.length)));
  return null;
}

export function startDemoServer(port = 0) {
  const server = createServer(async (req, res) => {
    const file = resolvePath(req.url ?? '/');
    if (!file || !file.startsWith(ROOT)) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      // `?slow=<ms>` (tests): the page answers after that delay, so a reload lasts long enough to be watched.
      const slow = Math.min(Number(/[?&]slow=(\d+)\b/.exec(req.url ?? '')?.[1] ?? 0), 5000);
      if (slow && extname(file) === '.html') await new Promise((r) => setTimeout(r, slow));
      const variant = /[?&]variante=(modifie|supprime)\b/.exec(req.url ?? '')?.[1];
      const body = variant && file.endsWith('google-maps.html') ? demoVariant(await readFile(file, 'utf8'), variant) : await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((ok) =>
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      ok({ origin: `http://127.0.0.1:${p}`, close: () => new Promise((done) => server.close(() => done())) });
    }),
  );
}
