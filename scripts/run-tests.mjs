#!/usr/bin/env node
// Runs every test file (src/**/*.test.ts(x), test/**/*.test.ts(x)) with node's test runner through tsx.
// Node 20 has no test glob, so the files are listed here. Extra arguments are passed to node --test
// (e.g. `npm test -- --test-name-pattern=item`); a path argument narrows the run to matching files.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.test\.tsx?$/.test(name)) out.push(relative(root, path));
  }
  return out;
}
const args = process.argv.slice(2);
const filters = args.filter((a) => !a.startsWith('-'));
const flags = args.filter((a) => a.startsWith('-'));
let files = ['src', 'test'].flatMap((d) => walk(join(root, d))).sort();
if (filters.length > 0) files = files.filter((f) => filters.some((p) => f.includes(p)));
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...flags, ...files], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
