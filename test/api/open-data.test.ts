/** Open data: CSV encoding (pure) and `communique export meetings` on both databases. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { participantRowsCsv, type ParticipantRowJson } from '../../src/api/presenters.ts';
import { decodeCursor, encodeCursor } from '../../src/api/cursor.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { startTestSite, type TestSite } from '../support/app.ts';

const BIN = fileURLToPath(new URL('../../bin/communique.js', import.meta.url));

/** A strict RFC 4180 reader, to check what the writer produced. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    assert.ok(c !== '"' && c !== '\n' && c !== '\r', `unquoted special character at ${i}`);
    field += c; i++;
  }
  assert.equal(field, '', 'the text ends with CRLF');
  return rows;
}

const row = (over: Partial<ParticipantRowJson>): ParticipantRowJson => ({
  meetingId: 1, date: '2020-12-02', body: 'Council', bodySlug: 'council', format: 'videoconference', location: null,
  state: 'Armenia', stateCode: 'AM', person: 'A Person', personSlug: 'a-person', rank: null, role: 'Minister', chair: false, ...over,
});

describe('CSV and cursors (pure)', () => {
  test('fields with commas, quotes, line breaks and formula starts survive a round trip', () => {
    const rows = [
      row({ body: 'Council of Ministers, Foreign', chair: true }),
      row({ person: 'Say "hello"', location: 'Line one\nline two' }),
      row({ role: '=HYPERLINK("x")', rank: '-1', state: null }),
      row({ person: 'Зась Станислав', location: ' padded ' }),
    ];
    const parsed = parseCsv(participantRowsCsv(rows));
    assert.deepEqual(parsed[0], ['meeting_id', 'date', 'body', 'format', 'location', 'state', 'person', 'rank', 'role', 'chair']);
    assert.equal(parsed.length, 5);
    assert.equal(parsed[1]![2], 'Council of Ministers, Foreign');
    assert.equal(parsed[1]![9], 'yes');
    assert.equal(parsed[2]![6], 'Say "hello"');
    assert.equal(parsed[2]![4], 'Line one\nline two');
    assert.equal(parsed[2]![9], 'no');
    assert.equal(parsed[3]![8], `'=HYPERLINK("x")`, 'a formula is neutralised');
    assert.equal(parsed[3]![7], "'-1");
    assert.equal(parsed[3]![5], '', 'null is empty');
    assert.equal(parsed[4]![6], 'Зась Станислав');
    assert.equal(parsed[4]![4], ' padded ');
  });

  test('cursors round-trip and are tied to their list', () => {
    const c = encodeCursor('items', ['2020-01-01T00:00:00.000Z', 5]);
    assert.match(c, /^[A-Za-z0-9_-]+$/);
    assert.deepEqual(decodeCursor(c, 'items', ['t', 'i'] as const), ['2020-01-01T00:00:00.000Z', 5]);
    assert.throws(() => decodeCursor(c, 'meetings', ['t', 'i'] as const), /cursor/);
    assert.equal(decodeCursor(undefined, 'items', ['i'] as const), undefined);
    assert.throws(() => decodeCursor(encodeCursor('m', ['2021-02-29', 1]), 'm', ['d', 'i'] as const), /not a cursor/);
    assert.deepEqual(decodeCursor(encodeCursor('m', ['2024-02-29', 1]), 'm', ['d', 'i'] as const), ['2024-02-29', 1]);
  });
});

for (const kind of DATABASE_KINDS) {
  describe(`communique export meetings on ${kind}`, () => {
    let site: TestSite;
    let dir: string;
    before(async () => {
      site = await startTestSite(kind);
      dir = mkdtempSync(join(tmpdir(), 'communique-export-'));
    });
    after(async () => {
      rmSync(dir, { recursive: true, force: true });
      await site.close();
    });
    const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], {
      env: { ...process.env, DATABASE_URL: site.config.databaseUrl }, encoding: 'utf8', timeout: 60_000,
    });

    test('CSV and JSON hold the same rows as the API, one per participant', async () => {
      const api = (await site.app.fastify.inject('/api/v1/meetings/participants?locale=ru')).json().data as ParticipantRowJson[];
      assert.ok(api.length > 10);
      const csvFile = join(dir, 'meetings.csv');
      const csv = run(['export', 'meetings', '--format', 'csv', '--output', csvFile, '--locale', 'ru']);
      assert.equal(csv.status, 0, csv.stderr);
      assert.match(csv.stderr, new RegExp(`wrote ${api.length} row\\(s\\)`));
      const parsed = parseCsv(readFileSync(csvFile, 'utf8'));
      assert.equal(parsed[0]!.join(','), 'meeting_id,date,body,format,location,state,person,rank,role,chair');
      assert.equal(parsed.length - 1, api.length);
      parsed.slice(1).forEach((r, i) => {
        const a = api[i]!;
        assert.deepEqual(r, [String(a.meetingId), a.date, a.body, a.format, a.location ?? '', a.state ?? '', a.person, a.rank ?? '', a.role, a.chair ? 'yes' : 'no']);
      });
      const json = run(['export', 'meetings', '--format', 'json', '--locale', 'ru']);
      assert.equal(json.status, 0, json.stderr);
      assert.deepEqual(JSON.parse(json.stdout), api);
    });

    test('filters, and bad options are refused with a message naming the option', () => {
      const vc = JSON.parse(run(['export', 'meetings', '--format', 'json', '--meeting-format', 'videoconference', '--year', '2020']).stdout) as ParticipantRowJson[];
      for (const r of vc) assert.ok(r.format === 'videoconference' && r.date.startsWith('2020'));
      for (const [args, where] of [[['--format', 'xml'], '--format'], [['--locale', 'fr'], '--locale'], [['--year', '20'], '--year'], [['--meeting-format', 'x'], '--meeting-format']] as const) {
        const r = run(['export', 'meetings', ...args]);
        assert.equal(r.status, 1);
        assert.match(r.stderr, new RegExp(where));
      }
    });
  });
}
