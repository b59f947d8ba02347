import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the project lives: the folder of package.json above `from` (by default this file), in the
 * sources and in the compiled output alike. Every layer may read it (lint boundaries: `shared`).
 */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}
