// `npm run bench:server`: the server half (payment-picker/server) under shoppers' load, on
// loopback only, bounded in count and time (about a minute and a half). Each server and the
// shoppers run in their own Node processes, so each figure is one process's own.
//
//   1. 5,000 open streams on one process (memory transport): heap per open stream, and
//      publish → delivered latency for a burst of 5,000 publishes (one per stream).
//   2. The same across two processes on a real Redis: streams on A, the burst published on B.
//   3. 5,000 shoppers polling the status endpoint at the element's default cadence, against
//      5,000 shoppers on a stream each (with the element's 15 s safety-net poll): requests per
//      second the status endpoint absorbs, and the server's CPU.
//
// `--quick` uses 1,000 shoppers and shorter windows; `--write` records the figures in the
// "## Server" section of BENCHMARKS.md. Needs `npm run build` (dist/server.js) and redis-server.
import { fork } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { startRedis } from '../../test/server/support/redis.mjs';

const quick = process.argv.includes('--quick');
const write = process.argv.includes('--write');
const N = quick ? 1000 : 5000;
const POLL_WINDOW_MS = quick ? 8000 : 20_000;
/** The element's cadence (src/status/schedule.ts): every 2 s for a minute, then every 15 s. */
const FAST_POLL_MS = 2000;
const SLOW_POLL_MS = 15_000;
/** The paced run: this many publishes per second. */
const SPREAD_RATE = 2500;
const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));

let nextId = 0;
/** Forks a bench process and returns a request/reply helper for it. */
async function spawn(file, args = [], execArgv = []) {
  const child = fork(`${here}${file}`, args, {
    execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map();
  let ready;
  const started = new Promise((resolve) => (ready = resolve));
  child.on('message', (message) => {
    if (message.ready) return ready(message);
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
  });
  const info = await started;
  return {
    ...info,
    child,
    ask(cmd, data = {}) {
      const id = ++nextId;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        child.send({ id, cmd, ...data });
      });
    },
    async close() {
      if (child.exitCode === null) await this.ask('close').catch(() => {});
    },
  };
}

const server = (config) =>
  spawn('server.mjs', [JSON.stringify({ ids: N, ...config })], ['--expose-gc']);
const clients = () => spawn('clients.mjs');
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ids = Array.from({ length: N }, (_, i) => `order-${i}`);
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const results = {};

/** Streams on `holder`, a burst published by `publisher`: heap per stream and latencies. */
async function streamsScenario(name, holder, publisher) {
  const shoppers = await clients();
  try {
    const base = `http://127.0.0.1:${holder.port}`;
    const before = await holder.ask('heap');
    const t0 = performance.now();
    await shoppers.ask('streams', { base, count: N });
    const openMs = performance.now() - t0;
    const after = await holder.ask('heap');
    if (after.stats.streams !== N) throw new Error(`${after.stats.streams} streams open, not ${N}`);
    const perStream = (after.heap - before.heap) / N;
    // A burst: one publish per open stream, all at once. Then the same streams again, their
    // statuses published at SPREAD_RATE per second: the latency of one publish under load.
    const burst = await publisher.ask('burst', { ids });
    const first = await shoppers.ask('arrivals', { timeoutMs: 30_000 });
    await holder.ask('reset');
    await shoppers.ask('streams', { base, count: N });
    const paced = await publisher.ask('burst', { ids, spreadMs: (N / SPREAD_RATE) * 1000 });
    const second = await shoppers.ask('arrivals', { timeoutMs: 30_000 });
    const latency = (arrivals, publishedAt) =>
      arrivals.map((t, i) => (t === 0 ? Infinity : t - publishedAt[i]));
    const together = latency(first.arrivals, burst.publishedAt);
    const spread = latency(second.arrivals, paced.publishedAt);
    const missing = [...together, ...spread].filter((x) => x === Infinity).length;
    const result = {
      perStream,
      openMs,
      publishMs: burst.publishMs,
      p50: percentile(together, 50),
      p99: percentile(together, 99),
      max: Math.max(...together),
      paced50: percentile(spread, 50),
      paced99: percentile(spread, 99),
      missing,
    };
    results[name] = result;
    console.log(
      `bench:server ${name}: ${N} streams opened in ${ms(openMs)}; heap ${kB(perStream)} per stream; ` +
        `${N} publishes at once: p50 ${ms(result.p50)}, p99 ${ms(result.p99)}, max ${ms(result.max)}; ` +
        `${N} at ${SPREAD_RATE}/s: p50 ${ms(result.paced50)}, p99 ${ms(result.paced99)}` +
        (missing ? `; ${missing} NOT DELIVERED` : ''),
    );
    const end = await holder.ask('heap');
    if (end.stats.streams !== 0) throw new Error(`${end.stats.streams} streams left after final`);
  } finally {
    await shoppers.close();
  }
}

