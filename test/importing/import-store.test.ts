import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { DATABASE_KINDS, createDatabase, type TestDatabase } from '../support/databases.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { importSources, listSources, summarize } from '../../src/importing/run.ts';
import { findRedirect } from '../../src/newsroom/queries.ts';
import type { Store } from '../../src/platform/db/connect.ts';

const STATEMENT = `https://old.example.org/news/statement-77.html

On the escalation on the border

The CSTO Secretary General Stanislav Zas expresses deep concern over the clashes on the border that began on September 14, this year.

He calls on the parties to stop the fighting and to settle the dispute by political and diplomatic means only.

The CSTO Press Secretary Vladimir Zaynetdinov
+7 495 795-27-10
`;

const MEETING_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSTO</title>
<meta property="og:url" content="https://old.example.org/news/item.php?id=5"></head><body>
<nav><a href="/">Home</a></nav><div class="content"><h1>Defence ministers met online</h1>
<p>On 24 May 2022, under the chairmanship of the Minister of Defence of the Republic of Armenia Suren Papikian, a meeting of the CSTO Council of Defence Ministers was held via videoconferencing.</p>
<p>The defence ministers of the Republic of Belarus (Lieutenant General Viktor Khrenin), of the Russian Federation (Army General Sergey Shoygu), as well as the CSTO Secretary General Stanislav Zas participated in the meeting.</p>
<p><a href="/news/">Back to the section</a></p></div></body></html>`;

function writeSources(dir: string): void {
  mkdirSync(join(dir, 'nested'), { recursive: true });
  writeFileSync(join(dir, 'statement.txt'), STATEMENT);
  writeFileSync(join(dir, 'nested', 'meeting.html'), MEETING_HTML);
  writeFileSync(join(dir, 'nested', 'cp1251.htm'), iconv.encode('<html><head><meta charset="windows-1251"></head><body><h1>Заседание Совета министров обороны</h1><p>2 июня 2021 года в Душанбе состоялось заседание Совета министров обороны ОДКБ под председательством Министра обороны Республики Таджикистан Шерали Мирзо.</p></body></html>', 'win1251'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]));
  writeFileSync(join(dir, 'truncated.html'), '<html><head><title>x</title></head><body><h1>Cut</h1><p>On 1 May 2021 the text of this page was cut in the mid');
  writeFileSync(join(dir, 'ignored.pdf'), 'not a page');
}

for (const kind of DATABASE_KINDS) {
  describe(`import on ${kind}`, () => {
    let database: TestDatabase;
    let store: Store;
    let dir: string;
    before(async () => {
      database = await createDatabase(kind);
      store = await database.open();
      await migrate(store);
      await seedDemo(store);
      dir = mkdtempSync(join(tmpdir(), 'communique-import-'));
      writeSources(dir);
    });
    after(async () => {
      await store.close();
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    test('a dry run writes nothing', async () => {
      const { files } = await listSources([dir]);
      const before = await store.db.selectFrom('document').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const reports = await importSources(store, files, { dryRun: true });
      assert.equal(reports.filter((r) => r.status === 'imported').length, 3);
      const afterCount = await store.db.selectFrom('document').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(afterCount.n), Number(before.n));
    });

    test('imports good sources as drafts with redirects, reports bad ones with reasons', async () => {
      const { files } = await listSources([dir]);
      assert.ok(!files.some((f) => f.endsWith('.pdf')));
      const reports = await importSources(store, files, { section: 'organization-news' });
      const byName = (n: string) => reports.find((r) => r.source.endsWith(n))!;
      assert.equal(byName('statement.txt').status, 'imported');
      assert.equal(byName('meeting.html').status, 'imported');
      assert.equal(byName('cp1251.htm').status, 'imported');
      assert.match(byName('empty.txt').error!, /empty/);
      assert.match(byName('binary.html').error!, /binary/);
      assert.match(byName('truncated.html').error!, /truncated/);
      assert.deepEqual({ ...summarize(reports), warnings: undefined }, { imported: 3, skipped: 0, failed: 3, warnings: undefined });

      const meeting = byName('meeting.html');
      const item = meeting.items[0]!;
      assert.equal(item.kind, 'meeting_report');
      assert.equal(item.meeting?.chair?.personId !== null, true);
      assert.ok(item.meeting!.participants.every((p) => p.personId !== null));
      const doc = await store.db.selectFrom('document').selectAll().where('id', '=', meeting.documentId!).executeTakeFirstOrThrow();
      assert.equal(doc.type, 'meeting_report');
      const editions = await store.db.selectFrom('edition').select('state').where('document_id', '=', doc.id).execute();
      assert.deepEqual(editions.map((e) => e.state), ['draft']);
      assert.equal(meeting.path, `/en/news/organization-news/${doc.slug}/`);
      // The redirect keeps the query string: item.php?id=5 and item.php?id=6 are different pages.
      const row = await store.db.selectFrom('redirect').select(['to_path', 'status_code']).where('from_path', '=', '/news/item.php?id=5').executeTakeFirstOrThrow();
      assert.deepEqual({ ...row }, { to_path: meeting.path, status_code: 301 });
      const statement = byName('statement.txt');
      assert.equal(statement.redirectFrom, '/news/statement-77.html');
      assert.deepEqual(await findRedirect(store.db, '/news/statement-77.html'), { to: statement.path, status: 301 });
      assert.equal(statement.items[0]!.kind, 'statement');
      assert.equal(statement.items[0]!.date, null);
      const people = await store.db.selectFrom('document_person').select('person_id').where('document_id', '=', doc.id).execute();
      assert.ok(people.length >= 4);
      const ru = await store.db.selectFrom('edition_translation').innerJoin('edition', 'edition.id', 'edition_translation.edition_id')
        .select(['edition_translation.locale', 'edition_translation.title']).where('edition.document_id', '=', byName('cp1251.htm').documentId!).executeTakeFirstOrThrow();
      assert.deepEqual({ ...ru }, { locale: 'ru', title: 'Заседание Совета министров обороны' });
    });

    test('re-importing the same content skips; changed content at the same address updates the draft; nothing is duplicated', async () => {
      const { files } = await listSources([dir]);
      const count = async () => Number((await store.db.selectFrom('document').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      const n = await count();
      const again = await importSources(store, files, { section: 'organization-news' });
      assert.equal(again.filter((r) => r.status === 'skipped').length, 3);
      assert.equal(await count(), n);

      writeFileSync(join(dir, 'statement-v2.txt'), STATEMENT.replace('deep concern', 'grave concern'));
      const updated = await importSources(store, [join(dir, 'statement-v2.txt')], { section: 'organization-news' });
      assert.equal(updated[0]!.status, 'imported');
      assert.match(updated[0]!.note ?? '', /updated/);
      assert.equal(await count(), n);
      const imports = await store.db.selectFrom('import_source').select('original_url').where('original_url', '=', 'https://old.example.org/news/statement-77.html').execute();
      assert.equal(imports.length, 1);
      const body = await store.db.selectFrom('edition_translation').select('body').where('body', 'like', '%grave concern%').execute();
      assert.equal(body.length, 1);
    });

    test('a missing section is refused with a message naming it', async () => {
      await assert.rejects(() => importSources(store, [], { section: 'no-such-section' }), /no-such-section/);
    });
  });
}

describe('communique import (CLI)', () => {
  test('--json prints one object per source per line; the exit code is non-zero when a source failed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-import-cli-'));
    try {
      writeSources(join(dir, 'src'));
      const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}` };
      await promisify(execFile)('node', ['bin/communique.js', 'seed-demo'], { env });
      const result = await promisify(execFile)('node', ['bin/communique.js', 'import', '--json', join(dir, 'src')], { env }).then(
        (r) => ({ code: 0, stdout: r.stdout }), (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }));
      assert.equal(result.code, 1);
      const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: string; status: string; items: unknown[] });
      assert.equal(lines.length, 6);
      assert.equal(lines.filter((l) => l.status === 'imported').length, 3);
      const ok = await promisify(execFile)('node', ['bin/communique.js', 'import', join(dir, 'src', 'statement.txt')], { env });
      assert.match(ok.stdout, /imported 0, skipped 1, failed 0/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
