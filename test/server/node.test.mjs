// toNodeHandler: a Web Request → Response function served by node:http (and Express-style
// next), with the request's URL, headers and body, every Set-Cookie, streaming, and a signal
// that aborts when the client leaves.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { toNodeHandler } from '../../dist/server.js';

/**
 * @param {import('node:test').TestContext} t
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} listener
 */
async function serve(t, listener) {
  const server = createServer(listener);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return `http://127.0.0.1:${port}`;
}

test('the Request carries the URL, headers and body; the Response its status and every cookie', async (t) => {
  const url = await serve(
    t,
    toNodeHandler(async (request) => {
      const headers = new Headers({ 'content-type': 'application/json', 'x-seen': request.url });
      headers.append('set-cookie', 'a=1');
      headers.append('set-cookie', 'b=2');
      return new Response(
        JSON.stringify({
          method: request.method,
          body: await request.text(),
          custom: request.headers.get('x-custom'),
        }),
        { status: 201, headers },
      );
    }),
  );
  const response = await fetch(`${url}/orders/7?x=1`, {
    method: 'POST',
    headers: { 'x-custom': 'yes' },
    body: 'hello',
  });
  assert.equal(response.status, 201);
  assert.deepEqual(await response.json(), { method: 'POST', body: 'hello', custom: 'yes' });
  assert.equal(response.headers.get('x-seen'), `${url}/orders/7?x=1`);
  assert.deepEqual(response.headers.getSetCookie(), ['a=1', 'b=2']);
});

test('a throwing handler: a bare 500 without details, or Express next(error)', async (t) => {
  const failing = toNodeHandler(() => {
    throw new Error('secret detail');
  });
  /** @type {unknown[]} */
  const passed = [];
  const url = await serve(t, (req, res) => {
    if (req.url === '/express') {
      void failing(req, res, (error) => {
        passed.push(error);
        res.writeHead(502).end();
      });
    } else void failing(req, res);
  });
  const plain = await fetch(`${url}/plain`);
  assert.equal(plain.status, 500);
  assert.equal(await plain.text(), 'Internal Server Error');
  assert.equal((await fetch(`${url}/express`)).status, 502);
  assert.match(String(passed[0]), /secret detail/);
});

test('HEAD gets headers only; a streamed body arrives chunk by chunk', async (t) => {
  const encoder = new TextEncoder();
  const url = await serve(
    t,
    toNodeHandler((request) => {
      if (request.method === 'HEAD') return new Response('ignored', { headers: { 'x-a': '1' } });
      let n = 0;
      const body = new ReadableStream({
        async pull(controller) {
          await sleep(20);
          if (n++ < 3) controller.enqueue(encoder.encode(`chunk ${n}\n`));
          else controller.close();
        },
      });
      return new Response(body);
    }),
  );
  const head = await fetch(url, { method: 'HEAD' });
  assert.equal(head.headers.get('x-a'), '1');
  assert.equal(await head.text(), '');
  const response = await fetch(url);
  const reader = /** @type {ReadableStream<Uint8Array>} */ (response.body).getReader();
  const first = await reader.read();
  assert.equal(new TextDecoder().decode(first.value), 'chunk 1\n', 'sent before the body ended');
  await reader.cancel();
});

test("the client leaving aborts request.signal and cancels the Response's body", async (t) => {
  let aborted = false;
  let cancelled = false;
  const url = await serve(
    t,
    toNodeHandler((request) => {
      request.signal.addEventListener('abort', () => (aborted = true));
      return new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new Uint8Array([104, 105]));
          },
          cancel() {
            cancelled = true;
          },
        }),
      );
    }),
  );
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal });
  await /** @type {ReadableStream<Uint8Array>} */ (response.body).getReader().read();
  controller.abort();
  for (let i = 0; i < 100 && !(aborted && cancelled); i++) await sleep(10);
  assert.deepEqual({ aborted, cancelled }, { aborted: true, cancelled: true });
});
