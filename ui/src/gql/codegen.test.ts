/** @jest-environment node */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'esm', 'bin.js');

describe('generated client types', () => {
  it('match api/schema.graphql and the documents beside the views (else run npm run codegen)', () => {
    const run = spawnSync(process.execPath, [CLI, '--config', 'codegen.ts', '--check'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect({ status: run.status, output: run.status === 0 ? '' : `${run.stdout}${run.stderr}` }).toEqual({ status: 0, output: '' });
  }, 150_000);
});
