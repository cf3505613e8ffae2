/**
 * Child process: the ceiling. A bare node:http server that answers the measured paths with the
 * exact bytes, content-type and ETag the app sent, and nothing else — what serving a cached
 * Buffer costs with no framework, no plugins, no routing beyond one Map lookup.
 *
 * Usage: node --import tsx bench/support/ceiling-server.ts PAGES.json
 * PAGES.json: [{ "path": "/en/news/", "contentType": "...", "etag": "\"...\"", "bodyBase64": "..." }]
 * Prints one JSON line `{"ready":true,"port":N,"pid":N}` on stdout once listening on 127.0.0.1.
 * Exits when stdin closes (the parent went away), or on SIGTERM/SIGINT.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { CeilingPage } from './protocol.ts';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: ceiling-server.ts PAGES.json\n');
  process.exit(2);
}

interface Served {
  body: Buffer;
  etag: string;
  headers: Record<string, string | number>;
}

const pages = new Map<string, Served>();
for (const p of JSON.parse(readFileSync(file, 'utf8')) as CeilingPage[]) {
  const body = Buffer.from(p.bodyBase64, 'base64');
  pages.set(p.path, { body, etag: p.etag, headers: { 'content-type': p.contentType, etag: p.etag, 'content-length': body.length } });
}

const server = createServer((req, res) => {
  const page = pages.get(req.url ?? '');
  if (!page) {
    res.writeHead(404, { 'content-length': 0 });
    res.end();
    return;
  }
  if (req.headers['if-none-match'] === page.etag) {
    res.writeHead(304, { etag: page.etag });
    res.end();
    return;
  }
  res.writeHead(200, page.headers);
  res.end(page.body);
});

server.listen({ host: '127.0.0.1', port: 0 }, () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ ready: true, port, pid: process.pid })}\n`);
});

const stop = () => {
  server.close();
  server.closeAllConnections();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop).on('error', stop).resume();
