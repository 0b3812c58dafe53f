// One "shop server process" for the server bench: a status hub (memory or Redis transport) over
// node:http through toNodeHandler, its orders in a Map, driven by the parent over IPC.
//   node --expose-gc bench/server/server.mjs '{"transport":"memory","ids":5000}'
import { createServer } from 'node:http';
import {
  createStatusHub,
  memoryTransport,
  redisTransport,
  toNodeHandler,
} from '../../dist/server.js';

const config = JSON.parse(process.argv[2] ?? '{}');
const orders = new Map();
for (let i = 0; i < config.ids; i++) orders.set(`order-${i}`, 'pending');
const transport =
  config.transport === 'redis' ? redisTransport({ url: config.redisUrl }) : memoryTransport();
const hub = createStatusHub({
  getStatus: (id) => orders.get(id) ?? null,
  transport,
  maxStreams: 20_000,
  heartbeatMs: config.heartbeatMs ?? 15_000,
  onError: (error) => console.error(`bench server: ${error.message}`),
});
if (config.transport === 'redis') await transport.ready;

const idOf = (request) => new URL(request.url).pathname.split('/')[2] ?? '';
const status = toNodeHandler((request) => hub.statusResponse(request, idOf(request)));
const events = toNodeHandler((request) => hub.eventsResponse(request, idOf(request)));
let requests = 0;
/** `bare`: a hand-written SSE reply without the hub, for Node's own cost per connection. */
const held = [];
const server = createServer((req, res) => {
  requests++;
  if (config.bare) {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    res.write(`data: {"id":"x","status":"pending"}\n\n`);
    held.push(res);
  } else if (req.url?.startsWith('/events/')) void events(req, res);
  else void status(req, res);
});
server.keepAliveTimeout = 60_000;
server.maxConnections = 20_000;
server.listen(0, '127.0.0.1', () => {
  process.send({ ready: true, port: server.address().port });
});

const epoch = () => performance.timeOrigin + performance.now();

function heap() {
  for (let i = 0; i < 4; i++) globalThis.gc();
  return process.memoryUsage().heapUsed;
}

process.on('message', async (message) => {
  const reply = (data) => process.send({ id: message.id, ...data });
  switch (message.cmd) {
    case 'heap':
      return reply({ heap: heap(), stats: hub.stats() });
    case 'direct': {
      // The hub alone, as any runtime calls it: a Request in, a Response out, its body read.
      const before = heap();
      const open = [];
      for (let i = 0; i < config.ids; i++) {
        const abort = new AbortController();
        const request = new Request(`http://shop.test/events/order-${i}`, { signal: abort.signal });
        const response = await hub.eventsResponse(request, `order-${i}`);
        const reader = response.body.getReader();
        await reader.read();
        void reader.read().catch(() => {});
        open.push([abort, reader]);
      }
      const perStream = (heap() - before) / config.ids;
      for (const [abort] of open) abort.abort();
      return reply({ perStream, stats: hub.stats() });
    }
    case 'reset':
      for (const id of orders.keys()) orders.set(id, 'pending');
      return reply({});
    case 'usage':
      return reply({ cpu: process.cpuUsage(), at: epoch(), requests });
    case 'burst': {
      // All at once (spreadMs 0), or spread evenly over spreadMs, a few every millisecond.
      const { ids, spreadMs = 0 } = message;
      const publishedAt = new Array(ids.length);
      const started = epoch();
      const pending = [];
      let next = 0;
      while (next < ids.length) {
        const due = spreadMs
          ? Math.ceil(((epoch() - started) / spreadMs) * ids.length)
          : ids.length;
        for (; next < Math.min(due, ids.length); next++) {
          orders.set(ids[next], 'paid');
          publishedAt[next] = epoch();
          pending.push(hub.publish(ids[next], 'paid'));
        }
        if (next < ids.length) await new Promise((resolve) => setTimeout(resolve, 1));
      }
      await Promise.all(pending);
      return reply({ publishedAt, publishMs: epoch() - started });
    }
    case 'close':
      await hub.close();
      server.closeAllConnections();
      server.close();
      reply({});
      return process.exit(0);
  }
});
