import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readMigrations } from './migrate';

test('reads migrations in name order, one statement per semicolon, without comment lines', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  fs.writeFileSync(path.join(dir, '002-b.cypher'), '// second\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x);\n');
  fs.writeFileSync(
    path.join(dir, '001-a.cypher'),
    'CREATE CONSTRAINT a IF NOT EXISTS\nFOR (n:A) REQUIRE n.id IS UNIQUE;\n// note\nRETURN 1;',
  );
  fs.writeFileSync(path.join(dir, 'README.md'), 'not a migration');
  expect(readMigrations(dir)).toEqual([
    { id: '001-a', statements: ['CREATE CONSTRAINT a IF NOT EXISTS\nFOR (n:A) REQUIRE n.id IS UNIQUE', 'RETURN 1'] },
    { id: '002-b', statements: ['CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x)'] },
  ]);
});

test('the shipped migrations cover the full-text index with the cjk analyzer', () => {
  const statements = readMigrations().flatMap((m) => m.statements);
  expect(statements.some((s) => s.includes('FULLTEXT INDEX nameSearch') && s.includes("'cjk'"))).toBe(true);
});
