import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';

/**
 * Security headers for the API, GraphiQL and the web UI. All three are served from this origin
 * and load nothing from elsewhere, so the policy allows 'self' only, plus what they need:
 * inline styles (GraphiQL's page and CodeMirror, Cytoscape's canvas labels) and data: images
 * (the PNG export). No upgrade-insecure-requests: the app is usually served over plain HTTP on
 * localhost or behind a proxy that terminates TLS.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'frame-ancestors': ["'none'"],
        'upgrade-insecure-requests': null,
      },
    },
    // The UI is opened as a plain http://localhost page; HSTS would pin it to HTTPS.
    strictTransportSecurity: false,
  });
}

export interface RateLimitOptions {
  /** Length of the counting window. */
  windowMs: number;
  /** Requests one client may make in a window. */
  limit: number;
}

/**
 * Per-client rate limit (by IP address) with 429 and the standard `RateLimit` and
 * `RateLimit-Policy` headers (IETF draft 8). The defaults are generous: the web UI makes a few
 * requests per view, so only scripted floods reach them.
 */
export function rateLimiter(options: RateLimitOptions): RequestHandler {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    message: 'Too many requests from this address; wait as long as the Retry-After header says, then try again.',
  });
}
