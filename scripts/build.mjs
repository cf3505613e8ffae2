#!/usr/bin/env node
// Bundles the TypeScript sources into dist/communique.js (dependencies stay in node_modules).
// Runs on `npm ci`/`npm install` (prepare) and by `npm run build`. The result is not committed;
// bin/communique.js uses it while it is newer than every source file, and runs the sources
// through tsx otherwise, so an edited checkout never runs stale code.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/communique.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  sourcemap: true,
  logLevel: 'warning',
});
console.log(`built dist/communique.js in ${Date.now() - started} ms`);
