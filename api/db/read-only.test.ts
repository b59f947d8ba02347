import fs from 'node:fs';
import path from 'node:path';

/**
 * The API's source, read as text: it reaches Neo4j only through read transactions, and every
 * statement it runs is a constant, its values passed as parameters.
 */
const API_DIR = path.resolve(__dirname, '..');

function sources(dir: string): { file: string; text: string }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'graphiql' ? [] : sources(full);
    if (!/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    return [{ file: path.relative(API_DIR, full), text: fs.readFileSync(full, 'utf8') }];
  });
}

const files = sources(API_DIR);
const matches = (pattern: RegExp) =>
  files.flatMap(({ file, text }) => [...text.matchAll(pattern)].map((m) => `${file}: ${m[0]}`));

describe('the API reads only', () => {
  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('never opens a write transaction or a write session', () => {
    expect(matches(/executeWrite|writeTransaction|beginTransaction|executeQuery|session\.WRITE|WRITE_ACCESS/g)).toEqual(
      [],
    );
  });

  it('opens every session in read mode', () => {
    const sessions = matches(/\.session\(\{[^}]*\}\)/g);
    expect(sessions.length).toBeGreaterThan(0);
    for (const session of sessions) expect(session).toMatch(/defaultAccessMode: neo4j\.session\.READ/);
  });

  it('runs statements only in read sessions, apart from the constant readiness probe', () => {
    // `reads.run` is the API's own gate on concurrent reads, not a Neo4j call.
    const runs = matches(/\b(?!this\b)\w+\.run\([^)]*\)/g).filter((m) => !/: reads\.run\(/.test(m));
    // A read session's auto-commit read (db/read-session.ts), and managed read transactions.
    const autoCommit = runs.filter((m) => m.endsWith('db/read-session.ts: session.run(cypher, params, config)'));
    const managed = runs.filter((m) => m.endsWith('tx.run(cypher, params)'));
    expect(runs.filter((m) => !autoCommit.includes(m) && !managed.includes(m))).toEqual([
      "db/graph.ts: session.run('RETURN 1')",
    ]);
    expect(autoCommit).toHaveLength(1);
    expect(managed.length).toBeGreaterThan(0);
    expect(matches(/executeRead\((?:async )?\(tx\) => (?:\(await )?tx\.run\(cypher, params\)/g)).toHaveLength(
      managed.length,
    );
  });

  it('passes every statement as a named constant, never built from input', () => {
    const reads = matches(/\.read\(([^,)]*)/g);
    expect(reads.length).toBeGreaterThan(10);
    // An identifier (a constant of a *.cypher.ts module, or a statement chosen from a constant table).
    const offending = reads.filter(
      (r) =>
        !/\.read\((?:[A-Z][A-Z0-9_]*|[A-Z][A-Z0-9_]*\[\w+(?:\(\w+|\])?|statement|cypher)$/.test(
          r.replace(/^[^:]+: /, ''),
        ),
    );
    expect(offending).toEqual([]);
    // Statements chosen at run time come from tables built once, when their module loads.
    expect(matches(/const statement = [^;]+;/g)).toEqual([
      'network/slice.ts: const statement = NEIGHBORHOOD_BY_DEPTH.get(depth);',
      'network/slice.ts: const statement = (shownOnly ? OVERVIEW_SHOWN : OVERVIEW)[projectSource(filter)];',
    ]);
  });

  it('keeps Cypher in *.cypher.ts modules as statements fixed when the module loads', () => {
    const modules = files.filter((f) => f.file.endsWith('.cypher.ts'));
    expect(modules.length).toBeGreaterThanOrEqual(5);
    for (const { file } of modules) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exported = require(path.join(API_DIR, file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exported)) {
        const statements =
          value instanceof Map
            ? [...value.values()]
            : typeof value === 'object' && value !== null
              ? Object.values(value)
              : [value];
        // A function here could build a statement from what a request sends.
        for (const statement of statements)
          expect(`${file} ${name}: ${typeof statement}`).toBe(`${file} ${name}: string`);
      }
    }
  });
});
