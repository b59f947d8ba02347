import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import fs from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { neo4jConfig, projectRoot } from '../../graph/config';
import { testDatabase } from '../fixtures/neo4j';
import { type ApiServer, type MiniApi, startApi, startMiniApi } from './api-server';
import { TcpGate } from './tcp-gate';
import { freePort } from '../fixtures/ports';

jest.setTimeout(120_000);

const QUERY = JSON.stringify({ query: '{ boxes { number } }' });
const post = (url: string) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });

let driver: Driver;
let api: ApiServer;
let suite: MiniApi | undefined;

beforeAll(async () => {
  suite = await startMiniApi();
  ({ driver, api } = suite);
});

afterAll(() => suite?.close());

describe('security headers', () => {
  it('sends helmet headers and a same-origin content security policy on every route', async () => {
    for (const route of ['/health', '/graphql', '/export/projects.csv']) {
      const res = route === '/graphql' ? await post(api.url) : await fetch(`${api.url}${route}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('x-powered-by')).toBeNull();
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
    }
  });
});

describe('rate limit', () => {
  it('answers 429 with the standard RateLimit headers once a client is over its limit', async () => {
    const limited = await startApi({ driver, database: testDatabase(), rateLimit: { windowMs: 60_000, limit: 3 } });
    try {
      for (let i = 0; i < 3; i++) {
        const ok = await post(limited.url);
        expect(ok.status).toBe(200);
        expect(ok.headers.get('ratelimit-policy')).toMatch(/^"3-in-1min"; q=3; w=60\b/);
        expect(ok.headers.get('ratelimit')).toMatch(new RegExp(`^"3-in-1min"; r=${2 - i}; t=\\d+\\b`));
      }
      const refused = await fetch(`${limited.url}/export/projects.csv`);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('ratelimit')).toMatch(/r=0/);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await refused.text()).toMatch(/Too many requests/);
      // Liveness is never throttled: an orchestrator must see the process as up.
      expect((await fetch(`${limited.url}/health`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('does not throttle ordinary use at the default limit', async () => {
    const answers = await Promise.all(Array.from({ length: 60 }, () => post(api.url)));
    expect(answers.map((r) => r.status)).toEqual(Array(60).fill(200));
  });
});

describe('request timeout', () => {
  it('answers 408 and closes a connection whose request never finishes arriving', async () => {
    const slow = await startApi({ driver, database: testDatabase(), httpRequestTimeoutMs: 1_000 });
    try {
      const { port } = new URL(slow.url);
      const socket = net.connect(Number(port), '127.0.0.1');
      let reply = '';
      socket.on('data', (chunk) => (reply += chunk.toString()));
      const started = Date.now();
      socket.write(
        'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":',
      );
      await new Promise((resolve) => socket.on('close', resolve));
      expect(Date.now() - started).toBeLessThan(8_000);
      expect(reply).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      await slow.close();
    }
  });
});

describe('graceful shutdown', () => {
  const root = projectRoot(__dirname);
  const main = path.join(root, 'dist', 'api', 'main.js');

  it('finishes a request in flight on SIGTERM, then exits 0', async () => {
    expect(fs.existsSync(main)).toBe(true);
    const target = new URL(neo4jConfig().uri.replace(/^[a-z+]+:/, 'http:'));
    // Every answer from Neo4j arrives 400 ms late, so a GraphQL request takes seconds.
    const gate = new TcpGate(target.hostname, Number(target.port), 400);
    await gate.open();
    const port = await freePort();
    const child = spawn(process.execPath, [main], {
      env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${gate.port}`, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 30_000;
      while (!/PlanGraph API on/.test(output) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const started = Date.now();
      const inFlight = post(url);
      await new Promise((r) => setTimeout(r, 300));
      child.kill('SIGTERM');
      const res = await inFlight;
      expect(Date.now() - started).toBeGreaterThan(1_000);
      expect(res.status).toBe(200);
      expect((await res.json()).data.boxes.length).toBeGreaterThan(0);
      expect(await exited).toBe(0);
      expect(output).toMatch(/SIGTERM: finishing the requests in flight/);
      await expect(fetch(`${url}/health`)).rejects.toThrow();
    } finally {
      child.kill('SIGKILL');
      await gate.shut();
    }
  });
});
