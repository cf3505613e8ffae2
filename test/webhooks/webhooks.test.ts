/**
 * Webhooks: signing, queueing on publish, background delivery to a real receiver on 127.0.0.1,
 * retries with exponential backoff (driven by an injected clock, not by waiting), and a receiver
 * that is down or never answers not holding up publishing. Store tests run on both databases.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DATABASE_KINDS } from '../support/databases.ts';
import { startTestSite, type TestSite } from '../support/app.ts';
import { documentCreator, editionPublisher, editionSubmitter } from '../../src/newsroom/commands.ts';
import {
  DEFAULT_RETRY_POLICY, nextRetryDelay, signPayload, verifySignature, SIGNATURE_HEADER, TIMESTAMP_HEADER, EVENT_HEADER,
} from '../../src/webhooks/domain.ts';
import { attemptRecorder, deliveriesEnqueuer, webhookAdder, webhookRemover } from '../../src/webhooks/commands.ts';
import { deliveryAttempts, listDeliveries, listWebhooks } from '../../src/webhooks/queries.ts';
import { WebhookWorker } from '../../src/webhooks/worker.ts';
import { subscribeWebhooks } from '../../src/webhooks/plugin.ts';
import { EventBus } from '../../src/platform/events.ts';
import type { Store } from '../../src/platform/db/connect.ts';

const SECRET = 'a-test-secret-of-32-characters!!';

interface Received { headers: IncomingMessage['headers']; body: string }

/** A receiver on 127.0.0.1; `answer` decides what each request gets (it may hold the response). */
async function receiver(answer: (req: Received, res: ServerResponse, index: number) => void) {
  const received: Received[] = [];
  const waiters: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(r);
      answer(r, res, received.length - 1);
      waiters.splice(0).forEach((w) => w());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    /** Resolves once `n` requests have arrived. */
    async count(n: number): Promise<void> {
      while (received.length < n) await new Promise<void>((r) => waiters.push(r));
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** A port on which nothing listens. */
async function deadPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createNetServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function publishNewItem(store: Store, slug: string): Promise<{ documentId: number; editionId: number }> {
  return store.db.transaction().execute(async (trx) => {
    const section = await trx.selectFrom('section').select('id').orderBy('id').executeTakeFirstOrThrow();
    const ids = await documentCreator(trx, {
      slug, type: 'news', sectionId: section.id,
      translations: {
        en: { title: 'Webhook test item', summary: 'Summary', body: 'Body text.' },
        ru: { title: 'Проверка вебхука', summary: 'Кратко', body: 'Текст.' },
      },
    });
    await editionSubmitter(trx, { editionId: ids.editionId });
    await editionPublisher(trx, { editionId: ids.editionId });
    return ids;
  });
}

describe('webhook signatures and backoff (pure)', () => {
  test('a signature verifies; a changed body, secret or old timestamp does not', () => {
    const now = 1_800_000_000;
    const body = '{"event":"item.published"}';
    const signature = signPayload(SECRET, now, body);
    assert.match(signature, /^sha256=[0-9a-f]{64}$/);
    assert.equal(verifySignature(SECRET, { signature, timestamp: String(now) }, body, { nowSeconds: now + 10 }), true);
    assert.equal(verifySignature(SECRET, { signature, timestamp: String(now) }, body + ' ', { nowSeconds: now }), false);
    assert.equal(verifySignature('another-secret-of-some-length', { signature, timestamp: String(now) }, body, { nowSeconds: now }), false);
    // Replaying the same request later is refused.
    assert.equal(verifySignature(SECRET, { signature, timestamp: String(now) }, body, { nowSeconds: now + 3600 }), false);
    // Changing the timestamp header breaks the signature.
    assert.equal(verifySignature(SECRET, { signature, timestamp: String(now + 1) }, body, { nowSeconds: now }), false);
    assert.equal(verifySignature(SECRET, { signature: undefined, timestamp: String(now) }, body, { nowSeconds: now }), false);
  });

  test('delays double from the base up to the cap, and stop after the last attempt', () => {
    const policy = { maxAttempts: 6, baseDelayMs: 1000, maxDelayMs: 5000 };
    assert.deepEqual([1, 2, 3, 4, 5, 6].map((n) => nextRetryDelay(policy, n)), [1000, 2000, 4000, 5000, 5000, null]);
    assert.equal(nextRetryDelay(DEFAULT_RETRY_POLICY, 1), DEFAULT_RETRY_POLICY.baseDelayMs);
  });
});

for (const kind of DATABASE_KINDS) {
  describe(`webhooks on ${kind}`, () => {
    let site: TestSite;
    const saved = { ...process.env };
    before(async () => {
      // The app's own worker polls fast so the end-to-end test does not wait long.
      Object.assign(process.env, { WEBHOOK_POLL_MS: '25', WEBHOOK_RETRY_BASE_MS: '25', WEBHOOK_MAX_ATTEMPTS: '3', WEBHOOK_TIMEOUT_MS: '5000' });
      site = await startTestSite(kind);
      await site.app.fastify.ready();
    });
    after(async () => {
      await site.close();
      for (const k of ['WEBHOOK_POLL_MS', 'WEBHOOK_RETRY_BASE_MS', 'WEBHOOK_MAX_ATTEMPTS', 'WEBHOOK_TIMEOUT_MS']) {
        if (saved[k] === undefined) delete process.env[k]; else process.env[k] = saved[k];
      }
    });

    test('input is checked when a hook is added', async () => {
      await assert.rejects(webhookAdder(site.store.db, { url: 'ftp://x.example/', secret: SECRET }), /http\(s\) URL/);
      await assert.rejects(webhookAdder(site.store.db, { url: 'https://x.example/', secret: 'short' }), /at least 16/);
      await assert.rejects(webhookAdder(site.store.db, { url: 'https://x.example/', secret: SECRET, events: ['item.deleted'] }), /not an event/);
      await assert.rejects(webhookRemover(site.store.db, { id: 999_999 }), /no webhook 999999/);
    });

    test('publishing an item POSTs a signed JSON event to the receiver (the app\'s own worker)', { timeout: 30_000 }, async () => {
      const r = await receiver((_req, res) => res.writeHead(204).end());
      const hookId = await webhookAdder(site.store.db, { url: r.url, secret: SECRET });
      try {
        const { documentId, editionId } = await publishNewItem(site.store, `${kind}-webhook-delivered`);
        await site.app.events.emit('edition.published', { documentId, editionId, slug: `${kind}-webhook-delivered`, firstPublication: true });
        await r.count(1);
        const got = r.received[0]!;
        assert.equal(got.headers['content-type'], 'application/json; charset=utf-8');
        assert.equal(got.headers[EVENT_HEADER], 'item.published');
        assert.equal(verifySignature(SECRET, { signature: got.headers[SIGNATURE_HEADER] as string, timestamp: got.headers[TIMESTAMP_HEADER] as string }, got.body), true);
        const payload = JSON.parse(got.body);
        assert.equal(payload.event, 'item.published');
        assert.equal(payload.data.documentId, documentId);
        assert.deepEqual(payload.data.translations.map((t: { locale: string }) => t.locale), ['en', 'ru']);
        assert.equal(payload.data.translations[1].title, 'Проверка вебхука');
        assert.match(payload.data.translations[0].url, /^http:\/\/press\.test\/en\/news\/[a-z-]+\/[a-z]+-webhook-delivered\/$/);
        // The log says it was delivered (the attempt is recorded just after the answer).
        let log = await listDeliveries(site.store.db, { limit: 10, webhookId: hookId });
        for (let i = 0; i < 200 && log[0]?.status !== 'delivered'; i++) {
          await new Promise((res) => setTimeout(res, 10));
          log = await listDeliveries(site.store.db, { limit: 10, webhookId: hookId });
        }
        assert.equal(log.length, 1);
        assert.equal(log[0]!.status, 'delivered');
        assert.equal(log[0]!.attempts, 1);
        assert.equal(log[0]!.lastStatusCode, 204);
      } finally {
        await webhookRemover(site.store.db, { id: hookId });
        await r.close();
      }
    });

    test('a receiver that never answers does not hold up publishing', { timeout: 30_000 }, async () => {
      let published = false;
      let publishedWhenReceived: boolean | undefined;
      let release!: () => void;
      const released = new Promise<void>((resolve) => { release = resolve; });
      // The receiver holds every request until publishing has returned: if publishing waited for
      // the delivery, this would deadlock and the test would time out.
      const r = await receiver((_req, res) => {
        publishedWhenReceived = published;
        void released.then(() => res.writeHead(200).end());
      });
      const hookId = await webhookAdder(site.store.db, { url: r.url, secret: SECRET });
      try {
        const { documentId, editionId } = await publishNewItem(site.store, `${kind}-webhook-slow`);
        await site.app.events.emit('edition.published', { documentId, editionId, slug: `${kind}-webhook-slow`, firstPublication: true });
        published = true;
        // When publishing returned, the delivery was queued (committed) and not yet answered.
        const [queued] = await listDeliveries(site.store.db, { limit: 1, webhookId: hookId });
        assert.ok(queued, 'the delivery is queued');
        assert.notEqual(queued.status, 'delivered');
        await r.count(1);
        assert.equal(typeof publishedWhenReceived, 'boolean');
        // Whatever the order of arrival, the response was only possible after publishing returned.
        release();
      } finally {
        release();
        await webhookRemover(site.store.db, { id: hookId });
        await r.close();
      }
    });

    test('a receiver that is down: publishing returns, the delivery is queued, nothing is sent yet', async () => {
      const bus = new EventBus((e) => { throw e; });
      let kicked = 0;
      const off = subscribeWebhooks({ db: site.store.db, events: bus, origin: 'http://press.test', afterEnqueue: () => { kicked++; } });
      const hookId = await webhookAdder(site.store.db, { url: `http://127.0.0.1:${await deadPort()}/`, secret: SECRET, events: ['item.withdrawn'] });
      try {
        await bus.emit('document.withdrawn', { documentId: 1, slug: 'some-item' });
        assert.equal(kicked, 1, 'the worker was told, not awaited');
        const [d] = await listDeliveries(site.store.db, { limit: 1, webhookId: hookId });
        // (The app's own worker may already have tried it; it cannot have been delivered.)
        assert.notEqual(d?.status, 'delivered');
        assert.equal(d?.event, 'item.withdrawn');
        // A hook that does not subscribe to an event gets nothing.
        await bus.emit('edition.published', { documentId: 1, editionId: 1, slug: 'some-item', firstPublication: false });
        assert.equal((await listDeliveries(site.store.db, { limit: 10, webhookId: hookId })).length, 1);
      } finally {
        off();
        await webhookRemover(site.store.db, { id: hookId });
      }
    });

    test('failed deliveries are retried with exponential backoff, then given up (injected clock)', async () => {
      const db = site.store.db;
      // Other hooks' queued deliveries must not interfere: this worker only sees what is due at its clock.
      const port = await deadPort();
      const hookId = await webhookAdder(db, { url: `http://127.0.0.1:${port}/`, secret: SECRET });
      let clock = Date.parse('2100-01-01T00:00:00.000Z');
      const policy = { maxAttempts: 4, baseDelayMs: 60_000, maxDelayMs: 10 * 60_000 };
      const worker = new WebhookWorker({ db, policy, now: () => new Date(clock), timeoutMs: 2000 });
      try {
        const [id] = await deliveriesEnqueuer(db, { event: 'item.updated', payload: '{"event":"item.updated"}', now: new Date(clock).toISOString() });
        // Only this hook is active? Others were removed by earlier tests; keep to our delivery.
        const mine = async () => (await listDeliveries(db, { limit: 50, webhookId: hookId }))[0]!;
        const expectedGaps = [60_000, 120_000, 240_000];
        for (let attempt = 1; attempt <= 4; attempt++) {
          assert.ok((await worker.runOnce()) >= 1, `attempt ${attempt} is made when due`);
          await worker.idle();
          const d = await mine();
          assert.equal(d.id, id);
          assert.equal(d.attempts, attempt);
          if (attempt < 4) {
            assert.equal(d.status, 'pending');
            assert.equal(Date.parse(d.nextAttemptAt!) - clock, expectedGaps[attempt - 1]);
            // Not due a millisecond early.
            clock += expectedGaps[attempt - 1]! - 1;
            assert.equal(await worker.runOnce(), 0);
            clock += 1;
          } else {
            assert.equal(d.status, 'failed');
            assert.equal(d.nextAttemptAt, null);
          }
        }
        const attempts = await deliveryAttempts(db, id!);
        assert.equal(attempts.length, 4);
        for (const a of attempts) {
          assert.equal(a.statusCode, null);
          assert.ok(a.error && a.error.length > 0, 'the reason is logged');
        }
        assert.equal(await worker.runOnce(), 0, 'a failed delivery is not tried again');
      } finally {
        await worker.stop();
        await webhookRemover(db, { id: hookId });
      }
    });

    test('a 500 answer is retried and a later 2xx marks the delivery delivered', async () => {
      const db = site.store.db;
      const r = await receiver((_req, res, i) => res.writeHead(i === 0 ? 500 : 200).end('ok'));
      const hookId = await webhookAdder(db, { url: r.url, secret: SECRET });
      let clock = Date.parse('2100-06-01T00:00:00.000Z');
      const worker = new WebhookWorker({ db, policy: { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 1000 }, now: () => new Date(clock) });
      try {
        await deliveriesEnqueuer(db, { event: 'item.published', payload: '{}', now: new Date(clock).toISOString() });
        await worker.runOnce();
        await worker.idle();
        let [d] = await listDeliveries(db, { limit: 1, webhookId: hookId });
        assert.equal(d?.status, 'pending');
        assert.equal(d?.lastStatusCode, 500);
        clock += 1000;
        await worker.runOnce();
        await worker.idle();
        [d] = await listDeliveries(db, { limit: 1, webhookId: hookId });
        assert.equal(d?.status, 'delivered');
        assert.equal(d?.attempts, 2);
        assert.equal(r.received.length, 2);
        // Each attempt is signed afresh over the same body.
        for (const got of r.received) {
          assert.equal(verifySignature(SECRET, { signature: got.headers[SIGNATURE_HEADER] as string, timestamp: got.headers[TIMESTAMP_HEADER] as string }, got.body, { nowSeconds: Math.floor(clock / 1000) }), true);
        }
      } finally {
        await worker.stop();
        await webhookRemover(db, { id: hookId });
        await r.close();
      }
    });

    test('a receiver slower than the timeout is logged as such and retried later', { timeout: 30_000 }, async () => {
      const db = site.store.db;
      const r = await receiver(() => { /* never answers */ });
      const hookId = await webhookAdder(db, { url: r.url, secret: SECRET });
      const clock = Date.parse('2100-09-01T00:00:00.000Z');
      const worker = new WebhookWorker({ db, policy: { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 1000 }, now: () => new Date(clock), timeoutMs: 100 });
      try {
        const [id] = await deliveriesEnqueuer(db, { event: 'item.published', payload: '{}', now: new Date(clock).toISOString() });
        await worker.runOnce();
        await worker.idle();
        const attempts = await deliveryAttempts(db, id!);
        assert.equal(attempts.length, 1);
        assert.match(attempts[0]!.error ?? '', /no answer within 100 ms/);
        const [d] = await listDeliveries(db, { limit: 1, webhookId: hookId });
        assert.equal(d?.status, 'pending');
      } finally {
        await worker.stop();
        await webhookRemover(db, { id: hookId });
        await r.close();
      }
    });

    test('two workers never send the same delivery twice in one round', async () => {
      const db = site.store.db;
      const r = await receiver((_req, res) => res.writeHead(200).end());
      const hookId = await webhookAdder(db, { url: r.url, secret: SECRET });
      const clock = Date.parse('2100-10-01T00:00:00.000Z');
      const a = new WebhookWorker({ db, now: () => new Date(clock) });
      const b = new WebhookWorker({ db, now: () => new Date(clock) });
      try {
        await deliveriesEnqueuer(db, { event: 'item.published', payload: '{}', now: new Date(clock).toISOString() });
        const [na, nb] = await Promise.all([a.runOnce(), b.runOnce()]);
        await Promise.all([a.idle(), b.idle()]);
        assert.equal(na + nb, 1);
        assert.equal(r.received.length, 1);
      } finally {
        await a.stop();
        await b.stop();
        await webhookRemover(db, { id: hookId });
        await r.close();
      }
    });

    test('the attempt recorder refuses an unknown delivery', async () => {
      await assert.rejects(attemptRecorder(site.store.db, { deliveryId: 987_654, statusCode: 200, error: null, durationMs: 1, policy: DEFAULT_RETRY_POLICY }), /no delivery/);
    });

    test('CLI: webhook add, list, deliveries, remove', async () => {
      const BIN = fileURLToPath(new URL('../../bin/communique.js', import.meta.url));
      const env = { ...process.env, DATABASE_URL: site.config.databaseUrl };
      const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 60_000 });
      const add = run(['webhook', 'add', 'https://receiver.example/hook', '--secret', SECRET, '--events', 'item.published,item.withdrawn']);
      assert.equal(add.status, 0, add.stderr);
      const id = Number(/added webhook (\d+)/.exec(add.stdout)?.[1]);
      assert.ok(id > 0);
      const list = run(['webhook', 'list']);
      assert.equal(list.status, 0, list.stderr);
      assert.match(list.stdout, new RegExp(`^${id}\\tactive\\titem.published,item.withdrawn\\thttps://receiver.example/hook$`, 'm'));
      assert.doesNotMatch(list.stdout, new RegExp(SECRET), 'secrets are not shown');
      const generated = run(['webhook', 'add', 'https://other.example/', '--events', 'item.withdrawn']);
      assert.match(generated.stdout, /secret \(shown only now\): \S{20,}/);
      const generatedId = Number(/added webhook (\d+)/.exec(generated.stdout)?.[1]);
      assert.equal(run(['webhook', 'remove', String(generatedId)]).status, 0);
      const bad = run(['webhook', 'add', 'not a url', '--secret', SECRET]);
      assert.equal(bad.status, 1);
      assert.match(bad.stderr, /not an http\(s\) URL/);
      {
        // Far in the future, so the app's own worker leaves these alone (nothing is sent to example hosts).
        const future = '2200-01-01T00:00:00.000Z';
        const [deliveryId] = await deliveriesEnqueuer(site.store.db, { event: 'item.published', payload: '{}', now: future });
        await attemptRecorder(site.store.db, { deliveryId: deliveryId!, statusCode: 503, error: 'receiver answered 503', durationMs: 12, policy: DEFAULT_RETRY_POLICY, now: future });
        const deliveries = run(['webhook', 'deliveries', '--json', '--webhook', String(id)]);
        assert.equal(deliveries.status, 0, deliveries.stderr);
        const log = JSON.parse(deliveries.stdout) as { id: number; status: string; attempts: number; lastStatusCode: number }[];
        assert.equal(log.length, 1);
        assert.deepEqual([log[0]!.id, log[0]!.status, log[0]!.attempts, log[0]!.lastStatusCode], [deliveryId, 'pending', 1, 503]);
        const text = run(['webhook', 'deliveries']);
        assert.match(text.stdout, new RegExp(`^${deliveryId}\\tpending\\t1\\titem.published\\t`, 'm'));
        const attempts = run(['webhook', 'deliveries', '--attempts', String(deliveryId)]);
        assert.match(attempts.stdout, /\t503\t12 ms\treceiver answered 503/);
      }
      assert.equal(run(['webhook', 'deliveries', '--status', 'lost']).status, 1);
      assert.equal(run(['webhook', 'remove', String(id)]).status, 0);
      const again = run(['webhook', 'remove', String(id)]);
      assert.equal(again.status, 1);
      assert.match(again.stderr, /no webhook/);
    });

    test('listWebhooks shows no secrets', async () => {
      for (const h of await listWebhooks(site.store.db)) assert.equal(Object.hasOwn(h, 'secret'), false);
    });
  });
}
