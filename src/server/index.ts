/**
 * `payment-picker/server`: the server half of the status protocol the elements read: the
 * `statusUrl` JSON reply and the `eventsUrl` Server-Sent Events stream, fed by the shop's own
 * records (`getStatus`) and by a transport that carries status changes between processes
 * (in memory for one process, Redis Pub/Sub for several, or your own).
 *
 * Web `Request`/`Response` based, so it runs in Node (≥ 20, with {@link toNodeHandler} for
 * `node:http` and Express), Next.js route handlers, Hono, Bun and Deno. No DOM, no Lit: never
 * import it from browser code. `redis` is an optional peer dependency, loaded only by
 * {@link redisTransport} when given a URL.
 *
 * @packageDocumentation
 */
export { createStatusHub } from './hub.js';
export type { GetStatus, StatusHub, StatusHubOptions, StatusHubStats } from './hub.js';
export { memoryTransport } from './transport.js';
export type {
  MemoryTransport,
  MemoryTransportOptions,
  MemoryTransportStats,
  StatusListener,
  StatusTransport,
} from './transport.js';
export { DEFAULT_REDIS_CHANNEL, redisReconnectDelay, redisTransport } from './redis.js';
export type {
  RedisClientLike,
  RedisTransport,
  RedisTransportOptions,
  RedisTransportStats,
} from './redis.js';
export { toNodeHandler } from './node.js';
export type { NodeHandler, NodeRequestLike, NodeResponseLike, WebHandler } from './node.js';
export { FINAL_STATUSES, REPORTED_STATUSES, StatusHubError, isReportedStatus } from './protocol.js';
export type { ReportedStatus, StatusHubErrorCode } from './protocol.js';
