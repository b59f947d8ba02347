import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { isSchemaStatement, migrate, readMigrations } from './migrate';

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

describe('schema and data statements', () => {
  it('tells the shipped back-fills (MATCH … SET of 003 and 007) from the schema statements', () => {
    const data = readMigrations().flatMap((m) =>
      m.statements.filter((s) => !isSchemaStatement(s)).map((s) => [m.id, s.split(/\s/)[0]]),
    );
    expect(data).toEqual([
      ...Array<string[]>(5).fill(['003-many-plans', 'MATCH']),
      ...Array<string[]>(3).fill(['007-project-order-keys', 'MATCH']),
    ]);
    expect(isSchemaStatement('CREATE FULLTEXT INDEX nameSearch IF NOT EXISTS FOR (n:Unit) ON EACH [n.name]')).toBe(
      true,
    );
    expect(isSchemaStatement('DROP CONSTRAINT district_id IF EXISTS')).toBe(true);
    expect(isSchemaStatement('CREATE (n:Plan {id: 1})')).toBe(false);
  });

  /** A driver that records the statements run, with no migration applied yet. */
  function recordingDriver(): { driver: Driver; statements: string[] } {
    const statements: string[] = [];
    const driver = {
      executeQuery: (cypher: string) => {
        statements.push(cypher);
        return Promise.resolve({ records: [] });
      },
      session: () => ({
        run: (cypher: string) => {
          statements.push(cypher);
          return Promise.resolve({ records: [] });
        },
        close: () => Promise.resolve(),
      }),
    } as unknown as Driver;
    return { driver, statements };
  }

  it('runs every statement by default, and only the schema statements without back-fills, recording every migration', async () => {
    const shipped = readMigrations().flatMap((m) => m.statements);
    const all = recordingDriver();
    const fresh = await migrate(all.driver);
    expect(all.statements.filter((s) => shipped.includes(s))).toEqual(shipped);

    const schema = recordingDriver();
    expect(await migrate(schema.driver, undefined, { backfills: false })).toEqual(fresh);
    expect(schema.statements.filter((s) => shipped.includes(s))).toEqual(shipped.filter(isSchemaStatement));
    expect(schema.statements.filter((s) => s.includes('MERGE (m:SchemaMigration'))).toHaveLength(
      readMigrations().length,
    );
  });
});
