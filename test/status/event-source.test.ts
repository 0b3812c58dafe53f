import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FetchEventSource } from '../../src/status/event-source.js';

const URL_ = 'https://shop.example/orders/42/events';
const encoder = new TextEncoder();

/** What a {@link FetchEventSource} dispatched, in order: `open`, `error`, `message <data>`. */
function record(source: FetchEventSource): string[] {
  const seen: string[] = [];
  source.addEventListener('open', () => seen.push('open'));
  source.addEventListener('error', () => seen.push('error'));
  source.addEventListener('message', (event) => seen.push(`message ${String(event.data)}`));
  return seen;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (const start = Date.now(); !condition(); await sleep(5)) {
    if (Date.now() - start > 3000) throw new Error(`timed out waiting for ${what}`);
  }
}

/** How the fake server answers: a status, headers, and the final URL `fetch` would report. */
interface Reply {
  status?: number;
  headers?: Record<string, string>;
  url?: string;
}

/**
 * Stubs `window.fetch` with one event-stream server the test plays: `send()` writes body bytes,
 * `end()` ends the body, `fail()` breaks it. Like a real fetch, aborting the request errors the body.
 */
function serve(reply: Reply = {}) {
  let body!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>({ start: (c) => void (body = c) });
  const requests: { url: string; init: RequestInit }[] = [];
  window.fetch = ((url: string, init: RequestInit) => {
    requests.push({ url, init });
    init.signal?.addEventListener('abort', () => body.error(init.signal?.reason));
    const response = new Response(stream, {
      status: reply.status ?? 200,
      headers: reply.headers ?? { 'content-type': 'text/event-stream' },
    });
    Object.defineProperty(response, 'url', { value: reply.url ?? URL_ });
    return Promise.resolve(response);
  }) as typeof fetch;
  return {
    requests,
    send: (...chunks: (string | Uint8Array)[]) => {
      for (const chunk of chunks)
        body.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
    },
    end: () => body.close(),
    /** The network drops: the body errors, as a real fetch's does. */
    fail: () => body.error(new TypeError('network error')),
  };
}

/** The `data` of each `message` event a whole stream of these chunks dispatches. */
async function messages(...chunks: (string | Uint8Array)[]): Promise<string[]> {
  const server = serve();
  const seen = record(new FetchEventSource(URL_));
  server.send(...chunks);
  server.end();
  await waitFor(() => seen.includes('error'), 'the end of the stream');
  expect(seen.filter((e) => !e.startsWith('message '))).to.deep.equal(['open', 'error']);
  return seen.filter((e) => e.startsWith('message ')).map((e) => e.slice('message '.length));
}

