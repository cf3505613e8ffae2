#!/usr/bin/env node
// The `communique` command. Sources are TypeScript, loaded through tsx (no build step) with the
// project's own tsconfig, whatever the working directory.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../src/cli/main.ts');
