import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { LocalNeo4jConfig } from './config';
import { dbmsHome, ensureLauncher, LAUNCHER_LIB, localStatus } from './local-neo4j';

/**
 * `neo4j-admin database import full` on the local Neo4j: the embedded server has no neo4j-admin
 * script, but its Maven dependencies hold the command (org.neo4j.cli.AdminTool). It writes the
 * store of a database anew from CSV files, offline: the server must be stopped.
 */
const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';

export interface AdminImportFile {
  kind: 'nodes' | 'relationships';
  /** The label of the nodes, or the type of the relationships. */
  name: string;
  file: string;
}

export interface AdminImportOptions {
  /** The database to write; default `neo4j`, the server's default. */
  database?: string;
  files: AdminImportFile[];
  /** The character between the elements of a list in a cell, as the tool takes it (`U+001F`). */
  arrayDelimiter: string;
  /** Where the tool reports bad entries. */
  reportFile: string;
  /** Where its output goes. */
  logFile: string;
  /** The JVM heap of the tool and the memory it may use besides (`--max-off-heap-memory`). */
  heap?: string;
  offHeap?: string;
}

export interface AdminImportRun {
  seconds: number;
  /** CPU time of the tool's process, sampled from /proc (Linux; 0 elsewhere). */
  cpuSeconds: number;
  peakRssMb: number;
}

/** The arguments after the class name: the database first, as the file lists would take it otherwise. */
export function adminImportArgs(options: AdminImportOptions): string[] {
  return [
    'database',
    'import',
    'full',
    options.database ?? 'neo4j',
    // The database exists (the server creates it on its first start), empty: its store is replaced.
    '--overwrite-destination=true',
    `--array-delimiter=${options.arrayDelimiter}`,
    `--report-file=${options.reportFile}`,
    `--max-off-heap-memory=${options.offHeap ?? '2G'}`,
    ...options.files.map((f) => `--${f.kind}=${f.name}=${f.file}`),
  ];
}

const CLOCK_TICKS = 100;

/** CPU seconds and resident MB of a running process, from /proc; null once it has gone. */
function sample(pid: number): { cpu: number; rssMb: number } | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpu = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
    // VmHWM: the peak resident set; gone once the process is a zombie.
    const hwm = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return hwm ? { cpu, rssMb: Number(hwm[1]) / 1024 } : null;
  } catch {
    return null;
  }
}

/** Runs the import into the stopped local DBMS; rejects with the last lines of the tool's output when it fails. */
export async function runAdminImport(config: LocalNeo4jConfig, options: AdminImportOptions): Promise<AdminImportRun> {
  if (localStatus(config).running) throw new Error(`the local Neo4j of ${config.homeDir} runs: stop it first`);
  ensureLauncher();
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const out = fs.openSync(options.logFile, 'w');
  const started = process.hrtime.bigint();
  const child = spawn(
    'java',
    [
      `-Xmx${options.heap ?? '1g'}`,
      '-Dfile.encoding=UTF-8',
      '-cp',
      path.join(LAUNCHER_LIB, '*'),
      ADMIN_TOOL,
      ...adminImportArgs(options),
    ],
    { stdio: ['ignore', out, out], env: { ...process.env, NEO4J_HOME: dbmsHome(config) } },
  );
  fs.closeSync(out);
  let last = { cpu: 0, rssMb: 0 };
  const timer = setInterval(() => (last = sample(child.pid!) ?? last), 250);
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', (error) => reject(new Error(`cannot run java: ${error.message}`)));
    child.on('exit', (exit, signal) => resolve(exit ?? (signal ? 1 : 0)));
  }).finally(() => clearInterval(timer));
  if (code !== 0) {
    const tail = fs.readFileSync(options.logFile, 'utf8').split('\n').slice(-15).join('\n');
    throw new Error(`neo4j-admin database import failed (exit ${code}); see ${options.logFile}:\n${tail}`);
  }
  return {
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    cpuSeconds: last.cpu,
    peakRssMb: Math.round(last.rssMb),
  };
}
