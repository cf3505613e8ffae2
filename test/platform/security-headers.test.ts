/** HSTS only over TLS, and X-Forwarded-Proto only believed behind a trusted proxy. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestSite, type TestSite } from '../support/app.ts';

describe('HSTS', () => {
  let direct: TestSite;
  let proxied: TestSite;
  before(async () => {
    direct = await startTestSite('sqlite');
    proxied = await startTestSite('sqlite', { TRUST_PROXY: '1' });
  });
  after(async () => {
    await direct?.close();
    await proxied?.close();
  });

  test('is sent when a trusted proxy says the reader used https', async () => {
    const res = await proxied.app.fastify.inject({ url: '/en/news/', headers: { 'x-forwarded-proto': 'https' } });
    assert.match(String(res.headers['strict-transport-security']), /^max-age=31536000/);
  });

  test('is not sent over plain http', async () => {
    const res = await proxied.app.fastify.inject({ url: '/en/news/' });
    assert.equal(res.headers['strict-transport-security'], undefined);
  });

  test('is not sent when an untrusted client claims https', async () => {
    const res = await direct.app.fastify.inject({ url: '/en/news/', headers: { 'x-forwarded-proto': 'https' } });
    assert.equal(res.headers['strict-transport-security'], undefined);
  });
});
