import path from 'node:path';
import { localNeo4jConfig, neo4jConfig, projectRoot } from './config';

test('an outside server is used as given and nothing local is implied', () => {
  const config = neo4jConfig({
    NEO4J_URI: 'neo4j+s://cluster.example:7687',
    NEO4J_USER: 'reader',
    NEO4J_PASSWORD: 'pw',
  });
  expect(config).toMatchObject({
    externalUri: 'neo4j+s://cluster.example:7687',
    uri: 'neo4j+s://cluster.example:7687',
    user: 'reader',
  });
});

test('without NEO4J_URI the local server is addressed by its configured port', () => {
  expect(neo4jConfig({ NEO4J_BOLT_PORT: '7999' }).uri).toBe('bolt://127.0.0.1:7999');
  expect(localNeo4jConfig({ NEO4J_HOME_DIR: '.neo4j/x' }).homeDir).toBe(path.join(projectRoot(), '.neo4j/x'));
});

test('a port that is not a positive integer is refused with its name', () => {
  expect(() => localNeo4jConfig({ NEO4J_BOLT_PORT: 'seven' })).toThrow(/NEO4J_BOLT_PORT/);
});

test('a server on another machine is refused with the public default password', () => {
  expect(() => neo4jConfig({ NEO4J_URI: 'neo4j+s://cluster.example:7687' })).toThrow(
    /NEO4J_URI=neo4j\+s:\/\/cluster.example:7687 is another machine.*NEO4J_PASSWORD/,
  );
  expect(() => neo4jConfig({ NEO4J_URI: 'bolt://10.0.0.5:7687', NEO4J_PASSWORD: 'plangraph-local' })).toThrow(
    /public default/,
  );
  for (const uri of ['bolt://localhost:7687', 'bolt://127.0.0.1:7688', 'bolt://[::1]:7687']) {
    expect(neo4jConfig({ NEO4J_URI: uri }).password).toBe('plangraph-local');
  }
});
