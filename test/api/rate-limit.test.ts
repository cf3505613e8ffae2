/** The API's per-IP rate limit: a 429 JSON error with Retry-After; the public site is not limited by it. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DATABASE_KINDS } from '../support/databases.ts';
import { startTestSite, type TestSite } from '../support/app.ts';
import { parseRateLimit } from '../../src/api/plugin.ts';

describe('API_RATE_LIMIT', () => {
  test('parses N, N/unit and off; refuses anything else', () => {
    assert.deepEqual(parseRateLimit(undefined), { max: 300, timeWindow: 60_000 });
    assert.deepEqual(parseRateLimit('5'), { max: 5, timeWindow: 60_000 });
    assert.deepEqual(parseRateLimit('10/second'), { max: 10, timeWindow: 1000 });
    assert.deepEqual(parseRateLimit('1000/h'), { max: 1000, timeWindow: 3600_000 });
    assert.equal(parseRateLimit('off'), null);
    assert.throws(() => parseRateLimit('lots'), /API_RATE_LIMIT must look like/);
  });
});

for (const kind of DATABASE_KINDS) {
  describe(`rate limit on ${kind}`, () => {
    let site: TestSite;
    const saved = process.env.API_RATE_LIMIT;
    before(async () => {
      process.env.API_RATE_LIMIT = '3/minute';
      site = await startTestSite(kind);
    });
    after(async () => {
      if (saved === undefined) delete process.env.API_RATE_LIMIT; else process.env.API_RATE_LIMIT = saved;
      await site.close();
    });

    test('the request after the limit gets 429 with Retry-After, per client address', async () => {
      const get = (ip: string) => site.app.fastify.inject({ method: 'GET', url: '/api/v1/sections', remoteAddress: ip });
      for (let i = 0; i < 3; i++) {
        const ok = await get('192.0.2.1');
        assert.equal(ok.statusCode, 200);
        assert.equal(ok.headers['x-ratelimit-limit'], '3');
      }
      const limited = await get('192.0.2.1');
      assert.equal(limited.statusCode, 429);
      assert.match(String(limited.headers['content-type']), /^application\/json/);
      const retryAfter = Number(limited.headers['retry-after']);
      assert.ok(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 60, `Retry-After: ${limited.headers['retry-after']}`);
      const body = limited.json();
      assert.equal(body.error.code, 'rate_limited');
      assert.match(body.error.message, /retry/i);
      assert.equal(limited.headers['access-control-allow-origin'], '*');
      // Another client is not affected, nor is the public site.
      assert.equal((await get('192.0.2.2')).statusCode, 200);
      for (let i = 0; i < 5; i++) {
        assert.equal((await site.app.fastify.inject({ method: 'GET', url: '/en/news/', remoteAddress: '192.0.2.1' })).statusCode, 200);
      }
    });
  });
}
