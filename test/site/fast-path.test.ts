/**
 * The cached-page fast path (src/site/fast-path.ts), over a real socket: a page Fastify rendered
 * and cached is answered again before Fastify sees the request, with the same status, headers and
 * body Fastify sends; validators, compression and HEAD work there too; requests whose answer
 * depends on more than the URL (over TLS or a proxy), other methods and purged pages go to Fastify.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Writable } from 'node:stream';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { pino } from 'pino';
import { DATABASE_KINDS, createSqliteDatabase } from '../support/databases.ts';
import { startTestSite, type TestSite } from '../support/app.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { buildApp } from '../../src/platform/http/server.ts';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The headers that describe the answer (not the connection or the moment). */
function described(headers: IncomingHttpHeaders): Record<string, unknown> {
  const { date: _date, connection: _connection, 'keep-alive': _keepAlive, ...rest } = headers;
  return rest;
}

const ITEM = '/en/news/organization-news/2022-05-24-council-of-defence-ministers/';
const PAGES = [
  '/en/', '/ru/', '/en/news/', '/ru/news/statements/', ITEM, '/en/news/?page=2',
  '/en/news/statements/feed.atom', '/ru/news/feed.json', '/sitemap.xml', '/en/people/suren-papikyan/', '/robots.txt',
];

for (const kind of DATABASE_KINDS) {
  describe(`cached pages answered before Fastify (${kind})`, () => {
    let site: TestSite;
    let port: number;

    before(async () => {
      site = await startTestSite(kind);
      await site.app.fastify.listen({ host: '127.0.0.1', port: 0 });
      port = (site.app.fastify.server.address() as { port: number }).port;
    });
    after(async () => site?.close());

    test('the second request for a page is answered from the cache with exactly what Fastify sent', async () => {
      for (const path of PAGES) {
        const served = site.app.fastPath.served;
        const first = await get(port, path);
        assert.equal(first.status, 200, path);
        const cachedNow = site.app.cache.get(path) !== undefined;
        const second = await get(port, path);
        if (!cachedNow) {
          // Not every address is kept (robots.txt may be answered directly); then Fastify answers.
          assert.equal(site.app.fastPath.served, served, `${path} is not cached, so Fastify answered`);
          continue;
        }
        assert.equal(site.app.fastPath.served, served + 1, `${path}: the second request took the fast path`);
        assert.equal(second.status, 200, path);
        assert.deepEqual(second.body, first.body, path);
        assert.deepEqual(described(second.headers), described(first.headers), `${path}: same headers as Fastify's answer`);
        // And the same as Fastify's own answer to the same request (inject never takes the fast path).
        const injected = await site.app.fastify.inject({ url: path });
        assert.deepEqual(described(second.headers), described(injected.headers as IncomingHttpHeaders), path);
        assert.match(String(second.headers['content-security-policy']), /script-src 'self'/, path);
      }
      assert.ok(site.app.fastPath.served >= 8, 'most of the pages were kept and answered from the cache');
    });

    test('brotli and gzip are negotiated, and a matching ETag gets 304 with no body', async () => {
      await get(port, ITEM);
      const plain = await get(port, ITEM);
      const served = site.app.fastPath.served;
      const br = await get(port, ITEM, { 'accept-encoding': 'gzip, br' });
      assert.equal(br.headers['content-encoding'], 'br');
      assert.deepEqual(brotliDecompressSync(br.body), plain.body);
      assert.equal(Number(br.headers['content-length']), br.body.length);
      const gz = await get(port, ITEM, { 'accept-encoding': 'gzip' });
      assert.equal(gz.headers['content-encoding'], 'gzip');
      assert.deepEqual(gunzipSync(gz.body), plain.body);
      assert.notEqual(br.headers.etag, gz.headers.etag);
      const notModified = await get(port, ITEM, { 'if-none-match': String(br.headers.etag), 'accept-encoding': 'br' });
      assert.equal(notModified.status, 304);
      assert.equal(notModified.body.length, 0);
      assert.equal(notModified.headers.etag, br.headers.etag);
      const stale = await get(port, ITEM, { 'if-none-match': '"something-else"' });
      assert.equal(stale.status, 200);
      assert.equal(site.app.fastPath.served, served + 4);
    });

    test('HEAD gets the headers of GET and no body', async () => {
      await get(port, ITEM);
      const full = await get(port, ITEM);
      const served = site.app.fastPath.served;
      const head = await get(port, ITEM, {}, 'HEAD');
      assert.equal(head.status, 200);
      assert.equal(head.body.length, 0);
      assert.equal(head.headers['content-length'], String(full.body.length));
      assert.equal(head.headers.etag, full.headers.etag);
      assert.equal(site.app.fastPath.served, served + 1);
    });

    test('other methods, and requests that came through a proxy, are left to Fastify', async () => {
      await get(port, ITEM);
      const served = site.app.fastPath.served;
      const post = await get(port, ITEM, {}, 'POST');
      assert.equal(post.status, 404);
      const proxied = await get(port, ITEM, { 'x-forwarded-proto': 'https' });
      assert.equal(proxied.status, 200);
      assert.equal(site.app.fastPath.served, served, 'neither took the fast path');
    });

    test('a purged page is rendered again by Fastify, with the change', async () => {
      await get(port, ITEM);
      const old = await get(port, ITEM);
      const doc = await site.store.db.selectFrom('document').select('id').where('slug', '=', '2022-05-24-council-of-defence-ministers').executeTakeFirstOrThrow();
      const edition = await site.store.db.selectFrom('edition').select('id').where('document_id', '=', doc.id).where('state', '=', 'published').executeTakeFirstOrThrow();
      await site.store.db.updateTable('edition_translation').set({ title: 'Meeting of the Council, corrected' })
        .where('edition_id', '=', edition.id).where('locale', '=', 'en').execute();
      await site.app.events.emit('edition.published', { documentId: doc.id, editionId: edition.id, slug: '2022-05-24-council-of-defence-ministers', firstPublication: false });
      const served = site.app.fastPath.served;
      const fresh = await get(port, ITEM, { 'if-none-match': String(old.headers.etag) });
      assert.equal(fresh.status, 200);
      assert.match(fresh.body.toString('utf8'), /Meeting of the Council, corrected/);
      assert.equal(site.app.fastPath.served, served, 'the purged page was not answered from memory');
      assert.notEqual(fresh.headers.etag, old.headers.etag);
    });
  });
}

