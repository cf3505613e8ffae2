/** Graceful shutdown: requests in flight finish, new connections are refused, then it is over. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { startTestSite } from '../support/app.ts';
import { closeGracefully } from '../../src/platform/http/lifecycle.ts';

function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

test('shutdown waits for the requests in flight and refuses new ones', async () => {
  const site = await startTestSite('sqlite');
  let release!: () => void;
  const gate = new Promise<void>((r) => { release = r; });
  let entered!: () => void;
  const inside = new Promise<void>((r) => { entered = r; });
  // A request that is still being worked on when the shutdown begins.
  site.app.fastify.get('/__slow', async () => {
    entered();
    await gate;
    return 'finished';
  });
  await site.app.fastify.listen({ host: '127.0.0.1', port: 0 });
  const port = (site.app.fastify.server.address() as { port: number }).port;

  const slow = get(port, '/__slow');
  await inside;
  let closed = false;
  const closing = closeGracefully(site.app.fastify, site.store).then((outcome) => { closed = true; return outcome; });
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(closed, false, 'shutdown waits while a request is in flight');
  await assert.rejects(get(port, '/en/news/'), /ECONNREFUSED|ECONNRESET/, 'new connections are refused');
  release();
  assert.deepEqual(await slow, { status: 200, body: 'finished' });
  assert.equal(await closing, 'drained');
  await site.close().catch(() => {});
});

test('a request that never ends is cut at the deadline', async () => {
  const site = await startTestSite('sqlite');
  site.app.fastify.get('/__stuck', () => new Promise(() => {}));
  await site.app.fastify.listen({ host: '127.0.0.1', port: 0 });
  const port = (site.app.fastify.server.address() as { port: number }).port;
  const stuck = get(port, '/__stuck').catch((e: Error) => e);
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(await closeGracefully(site.app.fastify, site.store, 300), 'deadline');
  assert.ok((await stuck) instanceof Error);
  await site.close().catch(() => {});
});