/** CPU share of one core and request rate of a server process over `windowMs` of `load`. */
async function measure(target, load) {
  const a = await target.ask('usage');
  const outcome = await load();
  const b = await target.ask('usage');
  const wall = b.at - a.at;
  const cpu = (b.cpu.user - a.cpu.user + b.cpu.system - a.cpu.system) / 1000 / wall;
  return { cpu, rps: ((b.requests - a.requests) / wall) * 1000, outcome };
}

async function pollingScenario() {
  // Polling: every page asks every 2 s (the first minute of every payment).
  const polled = await server({ transport: 'memory' });
  const pollers = await clients();
  try {
    const base = `http://127.0.0.1:${polled.port}`;
    // Measured over a fixed window that starts after the first interval (every page polling).
    const polling = pollers.ask('poll', {
      base,
      count: N,
      intervalMs: FAST_POLL_MS,
      durationMs: POLL_WINDOW_MS + 2 * FAST_POLL_MS,
    });
    await new Promise((resolve) => setTimeout(resolve, FAST_POLL_MS));
    const run = await measure(polled, async () => {
      await new Promise((resolve) => setTimeout(resolve, POLL_WINDOW_MS));
    });
    run.outcome = await polling;
    const latencies = run.outcome.latencies.filter((x) => Number.isFinite(x));
    results.polling = {
      rps: run.rps,
      cpu: run.cpu,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      failed: run.outcome.latencies.length - latencies.length,
    };
  } finally {
    await pollers.close();
    await polled.close();
  }
  // Streams: one each, plus the element's safety-net poll every 15 s.
  const streamed = await server({ transport: 'memory' });
  const shoppers = await clients();
  try {
    const base = `http://127.0.0.1:${streamed.port}`;
    await shoppers.ask('streams', { base, count: N, safetyPollMs: SLOW_POLL_MS });
    const run = await measure(
      streamed,
      () => new Promise((resolve) => setTimeout(resolve, POLL_WINDOW_MS)),
    );
    results.streaming = { rps: run.rps, cpu: run.cpu };
  } finally {
    await shoppers.close();
    await streamed.close();
  }
  const p = results.polling;
  console.log(
    `bench:server polling: ${N} pages every 2 s: ${p.rps.toFixed(0)} req/s absorbed ` +
      `(expected ${(N / 2).toFixed(0)}), p50 ${ms(p.p50)}, p99 ${ms(p.p99)}, server CPU ${(p.cpu * 100).toFixed(0)}% of a core` +
      (p.failed ? `, ${p.failed} failed` : ''),
  );
  const s = results.streaming;
  console.log(
    `bench:server streaming: ${N} streams + 15 s safety poll: ${s.rps.toFixed(0)} req/s, ` +
      `server CPU ${(s.cpu * 100).toFixed(0)}% of a core`,
  );
}

/** Heap per connection of a hand-written node:http SSE reply, and of the hub called directly. */
async function baselines() {
  const bare = await server({ bare: true });
  const shoppers = await clients();
  try {
    const before = await bare.ask('heap');
    await shoppers.ask('streams', { base: `http://127.0.0.1:${bare.port}`, count: N });
    results.bare = ((await bare.ask('heap')).heap - before.heap) / N;
  } finally {
    await shoppers.close();
    await bare.close();
  }
  const direct = await server({ transport: 'memory' });
  try {
    results.direct = (await direct.ask('direct')).perStream;
  } finally {
    await direct.close();
  }
  console.log(
    `bench:server heap per connection: a bare node:http SSE reply ${kB(results.bare)}; ` +
      `the hub alone (Request, Response, stream state) ${kB(results.direct)}`,
  );
}

const started = Date.now();
const redis = await startRedis();
try {
  await baselines();
  const one = await server({ transport: 'memory' });
  try {
    await streamsScenario('memory', one, one);
  } finally {
    await one.close();
  }
  const a = await server({ transport: 'redis', redisUrl: redis.url });
  const b = await server({ transport: 'redis', redisUrl: redis.url });
  try {
    await streamsScenario('redis', a, b);
  } finally {
    await a.close();
    await b.close();
  }
  await pollingScenario();
} finally {
  await redis.stop();
}
console.log(`bench:server done in ${((Date.now() - started) / 1000).toFixed(0)} s`);

