import type { Driver } from 'neo4j-driver';
import { neo4jConfig } from '../../graph/config';
import { createDriver } from '../../graph/driver';
import { migrate } from '../../graph/migrate';
import { NAME_SEARCH_INDEX } from '../../graph/model';

/** The platform itself: a real Neo4j over Bolt, the versioned schema, and CJK full-text search. */
const config = neo4jConfig();
let driver: Driver;

const WRITE_PROBE = 'MERGE (p:PlatformProbe {id: $id}) SET p.name = $name RETURN p.name AS name';
const READ_PROBE = 'MATCH (p:PlatformProbe {id: $id}) RETURN p.name AS name';
const DELETE_PROBES = 'MATCH (p:PlatformProbe) DETACH DELETE p';
const CREATE_PLACES = 'UNWIND $names AS name CREATE (:Place {id: "probe:" + name, name: name, probe: true})';
const DELETE_PLACES = 'MATCH (p:Place {probe: true}) DETACH DELETE p';
// Only this test's probes count: other test files may leave their plans in the shared database.
const SEARCH = `CALL db.index.fulltext.queryNodes($index, $text) YIELD node, score
WHERE node.probe = true
RETURN node.name AS name ORDER BY score DESC`;
const CONSTRAINTS = 'SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN labelsOrTypes, properties, type';

beforeAll(async () => {
  driver = createDriver(config);
  await migrate(driver, config.database);
});

afterAll(async () => {
  await driver.executeQuery(DELETE_PROBES, {}, { database: config.database });
  await driver.executeQuery(DELETE_PLACES, {}, { database: config.database });
  await driver.close();
});

test('writes and reads a node through Bolt', async () => {
  await driver.executeQuery(WRITE_PROBE, { id: 'bolt', name: '景德镇' }, { database: config.database });
  const { records } = await driver.executeQuery(READ_PROBE, { id: 'bolt' }, { database: config.database });
  expect(records.map((r) => r.get('name'))).toEqual(['景德镇']);
});

test('every node label of the model has a uniqueness constraint on id', async () => {
  const { records } = await driver.executeQuery(CONSTRAINTS, {}, { database: config.database });
  const unique = records
    .filter((r) => String(r.get('type')).includes('UNIQUENESS'))
    .map((r) => `${(r.get('labelsOrTypes') as string[])[0]}.${(r.get('properties') as string[])[0]}`);
  for (const label of [
    'Plan',
    'Region',
    'Document',
    'Chapter',
    'Box',
    'Project',
    'Industry',
    'Place',
    'Unit',
    'Task',
    'Indicator',
  ]) {
    expect(unique).toContain(`${label}.id`);
  }
});

test('migrating again changes nothing', async () => {
  expect(await migrate(driver, config.database)).toEqual([]);
});

test('finds a Chinese name by a two-character query through the CJK full-text index', async () => {
  await driver.executeQuery(
    CREATE_PLACES,
    { names: ['御窑厂遗址', '湖田窑遗址', '陶溪川'] },
    { database: config.database },
  );
  const { records } = await driver.executeQuery(
    SEARCH,
    { index: NAME_SEARCH_INDEX, text: '御窑' },
    { database: config.database },
  );
  const names = records.map((r) => r.get('name'));
  expect(names[0]).toBe('御窑厂遗址');
  expect(names).not.toContain('陶溪川');
});
