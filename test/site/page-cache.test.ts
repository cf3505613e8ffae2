/** The page cache: byte bound, purge by surrogate key, content negotiation and validators. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify from 'fastify';
import fc from 'fast-check';
import { propertyParams } from '../support/property.ts';
import { PageCache, negotiateEncoding, sendPage } from '../../src/site/page-cache.ts';

describe('PageCache', () => {
  test('keeps at most its byte bound, dropping the least recently used first', () => {
    const cache = new PageCache(3000);
    cache.set('/a', PageCache.page('a'.repeat(1000)));
    cache.set('/b', PageCache.page('b'.repeat(1000)));
    cache.set('/c', PageCache.page('c'.repeat(1000)));
    assert.ok(cache.get('/a'), 'touch /a so /b is the oldest');
    cache.set('/d', PageCache.page('d'.repeat(1000)));
    assert.equal(cache.get('/b'), undefined);
    assert.ok(cache.get('/a') && cache.get('/c') && cache.get('/d'));
    assert.ok(cache.bytes <= 3000);
  });

  test('behaves like a plain least-recently-used list under any mix of gets, sets, deletes and purges (property)', () => {
    const key = fc.integer({ min: 0, max: 4 });
    const op = fc.oneof(
      { weight: 4, arbitrary: fc.record({ kind: fc.constant('get' as const), key }) },
      { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), key, size: fc.integer({ min: 100, max: 900 }) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), key }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('purge' as const), key }) },
    );
    fc.assert(fc.property(fc.array(op, { maxLength: 100 }), (ops) => {
      const cache = new PageCache(2000);
      let model: { key: string; size: number }[] = []; // most recently used last
      for (const o of ops) {
        const key = `/${o.key}`;
        const at = model.findIndex((e) => e.key === key);
        if (o.kind === 'get') {
          assert.equal(cache.get(key) !== undefined, at >= 0, `get ${key}`);
          if (at >= 0) model.push(...model.splice(at, 1));
        } else if (o.kind === 'set') {
          cache.set(key, PageCache.page('x'.repeat(o.size), { keys: [`k${o.key % 3}`] }));
          if (at >= 0) model.splice(at, 1);
          model.push({ key, size: o.size });
          while (model.reduce((n, e) => n + e.size, 0) > 2000) model.shift();
        } else if (o.kind === 'delete') {
          cache.delete(key);
          if (at >= 0) model.splice(at, 1);
        } else {
          cache.purge([`k${o.key % 3}`]);
          model = model.filter((e) => Number(e.key.slice(1)) % 3 !== o.key % 3);
        }
        assert.equal(cache.size, model.length);
        assert.equal(cache.bytes, model.reduce((n, e) => n + e.size, 0));
      }
    }), propertyParams(300));
  });

  test('purges exactly the pages that carry a key', () => {
    const cache = new PageCache();
    cache.set('/item', PageCache.page('x', { keys: ['doc:1', 'section:s'] }));
    cache.set('/section', PageCache.page('y', { keys: ['section:s', 'list:all'] }));
    cache.set('/other', PageCache.page('z', { keys: ['doc:2'] }));
    assert.equal(cache.purge(['section:s']), 2);
    assert.equal(cache.get('/item'), undefined);
    assert.equal(cache.get('/section'), undefined);
    assert.ok(cache.get('/other'));
  });

  test('compressed variants count against the bound', () => {
    const cache = new PageCache(10_000_000);
    const page = PageCache.page('Пресс-центр '.repeat(500));
    cache.set('/p', page);
    const before = cache.bytes;
    cache.variant(page, 'br');
    assert.ok(cache.bytes > before);
  });

  test('negotiates brotli, then gzip, honouring q=0', () => {
    assert.equal(negotiateEncoding('gzip, deflate, br'), 'br');
    assert.equal(negotiateEncoding('gzip'), 'gzip');
    assert.equal(negotiateEncoding('br;q=0, gzip;q=0.5'), 'gzip');
    assert.equal(negotiateEncoding('identity'), null);
    assert.equal(negotiateEncoding(undefined), null);
  });
});

describe('sendPage', () => {
  const body = 'Заседание Совета министров обороны '.repeat(200);
  const cache = new PageCache();
  const page = PageCache.page(body, { keys: ['doc:7', 'list:all'] });
  const app = Fastify();
  app.get('/p', (request, reply) => sendPage(cache, request, reply, page));

  test('sends brotli or gzip bodies that decode to the page, with their own ETags', async () => {
    const br = await app.inject({ url: '/p', headers: { 'accept-encoding': 'br, gzip' } });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(brotliDecompressSync(br.rawPayload).toString('utf8'), body);
    const gz = await app.inject({ url: '/p', headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gz.rawPayload).toString('utf8'), body);
    const plain = await app.inject({ url: '/p' });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body, body);
    assert.equal(new Set([br.headers.etag, gz.headers.etag, plain.headers.etag]).size, 3);
    assert.equal(plain.headers['surrogate-key'], 'doc:7 list:all');
    assert.equal(plain.headers.vary, 'accept-encoding');
  });

  test('answers 304 to any of its validators, and 200 to a stale one', async () => {
    const br = await app.inject({ url: '/p', headers: { 'accept-encoding': 'br' } });
    const again = await app.inject({ url: '/p', headers: { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) } });
    assert.equal(again.statusCode, 304);
    const weak = await app.inject({ url: '/p', headers: { 'if-none-match': `W/${page.etag}` } });
    assert.equal(weak.statusCode, 304);
    const stale = await app.inject({ url: '/p', headers: { 'if-none-match': '"stale"' } });
    assert.equal(stale.statusCode, 200);
  });
});
