import { execFileSync } from 'node:child_process';
import { neo4jConfig } from '../../graph/config';

/** The test Neo4j was started by `plangraph-graph test`, i.e. by graph/local-neo4j.ts. */
const config = neo4jConfig();
const port = new URL(config.uri).port;

/** Every process's pid and command line as `ps` shows them to any user of the machine. */
function processTable(): { pid: number; args: string }[] {
  return execFileSync('ps', ['-eww', '-o', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [, pid, args] = /^\s*(\d+)\s+(.*)$/.exec(line)!;
      return { pid: Number(pid), args };
    });
}

const launchers = processTable().filter(
  (p) => p.args.includes('plangraph.EmbeddedNeo4j') && p.args.split(' ').includes(port),
);
// With NEO4J_URI pointing at a server this project did not start there is no launcher to inspect.
const withLauncher = launchers.length > 0 ? test : test.skip;

withLauncher('the running Neo4j has no password on its command line', () => {
  expect(launchers).toHaveLength(1);
  expect(config.password.length).toBeGreaterThan(0);
  expect(launchers[0].args).not.toContain(config.password);
});
