/**
 * Files of the project (assets, …) found from the project's root, which works both when the
 * sources run through tsx and when they run bundled from dist/.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the Communiqué project folder (package.json beside src/)');
    dir = parent;
  }
}

export const PROJECT_ROOT = findRoot();

/** Absolute path of a file given relative to the project root, e.g. `src/site/assets/site.css`. */
export function projectFile(relative: string): string {
  return join(PROJECT_ROOT, relative);
}