describe('the fast path behind a proxy that says https (TRUST_PROXY)', () => {
  let site: TestSite;
  let port: number;
  before(async () => {
    site = await startTestSite('sqlite', { TRUST_PROXY: '1' });
    await site.app.fastify.listen({ host: '127.0.0.1', port: 0 });
    port = (site.app.fastify.server.address() as { port: number }).port;
  });
  after(async () => site?.close());

  test('HSTS is sent to readers who came over https, and not to others', async () => {
    await get(port, ITEM);
    const tls = await get(port, ITEM, { 'x-forwarded-proto': 'https' });
    assert.match(String(tls.headers['strict-transport-security']), /max-age=\d+/);
    const plain = await get(port, ITEM);
    assert.equal(plain.headers['strict-transport-security'], undefined);
  });
});

test('at log level info, each page answered from the cache is logged once, with no request headers', async () => {
  const database = await createSqliteDatabase();
  const store = await database.open();
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({ write(chunk, _encoding, done) { lines.push(JSON.parse(String(chunk)) as Record<string, unknown>); done(); } });
  try {
    await migrate(store);
    await seedDemo(store);
    const config = loadConfig({ DATABASE_URL: database.url, PUBLIC_ORIGIN: 'http://press.test' });
    const app = await buildApp({ store, config, logger: pino({ level: 'info' }, stream) });
    await app.fastify.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.fastify.server.address() as { port: number };
    await get(port, '/en/news/');
    lines.length = 0;
    await get(port, '/en/news/', { cookie: 'secret=do-not-log', authorization: 'Bearer do-not-log' });
    assert.equal(app.fastPath.served, 1);
    const logged = lines.filter((l) => l.msg === 'request completed');
    assert.equal(logged.length, 1, JSON.stringify(lines));
    assert.deepEqual(logged[0]!.req, { method: 'GET', url: '/en/news/' });
    assert.deepEqual(logged[0]!.res, { statusCode: 200 });
    assert.doesNotMatch(JSON.stringify(lines), /do-not-log/);
    await app.fastify.close();
  } finally {
    await store.close();
    await database.drop();
  }
});