if (write) {
  const m = results.memory;
  const r = results.redis;
  const p = results.polling;
  const s = results.streaming;
  const ok = (value, goal) => (value <= goal ? 'yes' : '**no**');
  const section = `## Server

\`npm run bench:server\` (bench/server/): \`payment-picker/server\` over \`node:http\` (\`toNodeHandler\`),
loopback only, on this machine (${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version},
redis-server from Debian), ${N.toLocaleString('en')} shoppers. Every server and the shoppers run in
their own processes; heap is \`heapUsed\` after GC in the process holding the streams, divided by the
number of open streams (so it includes Node's own request, response and socket objects).
Latency is from \`hub.publish()\` to the event's arrival at the shopper: for a burst of
${N.toLocaleString('en')} publishes issued at the same instant (one per open stream), and for the same
${N.toLocaleString('en')} paced at ${SPREAD_RATE.toLocaleString('en')} a second. Recorded ${new Date().toISOString().slice(0, 10)}, load average
${loadavg()[0].toFixed(1)} at the end (other work shared the 2 cores).

| measure | result | goal | met |
| --- | --- | --- | --- |
| heap per open stream, the hub's own (Web \`Request\` and \`Response\`, body stream, hub state) | ${kB(results.direct)} | ≤ 10 kB | ${ok(results.direct, 10240)} |
| heap per open stream, whole process over node:http, memory transport | ${kB(m.perStream)} | | |
| heap per open stream, whole process over node:http, Redis transport | ${kB(r.perStream)} | | |
| of which Node's own: a hand-written node:http SSE reply, per connection | ${kB(results.bare)} | | |
| publish → delivered, one process, ${N.toLocaleString('en')} at once: p50 / p99 / max | ${ms(m.p50)} / ${ms(m.p99)} / ${ms(m.max)} | p99 ≤ 50 ms | ${ok(m.p99, 50)} |
| publish → delivered, one process, ${N.toLocaleString('en')} at ${SPREAD_RATE.toLocaleString('en')}/s: p50 / p99 | ${ms(m.paced50)} / ${ms(m.paced99)} | p99 ≤ 50 ms | ${ok(m.paced99, 50)} |
| publish → delivered, two processes on Redis, ${N.toLocaleString('en')} at once: p50 / p99 / max | ${ms(r.p50)} / ${ms(r.p99)} / ${ms(r.max)} | p99 ≤ 100 ms | ${ok(r.p99, 100)} |
| publish → delivered, two processes on Redis, ${N.toLocaleString('en')} at ${SPREAD_RATE.toLocaleString('en')}/s: p50 / p99 | ${ms(r.paced50)} / ${ms(r.paced99)} | p99 ≤ 100 ms | ${ok(r.paced99, 100)} |
| opening ${N.toLocaleString('en')} streams (one process / Redis) | ${ms(m.openMs)} / ${ms(r.openMs)} | | |
| polling every 2 s (the element's first minute): status requests/s absorbed | ${p.rps.toFixed(0)} req/s (p50 ${ms(p.p50)}, p99 ${ms(p.p99)}), server CPU ${(p.cpu * 100).toFixed(0)}% of a core | | |
| one stream each + the 15 s safety-net poll: status requests/s | ${s.rps.toFixed(0)} req/s, server CPU ${(s.cpu * 100).toFixed(0)}% of a core | | |

A burst issued at one instant is delivered in about the time it takes to write ${N.toLocaleString('en')} events to
${N.toLocaleString('en')} sockets and end ${N.toLocaleString('en')} responses: one system call each, a few tens of µs each on
this virtual machine, so its p99 is the time to drain the whole burst, in one process about
${ms(m.max)} and through Redis about ${ms(r.max)} (Redis also has to fan ${N.toLocaleString('en')} messages out). That
misses the 50 / 100 ms goals; a publish among a steady ${SPREAD_RATE.toLocaleString('en')} a second (far more payments
than one shop completes) arrives in ${ms(m.paced99)} (p99) in one process and ${ms(r.paced99)} through Redis,
within them. Ending responses is deferred to the next turn of the event loop so that, in a
burst, every shopper's last event leaves before any socket is torn down.

Polling at the element's default cadence costs ${N.toLocaleString('en')} / 2 s = ${(N / 2).toLocaleString('en')} requests/s for the
first minute of every payment (then ${N.toLocaleString('en')} / 15 s = ${Math.round(N / 15)}/s), and the shopper hears the result up to
2 s late (1 s on average). With a stream each, the status endpoint sees only the safety-net poll
(${Math.round(N / 15)}/s) from the start, and the result arrives in milliseconds. Request latencies are
measured in the shoppers' process, so they include its own queueing (${N.toLocaleString('en')} sockets on a shared core);
the CPU share is the server process's own.
`;
  const file = `${root}BENCHMARKS.md`;
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf('\n## Server\n');
  const kept = at >= 0 ? text.slice(0, at + 1) : `${text.trimEnd()}\n\n`;
  const options = { ...(await resolveConfig(file)), filepath: file };
  writeFileSync(file, await format(`${kept}${section}`, options));
  console.log('bench:server: wrote the "## Server" section of BENCHMARKS.md');
}
