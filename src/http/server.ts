import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { metrics as processMetrics, type MetricsRegistry } from './metrics';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HealthInfo {
  /** Running chat surfaces, e.g. ['slack', 'discord']. */
  surfaces: readonly string[];
  /** Store kind only (e.g. 'sqlite'): a URL could carry a password. */
  store: string;
}

export interface HttpServerOptions {
  port: number;
  /** Default: all interfaces (Slack and TrackingMore must reach it). */
  host?: string;
  health?: () => HealthInfo;
  metrics?: MetricsRegistry;
  logger?: Logger;
  /** Default: DEFAULT_TIMEOUTS. */
  timeouts?: Partial<HttpTimeouts>;
}

export interface HttpTimeouts {
  /** The whole request, body included, must arrive within this. */
  requestMs: number;
  /** The request line and headers must arrive within this. */
  headersMs: number;
}

/**
 * Slack's and TrackingMore's requests are small and quick; a client that
 * trickles its headers or body is cut off long before Node's 300 s default,
 * so slow clients cannot hold connections (and body reads) open.
 */
export const DEFAULT_TIMEOUTS: HttpTimeouts = { requestMs: 30_000, headersMs: 10_000 };

export interface HttpServer {
  /** Exact path match; the query string is ignored. */
  addRoute(method: string, path: string, handler: RouteHandler): void;
  listen(): Promise<{ port: number }>;
  /** Stops accepting connections and waits for requests in flight. */
  close(): Promise<void>;
}

export function createHttpServer(options: HttpServerOptions): HttpServer {
  const routes = new Map<string, RouteHandler>();
  const registry = options.metrics ?? processMetrics;
  const requests = registry.counter('trackbot_http_requests_total', 'HTTP requests by route and status.');
  const routeKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

  const addRoute = (method: string, path: string, handler: RouteHandler) => {
    const key = routeKey(method, path);
    if (routes.has(key)) throw new Error(`route already mounted: ${key}`);
    routes.set(key, handler);
  };

  addRoute('GET', '/healthz', (_req, res) => {
    const health = options.health?.() ?? { surfaces: [], store: 'unknown' };
    sendText(res, 200, 'application/json', JSON.stringify({ ok: true, surfaces: health.surfaces, store: health.store }));
  });
  addRoute('GET', '/metrics', (_req, res) => {
    sendText(res, 200, 'text/plain; version=0.0.4; charset=utf-8', registry.render());
  });

  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const serverOptions = {
    requestTimeout: timeouts.requestMs,
    // Node requires headersTimeout <= requestTimeout.
    headersTimeout: Math.min(timeouts.headersMs, timeouts.requestMs),
    // Node checks both only this often (30 s by default, longer than the timeouts themselves).
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(timeouts.headersMs / 2))),
  };
  const server = createServer(serverOptions, (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const handler = routes.get(routeKey(req.method ?? 'GET', path));
    res.on('finish', () => requests.inc({ route: handler ? path : 'unmatched', status: String(res.statusCode) }));
    if (handler === undefined) {
      sendText(res, 404, 'application/json', JSON.stringify({ ok: false, error: 'not found' }));
      return;
    }
    Promise.resolve()
      .then(() => handler(req, res))
      .catch((error: unknown) => {
        options.logger?.error({ err: error, path }, 'HTTP handler failed');
        if (!res.headersSent) sendText(res, 500, 'application/json', JSON.stringify({ ok: false, error: 'internal error' }));
        else res.end();
      });
  });

  return {
    addRoute,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => {
          server.off('error', reject);
          resolve({ port: (server.address() as AddressInfo).port });
        });
      }),
    close: () =>
      new Promise((resolve, reject) => {
        if (!server.listening) return resolve();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}

function sendText(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
