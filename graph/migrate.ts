import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from './config';

export const MIGRATIONS_DIR = path.join(projectRoot(), 'graph', 'migrations');

const RECORD_MIGRATION = `
MERGE (m:SchemaMigration {id: $id})
ON CREATE SET m.appliedAt = datetime()
`;
const APPLIED_MIGRATIONS = 'MATCH (m:SchemaMigration) RETURN m.id AS id';

export interface Migration {
  id: string;
  statements: string[];
}

/** Reads the versioned Cypher files in name order; statements end with `;`, `//` lines are comments. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.cypher'))
    .sort()
    .map((name) => {
      const text = fs
        .readFileSync(path.join(dir, name), 'utf8')
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n');
      const statements = text
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
      return { id: name.replace(/\.cypher$/, ''), statements };
    });
}

/**
 * Whether a statement changes the schema (creates or drops a constraint or an index) rather than
 * the data (a back-fill: MATCH … SET).
 */
export function isSchemaStatement(statement: string): boolean {
  return /^(?:CREATE|DROP)\s+(?:(?:FULLTEXT|RANGE|TEXT|POINT|VECTOR|LOOKUP)\s+)?(?:CONSTRAINT|INDEX)\b/i.test(
    statement.trim(),
  );
}

export interface MigrateOptions {
  /**
   * Run the data statements too (default true). An initial load (import/bulk/initial-import.ts) sets
   * false: its CSV files carry every property the back-fills set, so they would scan the whole graph
   * to change nothing.
   */
  backfills?: boolean;
}

/**
 * Applies every migration. Each statement is idempotent (IF NOT EXISTS), so running all of them
 * again is harmless; the record of applied ids tells what was new. Without back-fills only the
 * schema statements run, and the migrations are recorded as applied all the same.
 */
export async function migrate(driver: Driver, database?: string, options: MigrateOptions = {}): Promise<string[]> {
  const backfills = options.backfills ?? true;
  const applied = new Set(
    (await driver.executeQuery(APPLIED_MIGRATIONS, {}, { database })).records.map((r) => r.get('id') as string),
  );
  const fresh: string[] = [];
  // Auto-commit transactions: a back-fill writes its batches with CALL { … } IN TRANSACTIONS.
  const session = driver.session({ database });
  try {
    for (const migration of readMigrations()) {
      for (const statement of migration.statements)
        if (backfills || isSchemaStatement(statement)) await session.run(statement);
      await session.run(RECORD_MIGRATION, { id: migration.id });
      if (!applied.has(migration.id)) fresh.push(migration.id);
    }
  } finally {
    await session.close();
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  return fresh;
}
