/**
 * Static export: the whole public site written to a folder, served by nginx on a local port, and
 * crawled from both home pages — no broken link. A second export writes nothing new; a change
 * rewrites only the files that show it.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { freePort } from '../support/net.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestSite, type TestSite } from '../support/app.ts';
import { exportStatic, fileFor } from '../../src/site/static-export.ts';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

test('addresses map to files inside the export folder', () => {
  assert.equal(fileFor('/en/news/'), 'en/news/index.html');
  assert.equal(fileFor('/en/news/?page=2'), 'en/news/index.page=2.html');
  assert.equal(fileFor('/en/news/feed.atom'), 'en/news/feed.atom');
  assert.equal(fileFor('/sitemap.xml'), 'sitemap.xml');
  assert.ok(!fileFor('/../../etc/passwd').startsWith('..'));
});

describe('static export served by nginx', () => {
  let site: TestSite;
  let dir: string;
  let nginx: ChildProcess | undefined;
  let base = '';

  before(async () => {
    assert.ok(existsSync(NGINX), `nginx not found at ${NGINX}: install the Debian package nginx (CI does)`);
    site = await startTestSite('sqlite', { PUBLIC_ORIGIN: 'http://press.test' });
    dir = mkdtempSync(join(tmpdir(), 'communique-static-'));
    chmodSync(dir, 0o755);
  });
  after(async () => {
    nginx?.kill('SIGTERM');
    await site?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('exports every page of both languages', async () => {
    const result = await exportStatic(site.app.fastify, { dir: join(dir, 'site'), locales: ['en', 'ru'], origin: 'http://press.test' });
    assert.deepEqual(result.failures, []);
    assert.ok(result.pages > 100, `${result.pages} files`);
    assert.equal(result.written, result.pages);
    for (const f of ['en/index.html', 'ru/index.html', 'en/news/index.html', 'ru/news/statements/2020-09-28-statement-nagorno-karabakh/index.html', 'assets/site.css', '404.html']) {
      assert.ok(existsSync(join(dir, 'site', f)), `${f} exported`);
    }
  });

  test('nginx serves it and every link from both home pages works', async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const conf = join(dir, 'nginx.conf');
    writeFileSync(conf, `
worker_processes 1;
daemon off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  types { application/atom+xml atom; application/rss+xml rss; application/feed+json json; }
  access_log off;
  client_body_temp_path ${dir}/tmp-body; proxy_temp_path ${dir}/tmp-proxy; fastcgi_temp_path ${dir}/tmp-fcgi;
  uwsgi_temp_path ${dir}/tmp-uwsgi; scgi_temp_path ${dir}/tmp-scgi;
  server {
    listen 127.0.0.1:${port};
    root ${join(dir, 'site')};
    index index.html;
    error_page 404 /404.html;
  }
}
`);
    nginx = spawn(NGINX, ['-c', conf, '-p', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    let up = false;
    for (let i = 0; i < 100 && !up; i++) {
      try { up = (await fetch(`${base}/en/`)).ok; } catch { await new Promise((r) => setTimeout(r, 50)); }
    }
    assert.ok(up, 'nginx came up');

    const queue = ['/en/', '/ru/'];
    const seen = new Set<string>();
    const broken: string[] = [];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const res = await fetch(base + path, { redirect: 'manual' });
      if (res.status !== 200) {
        broken.push(`${path} → ${res.status}`);
        continue;
      }
      if (!String(res.headers.get('content-type')).includes('text/html')) continue;
      const html = await res.text();
      for (const m of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
        let href = m[1]!.replace(/&amp;/g, '&');
        if (href.startsWith('http://press.test')) href = href.slice('http://press.test'.length);
        if (!href.startsWith('/') || href.startsWith('//')) continue;
        href = href.split('#')[0]!;
        if (!seen.has(href)) queue.push(href);
      }
    }
    assert.ok(seen.size > 100, `crawled ${seen.size} addresses`);
    assert.deepEqual(broken, []);
    const missing = await fetch(`${base}/en/news/no-such-item/`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /Page not found/);
  });

  test('a second export rewrites nothing; a change rewrites only what shows it', async () => {
    const target = join(dir, 'site');
    const again = await exportStatic(site.app.fastify, { dir: target, locales: ['en', 'ru'], origin: 'http://press.test' });
    assert.equal(again.written, 0);
    assert.equal(again.removed, 0);
    const page = join(target, 'en/news/statements/2020-09-28-statement-nagorno-karabakh/index.html');
    const before = readFileSync(page, 'utf8');
    const doc = await site.store.db.selectFrom('document').select('id').where('slug', '=', '2020-09-28-statement-nagorno-karabakh').executeTakeFirstOrThrow();
    const ed = await site.store.db.selectFrom('edition').select('id').where('document_id', '=', doc.id).where('state', '=', 'published').executeTakeFirstOrThrow();
    await site.store.db.updateTable('edition_translation').set({ body: 'A corrected body of the statement.' }).where('edition_id', '=', ed.id).where('locale', '=', 'en').execute();
    site.app.cache.clear();
    const changed = await exportStatic(site.app.fastify, { dir: target, locales: ['en', 'ru'], origin: 'http://press.test' });
    assert.ok(changed.written >= 1 && changed.written < changed.pages / 4, `${changed.written} of ${changed.pages} files rewritten`);
    assert.notEqual(readFileSync(page, 'utf8'), before);
  });
});
