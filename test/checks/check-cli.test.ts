import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = (args: string[], env: NodeJS.ProcessEnv) => promisify(execFile)('node', ['bin/communique.js', ...args], { env }).then(
  (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }), (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }));

test('communique check: --json findings per line, exit code by errors, bad arguments named', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-check-cli-'));
  try {
    const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}` };
    await run(['seed-demo'], env);
    const all = await run(['check', '--all', '--json'], env);
    const findings = all.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { documentId: number; code: string; severity: string; sentence: string; where: { field: string } });
    for (const f of findings) {
      assert.ok(f.documentId > 0 && f.code && f.sentence && f.where.field);
      assert.ok(['error', 'warning'].includes(f.severity));
    }
    assert.equal(all.code, findings.some((f) => f.severity === 'error') ? 1 : 0);
    const one = await run(['check', '1'], env);
    assert.match(one.stdout, /checked 1 document\(s\)/);
    const bad = await run(['check', 'abc'], env);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /DOCUMENT_ID must be a number/);
    const none = await run(['check'], env);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /DOCUMENT_ID or pass --all/);
    // English unless --locale ru: the same findings, the sentences in Russian.
    assert.ok(findings.length > 0, 'the demo has findings');
    assert.ok(findings.every((f) => !/[А-Яа-яЁё]{4,} [А-Яа-яЁё]{4,}/.test(f.sentence.replace(/"[^"]*"/g, ''))), 'English by default');
    const ru = await run(['check', '--all', '--json', '--locale', 'ru'], env);
    const ruFindings = ru.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { code: string; sentence: string; sentences: { en: string; ru: string } });
    assert.deepEqual(ruFindings.map((f) => f.code), findings.map((f) => f.code));
    for (const f of ruFindings) {
      assert.equal(f.sentence, f.sentences.ru);
      assert.match(f.sentence, /[А-Яа-яЁё]/, f.sentence);
    }
    assert.equal(ru.code, all.code);
    const ruText = await run(['check', '--all', '--locale', 'ru'], env);
    assert.match(ruText.stdout, /проверено документов: \d+; ошибок: \d+, предупреждений: \d+/);
    const badLocale = await run(['check', '1', '--locale', 'fr'], env);
    assert.equal(badLocale.code, 1);
    assert.match(badLocale.stderr, /--locale must be one of en, ru \(got "fr"\)/);
    const missing = await run(['check', '99999'], env);
    assert.match(missing.stderr, /document 99999 does not exist/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
