import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { dropAbandoned } from './abandoned';
import { rateLimiter } from './security';

/** Holds each request until its client has hung up: what a long wait in a busy event loop does. */
const untilClientGone: RequestHandler = (req, _res, next) => {
  req.socket.once('close', () => setImmediate(next));
};

it('drops a request whose client has gone before the rate limiter keys it by address', async () => {
  const errors: unknown[] = [];
  let handled = 0;
  const app = express();
  app.use(untilClientGone, dropAbandoned(), rateLimiter({ windowMs: 60_000, limit: 100 }));
  app.get('/x', (_req, res) => {
    handled += 1;
    res.send('ok');
  });
  app.use(((error, _req, res, _next) => {
    errors.push(error);
    res.status(500).end();
  }) as ErrorRequestHandler);
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const served = new Promise<void>((resolve) =>
      server.once('request', (req: http.IncomingMessage) => req.socket.once('close', () => setTimeout(resolve, 200))),
    );
    const request = http.get({ host: '127.0.0.1', port, path: '/x' });
    request.on('error', () => undefined);
    setTimeout(() => request.destroy(), 100);
    await served;
    expect(errors).toEqual([]);
    expect(handled).toBe(0);
  } finally {
    server.close();
  }
});

it('lets a request whose client waits through', async () => {
  const app = express();
  app.use(dropAbandoned(), rateLimiter({ windowMs: 60_000, limit: 100 }));
  app.get('/x', (_req, res) => res.send('ok'));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/x`);
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit')).toMatch(/r=99/);
  } finally {
    server.close();
  }
});
