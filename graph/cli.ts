#!/usr/bin/env node
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { localNeo4jConfig, neo4jConfig, projectRoot } from './config';
import { boltAnswers, createDriver } from './driver';
import { localStatus, startLocal, stopLocal } from './local-neo4j';
import { migrate } from './migrate';

const program = new Command('plangraph-graph').description('Neo4j lifecycle and schema of PlanGraph');

program
  .command('start')
  .description('start the local Neo4j (nothing is provisioned when NEO4J_URI is set)')
  .action(async () => {
    const config = neo4jConfig();
    if (config.externalUri) {
      if (!(await boltAnswers(config))) throw new Error(`NEO4J_URI=${config.uri} does not answer`);
      console.log(`using Neo4j at ${config.uri}`);
      return;
    }
    await startLocal(localNeo4jConfig());
  });

program
  .command('stop')
  .description('stop the local Neo4j')
  .action(async () => {
    if (neo4jConfig().externalUri) return console.log('NEO4J_URI is set: the server is not ours to stop');
    await stopLocal(localNeo4jConfig());
  });

program
  .command('status')
  .description('say whether Neo4j answers')
  .action(async () => {
    const config = neo4jConfig();
    const up = await boltAnswers(config);
    if (config.externalUri) {
      console.log(`${config.uri}: ${up ? 'answering' : 'not answering'}`);
    } else {
      const status = localStatus(localNeo4jConfig());
      console.log(
        `${status.uri}: ${up ? 'answering' : 'not answering'}${status.pid ? ` (pid ${status.pid})` : ''}; log ${status.logFile}`,
      );
    }
    process.exitCode = up ? 0 : 1;
  });

program
  .command('migrate')
  .description('apply the versioned schema (constraints, full-text index)')
  .action(async () => {
    const config = neo4jConfig();
    const driver = createDriver(config);
    try {
      const fresh = await migrate(driver, config.database);
      console.log(fresh.length ? `schema migrated: ${fresh.join(', ')}` : 'schema up to date');
    } finally {
      await driver.close();
    }
  });

program
  .command('test')
  .description('run a command against a throwaway Neo4j (its own port and data), stopped afterwards')
  .argument('<command...>', 'the command and its arguments')
  .action(async (command: string[]) => {
    const env = { ...process.env };
    let stop: (() => Promise<void>) | null = null;
    if (!env.NEO4J_URI) {
      const local = localNeo4jConfig({
        ...env,
        NEO4J_BOLT_PORT: env.NEO4J_TEST_BOLT_PORT || '7688',
        NEO4J_HOME_DIR: env.NEO4J_TEST_HOME_DIR || '.neo4j/test',
        NEO4J_HEAP: env.NEO4J_TEST_HEAP || '1g',
        NEO4J_PAGECACHE_MB: env.NEO4J_TEST_PAGECACHE_MB || '256',
      });
      await stopLocal(local, () => undefined);
      fs.rmSync(local.homeDir, { recursive: true, force: true });
      await startLocal(local);
      stop = () => stopLocal(local);
      Object.assign(env, { NEO4J_URI: `bolt://127.0.0.1:${local.boltPort}`, NEO4J_PASSWORD: local.password });
    }
    let code: number;
    try {
      const driver = createDriver(neo4jConfig(env));
      try {
        await migrate(driver, env.NEO4J_DATABASE || undefined);
      } finally {
        await driver.close();
      }
      code = await run(command, env);
    } finally {
      if (stop) await stop();
    }
    process.exitCode = code;
  });

function run(command: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const bin = path.join(projectRoot(), 'node_modules', '.bin');
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), {
      stdio: 'inherit',
      env: { ...env, PATH: `${bin}${path.delimiter}${env.PATH ?? ''}` },
    });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('error', (error) => {
      console.error(`cannot run ${command[0]}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
