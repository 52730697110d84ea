export { createHttpServer, type HealthInfo, type HttpServer, type HttpServerOptions, type RouteHandler } from './server';
export { createMetricsRegistry, metrics, type Counter, type Labels, type MetricsRegistry } from './metrics';