describe('FetchEventSource', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  describe('the request and the reply', () => {
    it('GETs the URL as an event stream, uncached, with same-origin credentials', async () => {
      const server = serve();
      const source = new FetchEventSource(URL_);
      await waitFor(() => server.requests.length === 1, 'the request');
      const [{ url, init }] = server.requests;
      expect(url).to.equal(URL_);
      expect(init.method ?? 'GET').to.equal('GET');
      expect(init.headers).to.deep.equal({ Accept: 'text/event-stream' });
      expect(init.cache).to.equal('no-store');
      expect(init.credentials).to.equal('same-origin');
      expect(init.signal).to.be.instanceOf(AbortSignal);
      source.close();
    });

    const accepted: [string, Reply][] = [
      ['a 200 text/event-stream reply', {}],
      ['a charset parameter', { headers: { 'content-type': 'text/event-stream; charset=utf-8' } }],
      ['another case', { headers: { 'content-type': 'Text/Event-Stream' } }],
      ['a final URL on another https host', { url: 'https://pay.example/events' }],
      ['a final URL on http loopback', { url: 'http://127.0.0.1:8080/events' }],
      ['no final URL (a constructed Response)', { url: '' }],
      ['another 2xx', { status: 203 }],
    ];
    for (const [what, reply] of accepted) {
      it(`opens on ${what}`, async () => {
        serve(reply);
        const source = new FetchEventSource(URL_);
        const seen = record(source);
        await waitFor(() => seen.length > 0, 'open');
        expect(seen).to.deep.equal(['open']);
        source.close();
      });
    }

    const refused: [string, Reply][] = [
      ['HTTP 500', { status: 500 }],
      ['HTTP 204', { status: 204 }],
      ['HTTP 404 with an event stream', { status: 404 }],
      ['JSON', { headers: { 'content-type': 'application/json' } }],
      ['no Content-Type', { headers: {} }],
      ['a look-alike type', { headers: { 'content-type': 'text/event-streams' } }],
      ['a final URL on http elsewhere', { url: 'http://evil.example/events' }],
      ['a final URL on http *.localhost', { url: 'http://elsewhere.localhost:8000/events' }],
      ['a final URL that is not http(s)', { url: 'ftp://shop.example/events' }],
    ];
    for (const [what, reply] of refused) {
      it(`fails without opening on ${what}`, async () => {
        const server = serve(reply);
        const seen = record(new FetchEventSource(URL_));
        await waitFor(() => seen.length > 0, 'error');
        server.send('data: {"status":"paid"}\n\n');
        await sleep(20);
        expect(seen).to.deep.equal(['error']);
      });
    }

    it('fails without opening when the request fails', async () => {
      window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      const seen = record(new FetchEventSource(URL_));
      await waitFor(() => seen.length > 0, 'error');
      await sleep(20);
      expect(seen).to.deep.equal(['error']);
    });

    it('fails once, after its messages, when the body ends', async () => {
      const server = serve();
      const seen = record(new FetchEventSource(URL_));
      server.send('data: a\n\n');
      await waitFor(() => seen.length === 2, 'a message');
      server.end();
      await waitFor(() => seen.length === 3, 'error');
      await sleep(20);
      expect(seen).to.deep.equal(['open', 'message a', 'error']);
    });

    it('fails once, dropping the event it was in, when the connection breaks', async () => {
      const server = serve();
      const seen = record(new FetchEventSource(URL_));
      server.send('data: a\n\n', 'data: cut');
      await waitFor(() => seen.length === 2, 'a message');
      server.fail();
      await waitFor(() => seen.length === 3, 'error');
      await sleep(20);
      expect(seen).to.deep.equal(['open', 'message a', 'error']);
    });
  });

  describe('close()', () => {
    it('aborts the request and dispatches nothing afterwards, not even what already arrived', async () => {
      const server = serve();
      const source = new FetchEventSource(URL_);
      const seen = record(source);
      await waitFor(() => seen.length === 1, 'open');
      server.send('data: a\n\n');
      source.close();
      expect(server.requests[0].init.signal?.aborted).to.be.true;
      await sleep(30);
      expect(seen).to.deep.equal(['open']);
    });

    it('before the reply: never opens nor fails', async () => {
      let answer!: (response: Response) => void;
      let signal: AbortSignal | null | undefined;
      window.fetch = ((_url: string, init: RequestInit) => {
        signal = init.signal;
        return new Promise<Response>((resolve) => (answer = resolve));
      }) as typeof fetch;
      const source = new FetchEventSource(URL_);
      const seen = record(source);
      await waitFor(() => answer !== undefined, 'the request');
      source.close();
      expect(signal?.aborted).to.be.true;
      answer(new Response('data: a\n\n', { headers: { 'content-type': 'text/event-stream' } }));
      await sleep(30);
      expect(seen).to.deep.equal([]);
    });

    it('from a listener stops the messages that follow in the same chunk', async () => {
      const server = serve();
      const source = new FetchEventSource(URL_);
      const seen = record(source);
      source.addEventListener('message', () => source.close());
      server.send('data: a\n\ndata: b\n\n');
      await sleep(30);
      expect(seen).to.deep.equal(['open', 'message a']);
    });
  });

  describe('parsing (the Server-Sent Events rules)', () => {
    it('ends lines with LF, CRLF or CR', async () => {
      expect(await messages('data: a\n\ndata: b\r\n\r\ndata: c\r\rdata: d\n\r\n')).to.deep.equal([
        'a',
        'b',
        'c',
        'd',
      ]);
    });

    it('joins data lines with \\n and dispatches on a blank line only', async () => {
      expect(await messages('data: one\ndata: two\r\ndata: three\r\n\n')).to.deep.equal([
        'one\ntwo\nthree',
      ]);
    });

    it('drops one space after the colon, no more', async () => {
      expect(await messages('data:a\ndata:  b\ndata: \n\n')).to.deep.equal(['a\n b\n']);
    });

    it('takes a field without a colon as that field with an empty value', async () => {
      expect(await messages('data\n\ndata\ndata\n\n')).to.deep.equal(['', '\n']);
    });

    it('skips comments and events with no data', async () => {
      expect(
        await messages(': keep-alive\n\n:\n\nevent: message\n\nid: 7\n\ndata: a\n: note\n\n'),
      ).to.deep.equal(['a']);
    });

    it('passes only the default message type on, and resets the type after each event', async () => {
      expect(
        await messages(
          'event: update\ndata: x\n\n',
          'event: message\ndata: y\n\n',
          'data: z\n\n',
          'event: ping\n\ndata: w\n\n',
          'event:\ndata: v\n\n',
        ),
      ).to.deep.equal(['y', 'z', 'w', 'v']);
    });

    it('ignores id, retry and unknown fields, and fields named only almost "data"', async () => {
      expect(
        await messages('id: 1\nretry: 10\nfoo: bar\nDATA: no\ndata : no\n data: no\ndata: a\n\n'),
      ).to.deep.equal(['a']);
    });

    it('keeps colons, JSON and line separators inside a value', async () => {
      const json = JSON.stringify({ id: 'o:1', status: 'paid', note: 'a\u2028b\u2029c' });
      expect(await messages(`data: ${json}\ndata: x:y\n\n`)).to.deep.equal([`${json}\nx:y`]);
    });

    it('drops a byte-order mark at the start and an event the stream ends inside', async () => {
      expect(await messages('\uFEFFdata: a\n\ndata: b\n')).to.deep.equal(['a']);
      expect(await messages('data: a\n\ndata: b')).to.deep.equal(['a']);
    });

    it('decodes UTF-8 split between chunks', async () => {
      const bytes = encoder.encode('data: 支付 ✓ 💳\n\n');
      const split = bytes.indexOf(0xe6) + 1; // inside 支
      expect(
        await messages(bytes.slice(0, split), bytes.slice(split, -3), bytes.slice(-3)),
      ).to.deep.equal(['支付 ✓ 💳']);
    });

    it('joins a CR at the end of one chunk with an LF at the start of the next', async () => {
      expect(await messages('data: a\r', '\ndata: b\r', '\n\r', '\n')).to.deep.equal(['a\nb']);
      expect(await messages('data: a\r', new Uint8Array(0), '\ndata: b\r\n\r\n')).to.deep.equal([
        'a\nb',
      ]);
      // …and a CR alone at the end of a chunk still ends its line, with an LF after it or not.
      expect(await messages('data: a\r', 'data: b\r', '\r')).to.deep.equal(['a\nb']);
      expect(await messages('data: a\r', '\n', '\n')).to.deep.equal(['a']);
    });

    it('dispatches the same events wherever the chunks split the bytes', async () => {
      const text =
        '\uFEFF: hi\r\ndata: {"status":"支付"}\r\n\r\nevent: x\ndata: no\n\ndata:a\rdata:  😀\r\r' +
        'data\n\nid: 1\r\nretry: 5\r\n\r\ndata: end\r\ndata: 完\r\n\r\n';
      const bytes = encoder.encode(text);
      const whole = await messages(bytes);
      expect(whole).to.deep.equal(['{"status":"支付"}', 'a\n 😀', '', 'end\n完']);
      // Every single split point, then random sets of them.
      for (let at = 1; at < bytes.length; at++) {
        expect(await messages(bytes.slice(0, at), bytes.slice(at)), `split at ${at}`).to.deep.equal(
          whole,
        );
      }
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }),
          async (cuts) => {
            const points = [0, ...cuts.sort((a, b) => a - b), bytes.length];
            const chunks = points.slice(1).map((end, i) => bytes.slice(points[i], end));
            expect(await messages(...chunks)).to.deep.equal(whole);
          },
        ),
        { numRuns: 60 },
      );
    });
  });
});
