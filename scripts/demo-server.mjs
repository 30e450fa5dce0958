// Serves the bundled demo review pages and the test fixture pages on 127.0.0.1 (never on a public interface).
// Used by `npm start` and by the end-to-end tests.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const TYPES = { '.svg': 'image/svg+xml', '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.json': 'application/json' };

/** Paths that look like the real sites, so the address bar of the demo reads like the page a doctor knows. */
export const DEMO_PATH = '/maps/place/Cabinet+M%C3%A9dical+du+Parc/@48.8566,2.3522,17z/data=!4m8!3m7!9m1!1b1';

function resolvePath(urlPath) {
  const path = decodeURIComponent(urlPath.split('?')[0]);
  // Variants of the demo listing for the re-check: the first review edited by its author, or removed.
  const variant = /[?&]variante=(modifie|supprime)\b/.exec(urlPath)?.[1];
  if (path.startsWith('/maps/place/') && (variant === 'modifie' || variant === 'supprime')) return join(ROOT, `demo/google-maps-${variant}.html`);
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
      const body = await readFile(file);
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
