import type { RequestHandler } from 'express';

/**
 * Stops a request whose client has already gone: on a busy server a request can wait so long
 * before Express handles it that the client has given up and its socket is closed. Nothing can be
 * answered then, and the request no longer has an address: the rate limiter, keyed by it, would
 * fail (express-rate-limit hashes an undefined key), and any query would be work for nobody.
 */
export function dropAbandoned(): RequestHandler {
  return (req, _res, next) => {
    if (req.socket.destroyed) return;
    next();
  };
}
