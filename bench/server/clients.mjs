// The shoppers for the server bench, in their own process so their cost stays out of the
// server's figures: N event streams (optionally with the 15 s safety-net poll), or N pages
// polling the status endpoint. Driven by the parent over IPC.
import { Agent, request } from 'node:http';

const agent = new Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: 20_000 });
const epoch = () => performance.timeOrigin + performance.now();
/** @type {import('node:http').ClientRequest[]} */
const open = [];
const timers = [];

/** GET a JSON status; resolves with the request's duration in ms. */
function poll(base, id) {
  const start = performance.now();
  return new Promise((resolve) => {
    const req = request(`${base}/status/${id}`, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(performance.now() - start));
    });
    req.on('error', () => resolve(NaN));
    req.end();
  });
}

/** Opens one event stream; resolves once its first status arrived. */
function stream(base, id, index, arrivals) {
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}/events/${id}`,
      { agent, headers: { accept: 'text/event-stream' } },
      (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          if (chunk.includes('"status":"pending"')) resolve();
          if (chunk.includes('"status":"paid"')) arrivals[index] = epoch();
        });
        res.on('error', () => {});
      },
    );
    req.on('error', reject);
    req.end();
    open.push(req);
  });
}

process.on('message', async (message) => {
  const reply = (data) => process.send({ id: message.id, ...data });
  const { base, count } = message;
  if (message.cmd === 'streams') {
    for (const req of open.splice(0)) req.destroy(); // the previous run's ended streams
    const arrivals = new Array(count).fill(0);
    globalThis.arrivals = arrivals;
    for (let i = 0; i < count; i += 250) {
      const batch = [];
      for (let j = i; j < Math.min(count, i + 250); j++) {
        batch.push(stream(base, `order-${j}`, j, arrivals));
      }
      await Promise.all(batch);
    }
    if (message.safetyPollMs) {
      // The element's safety net while a stream is healthy: a status request every 15 s.
      for (let j = 0; j < count; j++) {
        const first = setTimeout(() => {
          void poll(base, `order-${j}`);
          timers.push(setInterval(() => void poll(base, `order-${j}`), message.safetyPollMs));
        }, Math.random() * message.safetyPollMs);
        timers.push(first);
      }
    }
    return reply({ opened: count });
  }
  if (message.cmd === 'arrivals') {
    const deadline = Date.now() + message.timeoutMs;
    while (globalThis.arrivals.some((t) => t === 0) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return reply({ arrivals: globalThis.arrivals });
  }
  if (message.cmd === 'poll') {
    // N pages polling every `intervalMs`, each starting at a random phase, for `durationMs`.
    const latencies = [];
    const end = Date.now() + message.durationMs;
    await Promise.all(
      Array.from({ length: count }, async (_, j) => {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * message.intervalMs));
        while (Date.now() < end) {
          const started = Date.now();
          latencies.push(await poll(base, `order-${j}`));
          const wait = message.intervalMs - (Date.now() - started);
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        }
      }),
    );
    return reply({ latencies });
  }
  if (message.cmd === 'close') {
    for (const timer of timers) clearTimeout(timer);
    for (const req of open) req.destroy();
    agent.destroy();
    reply({});
    process.exit(0);
  }
});
process.send({ ready: true });
