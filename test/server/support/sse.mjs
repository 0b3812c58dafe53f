// Reading the hub's replies in tests: an SSE reader with a time limit that keeps every field,
// an HTTP server around a hub (through toNodeHandler, as a shop mounts it), and a way to load
// the browser client (payment-picker/status) from source to check the hub against it.
import { once } from 'node:events';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { toNodeHandler } from '../../../dist/server.js';

/**
 * @typedef {object} SseReader
 * @property {{id?: string, data: string, at: number}[]} events
 * @property {string[]} comments
 * @property {number | undefined} retry
 * @property {boolean} ended the body ended (the server closed the stream)
 * @property {(predicate: (reader: SseReader) => boolean, timeoutMs?: number) => Promise<void>} until
 * @property {() => Promise<void>} cancel the client goes away
 */

/**
 * Reads a `text/event-stream` body in the background.
 * @param {ReadableStream<Uint8Array>} body
 * @returns {SseReader}
 */
export function readSse(body) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  /** @type {Set<() => void>} */
  const waiters = new Set();
  /** @type {SseReader} */
  const state = {
    events: [],
    comments: [],
    retry: undefined,
    ended: false,
    until(predicate, timeoutMs = 2000) {
      if (predicate(state)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`SSE condition not met in ${timeoutMs} ms: ${JSON.stringify(state)}`));
        }, timeoutMs);
        const check = () => {
          if (!predicate(state)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
      });
    },
    async cancel() {
      await reader.cancel();
    },
  };
  const notify = () => {
    for (const waiter of [...waiters]) waiter();
  };
  void (async () => {
    let text = '';
    /** @type {{id?: string, data: string[]}} */
    let event = { data: [] };
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
        const lines = text.split(/\r\n?|\n/);
        text = lines.pop() ?? '';
        for (const line of lines) {
          if (line === '') {
            if (event.data.length > 0) {
              state.events.push({
                id: event.id,
                data: event.data.join('\n'),
                at: performance.now(),
              });
            }
            event = { data: [] };
            continue;
          }
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === '') state.comments.push(value);
          else if (field === 'data') event.data.push(value);
          else if (field === 'id') event.id = value;
          else if (field === 'retry') state.retry = Number(value);
        }
        notify();
      }
    } catch {
      // Cancelled by the test.
    }
    state.ended = true;
    notify();
  })();
  return state;
}

/** The statuses of the events read so far. @param {SseReader} reader */
export function statuses(reader) {
  return reader.events.map((event) => JSON.parse(event.data).status);
}

/**
 * Serves a hub over HTTP on 127.0.0.1 (routes /status/:id and /events/:id), as a shop would.
 * @param {import('../../../dist/types/server/index.js').StatusHub} hub
 */
export async function serveHub(hub) {
  const status = toNodeHandler((request) => hub.statusResponse(request, idOf(request)));
  const events = toNodeHandler((request) => hub.eventsResponse(request, idOf(request)));
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/status/')) void status(req, res);
    else if (path.startsWith('/events/')) void events(req, res);
    else res.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/** @param {Request} request */
function idOf(request) {
  return decodeURIComponent(new URL(request.url).pathname.split('/')[2] ?? '');
}

/**
 * The browser client's status code (src/status/, `payment-picker/status`), bundled from source
 * for Node, so the tests hold the hub to what the elements actually accept.
 * @returns {Promise<typeof import('../../../src/status/index.ts')>}
 */
export async function loadStatusClient() {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const result = await build({
    entryPoints: [`${root}src/status/index.ts`],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    tsconfigRaw: {
      compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
    },
    loader: { '.json': 'json' },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** Milliseconds since `start`. @param {number} start */
export function since(start) {
  return performance.now() - start;
}
