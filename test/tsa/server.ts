// A throw-away RFC 3161 timestamp authority for tests (same recipe as domain/tsa-test/make-test-tsa.sh):
// openssl makes a root CA and a TSA certificate with the timeStamping EKU in a temp dir, and an HTTP server on
// 127.0.0.1 (random port) pipes each POSTed application/timestamp-query through `openssl ts -reply`.
import { execFileSync, execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface TestTsa { url: string; dir: string; caFile: string; caPem: string; requests: number; close(): Promise<void> }

export async function startTestTsa(): Promise<TestTsa> {
  const dir = mkdtempSync(join(tmpdir(), 'avise-tsa-'));
  copyFileSync(join(dirname(fileURLToPath(import.meta.url)), 'tsa.cnf'), join(dir, 'tsa.cnf'));
  const ssl = (...args: string[]): void => { execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' }); };
  ssl('req', '-x509', '-new', '-nodes', '-newkey', 'rsa:2048', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '3650', '-subj', '/CN=Test TSA Root', '-config', 'tsa.cnf', '-extensions', 'v3_ca');
  ssl('req', '-new', '-nodes', '-newkey', 'rsa:2048', '-keyout', 'tsa.key', '-out', 'tsa.csr', '-subj', '/CN=Test TSA', '-config', 'tsa.cnf');
  ssl('x509', '-req', '-in', 'tsa.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'tsa.crt', '-days', '3650', '-extfile', 'tsa.cnf', '-extensions', 'v3_tsa');
  writeFileSync(join(dir, 'tsaserial'), '01\n');
  let queue: Promise<unknown> = Promise.resolve();
  const tsa: TestTsa = { url: '', dir, caFile: join(dir, 'ca.crt'), caPem: readFileSync(join(dir, 'ca.crt'), 'utf8'), requests: 0, close: async () => {} };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      // one request at a time: openssl increments the serial file
      queue = queue.then(() => new Promise<void>((done) => {
        const n = ++tsa.requests;
        writeFileSync(join(dir, `req-${n}.tsq`), Buffer.concat(chunks));
        execFile('openssl', ['ts', '-reply', '-config', 'tsa.cnf', '-queryfile', `req-${n}.tsq`, '-out', `resp-${n}.tsr`], { cwd: dir }, (err) => {
          if (err || req.method !== 'POST') { res.writeHead(400).end(); done(); return; }
          res.writeHead(200, { 'Content-Type': 'application/timestamp-reply' }).end(readFileSync(join(dir, `resp-${n}.tsr`)));
          done();
        });
      }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  tsa.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tsr`;
  tsa.close = () => new Promise<void>((r) => server.close(() => { rmSync(dir, { recursive: true, force: true }); r(); }));
  return tsa;
}
