/** `communique webhook add|list|remove|deliveries`: receivers of publish / update / withdraw events and their delivery log. */
import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { AppError } from '../../platform/errors.ts';
import { webhookAdder, webhookRemover } from '../../webhooks/commands.ts';
import { deliveryAttempts, listDeliveries, listWebhooks } from '../../webhooks/queries.ts';
import { WEBHOOK_EVENTS } from '../../webhooks/domain.ts';
import type { WebhookDeliveryStatus } from '../../platform/db/schema/webhooks.ts';
import { withStore } from '../support.ts';

function positiveInt(raw: string, where: string): number {
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new AppError('input.invalid', `${where} must be a positive whole number (got "${raw}")`, { where });
  return Number(raw);
}

export function register(program: Command): void {
  const webhook = program.command('webhook').description('webhooks: URLs that receive publish / update / withdraw events, signed with HMAC-SHA256');

  webhook.command('add <url>')
    .description('add a receiver; it gets POSTs with X-Communique-Signature: sha256=HMAC(secret, timestamp + "." + body)')
    .option('--secret <secret>', 'shared secret (at least 16 characters); one is generated and shown once when omitted')
    .option('--events <list>', `comma-separated events to receive (${WEBHOOK_EVENTS.join(', ')}); default all`)
    .action(async (url: string, options: { secret?: string; events?: string }) => {
      const generated = options.secret === undefined;
      const secret = options.secret ?? randomBytes(24).toString('base64url');
      const events = options.events ? options.events.split(',').map((e) => e.trim()).filter(Boolean) : [];
      const id = await withStore((store) => store.db.transaction().execute((trx) => webhookAdder(trx, { url, secret, events })));
      process.stdout.write(`added webhook ${id}: ${url}\n`);
      if (generated) process.stdout.write(`secret (shown only now): ${secret}\n`);
    });

  webhook.command('list')
    .description('list receivers (secrets are not shown)')
    .action(async () => {
      const hooks = await withStore((store) => listWebhooks(store.db));
      if (hooks.length === 0) process.stdout.write('no webhooks\n');
      for (const h of hooks) {
        process.stdout.write(`${h.id}\t${h.active ? 'active' : 'inactive'}\t${h.events.length ? h.events.join(',') : 'all events'}\t${h.url}\n`);
      }
    });

  webhook.command('remove <id>')
    .description('remove a receiver and its delivery log')
    .action(async (raw: string) => {
      const id = positiveInt(raw, 'id');
      await withStore((store) => store.db.transaction().execute((trx) => webhookRemover(trx, { id })));
      process.stdout.write(`removed webhook ${id}\n`);
    });

  webhook.command('deliveries')
    .description('the delivery log, newest first')
    .option('--limit <n>', 'how many', '50')
    .option('--status <status>', 'pending, delivered or failed')
    .option('--webhook <id>', 'only deliveries to this webhook')
    .option('--attempts <deliveryId>', 'show every attempt of one delivery')
    .option('--json', 'print JSON')
    .action(async (options: { limit: string; status?: string; webhook?: string; attempts?: string; json?: boolean }) => {
      if (options.status !== undefined && !['pending', 'delivered', 'failed'].includes(options.status)) {
        throw new AppError('input.invalid', `--status must be pending, delivered or failed (got "${options.status}")`, { where: '--status' });
      }
      const limit = positiveInt(options.limit, '--limit');
      await withStore(async (store) => {
        if (options.attempts !== undefined) {
          const attempts = await deliveryAttempts(store.db, positiveInt(options.attempts, '--attempts'));
          if (options.json) return void process.stdout.write(JSON.stringify(attempts, null, 2) + '\n');
          if (attempts.length === 0) process.stdout.write('no attempts\n');
          for (const a of attempts) process.stdout.write(`${a.attemptedAt}\t${a.statusCode ?? '-'}\t${a.durationMs} ms\t${a.error ?? 'ok'}\n`);
          return;
        }
        const rows = await listDeliveries(store.db, {
          limit, ...(options.status ? { status: options.status as WebhookDeliveryStatus } : {}),
          ...(options.webhook ? { webhookId: positiveInt(options.webhook, '--webhook') } : {}),
        });
        if (options.json) return void process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
        if (rows.length === 0) process.stdout.write('no deliveries\n');
        process.stdout.write(rows.length ? 'id\tstatus\tattempts\tevent\tcreated\tlast\tnext attempt\turl\n' : '');
        for (const d of rows) {
          const last = d.lastStatusCode ?? d.lastError ?? '-';
          process.stdout.write(`${d.id}\t${d.status}\t${d.attempts}\t${d.event}\t${d.createdAt}\t${last}\t${d.nextAttemptAt ?? '-'}\t${d.url}\n`);
        }
      });
    });
}
