/**
 * The OpenAPI 3.1 document is generated from the route schemas: it parses, names version 3.1.x,
 * lists every registered /api/v1 GET route with its parameters and responses, and passes a small
 * structural check of the OpenAPI 3.1 schema's required fields.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify, { type FastifyInstance } from 'fastify';
import { createSqliteDatabase, type TestDatabase } from '../support/databases.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import type { Store } from '../../src/platform/db/connect.ts';
import { apiPlugin } from '../../src/api/plugin.ts';
import { startTestSite, type TestSite } from '../support/app.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Required fields of OpenAPI 3.1 objects we use (a subset of the official schema). */
function structuralProblems(doc: any): string[] {
  const problems: string[] = [];
  const need = (cond: unknown, what: string) => { if (!cond) problems.push(what); };
  need(typeof doc === 'object' && doc !== null, 'document is an object');
  need(/^3\.1\.\d+$/.test(doc.openapi), 'openapi is 3.1.x');
  need(doc.info && typeof doc.info.title === 'string' && typeof doc.info.version === 'string', 'info.title and info.version');
  need(doc.paths && typeof doc.paths === 'object', 'paths');
  for (const [path, item] of Object.entries<any>(doc.paths ?? {})) {
    need(path.startsWith('/'), `${path}: starts with /`);
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const [method, op] of Object.entries<any>(item)) {
      if (!METHODS.includes(method)) continue;
      const where = `${method.toUpperCase()} ${path}`;
      need(op.responses && Object.keys(op.responses).length > 0, `${where}: has responses`);
      for (const [status, response] of Object.entries<any>(op.responses ?? {})) {
        need(/^([1-5]\d\d|[1-5]XX|default)$/.test(status), `${where}: response key ${status}`);
        need(typeof response.description === 'string', `${where} ${status}: description`);
        for (const [media, content] of Object.entries<any>(response.content ?? {})) {
          need(/^[a-z]+\/[a-z0-9.+*-]+$/i.test(media), `${where} ${status}: media type ${media}`);
          need(typeof content.schema === 'object', `${where} ${status} ${media}: schema`);
        }
      }
      for (const p of op.parameters ?? []) {
        need(typeof p.name === 'string' && ['query', 'header', 'path', 'cookie'].includes(p.in), `${where}: parameter name/in`);
        need(p.in !== 'path' || p.required === true, `${where}: path parameter ${p.name} is required`);
        need(typeof p.schema === 'object', `${where}: parameter ${p.name} has a schema`);
      }
      for (const name of templated) {
        need((op.parameters ?? []).some((p: any) => p.in === 'path' && p.name === name), `${where}: declares path parameter ${name}`);
      }
    }
  }
  return problems;
}

describe('OpenAPI document', () => {
  let database: TestDatabase;
  let store: Store;
  let app: FastifyInstance;
  const registered: { method: string; url: string; hidden: boolean }[] = [];

  before(async () => {
    database = await createSqliteDatabase();
    store = await database.open();
    await migrate(store);
    app = Fastify({ logger: false });
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) {
        registered.push({ method, url: route.url, hidden: Boolean((route.schema as { hide?: boolean } | undefined)?.hide) });
      }
    });
    await app.register(apiPlugin, { prefix: '/api/v1', db: store.db, dialect: store.dialect, locales: ['en', 'ru'], origin: 'http://press.test', env: {} });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await store.close();
    await database.drop();
  });

  test('parses, is 3.1.x, and lists every GET route with responses', async () => {
    const r = await app.inject('/api/v1/openapi.json');
    assert.equal(r.statusCode, 200);
    const doc = JSON.parse(r.body);
    assert.match(doc.openapi, /^3\.1\.\d+$/);
    const gets = registered.filter((x) => x.method === 'GET' && !x.hidden && x.url.startsWith('/api/v1/'));
    assert.ok(gets.length >= 14, `found ${gets.length} routes`);
    for (const route of gets) {
      const path = route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      assert.ok(doc.paths[path], `${path} is documented`);
      assert.ok(doc.paths[path].get, `GET ${path} is documented`);
      assert.ok(doc.paths[path].get.responses['200'], `GET ${path} documents 200`);
    }
    // Nothing documented that is not served.
    for (const path of Object.keys(doc.paths)) {
      assert.ok(gets.some((g) => g.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}') === path), `${path} is served`);
    }
    for (const p of ['/api/v1/items', '/api/v1/items/{slug}', '/api/v1/sections', '/api/v1/bodies', '/api/v1/states', '/api/v1/people',
      '/api/v1/appointments', '/api/v1/meetings', '/api/v1/meetings/{id}', '/api/v1/meetings/participants', '/api/v1/search']) {
      assert.ok(doc.paths[p], `${p} exists`);
    }
  });

  test('passes the structural check, documents filters and error responses', async () => {
    const doc = (await app.inject('/api/v1/openapi.json')).json();
    assert.deepEqual(structuralProblems(doc), []);
    const items = doc.paths['/api/v1/items'].get;
    const names = items.parameters.map((p: any) => p.name).sort();
    for (const n of ['body', 'cursor', 'limit', 'locale', 'person', 'section', 'state', 'type', 'year']) assert.ok(names.includes(n), `items documents ${n}`);
    assert.deepEqual(items.parameters.find((p: any) => p.name === 'locale').schema.enum, ['en', 'ru']);
    assert.ok(items.responses['400'] && items.responses['429']);
    assert.ok(doc.paths['/api/v1/items/{slug}'].get.responses['404']);
    // Nullable fields are 3.1-style (a type union or anyOf with null), not 3.0's `nullable`.
    assert.doesNotMatch(JSON.stringify(doc), /"nullable"/);
  });

  test('the check can fail', () => {
    assert.notDeepEqual(structuralProblems({ openapi: '3.0.3', info: {}, paths: { 'items': { get: {} } } }), []);
  });

  describe('in the whole app', () => {
    let site: TestSite;
    before(async () => { site = await startTestSite('sqlite'); });
    after(async () => { await site.close(); });
    test('/api/v1/openapi.json is served with the public origin as server', async () => {
      const doc = (await site.app.fastify.inject('/api/v1/openapi.json')).json();
      assert.match(doc.openapi, /^3\.1\./);
      assert.deepEqual(doc.servers, [{ url: 'http://press.test' }]);
      assert.deepEqual(structuralProblems(doc), []);
    });
  });
});
