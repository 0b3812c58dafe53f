import { expect } from '@open-wc/testing';
import type { WalletErrorDetail, WalletStatusDetail } from '../../src/wallet-redirect/events.js';
import { mount, ofType, SESSION, settle, sleep, waitFor } from './helpers.js';

/**
 * One request of the stream reader to `eventsUrl`, answered by the test like a server would:
 * through the stubbed `window.fetch`, with a Response whose body the test writes.
 */
class FakeEventStream {
  static instances: FakeEventStream[] = [];
  readonly url: string;
  readonly response: Promise<Response>;
  readonly #signal: AbortSignal;
  #answer!: (response: Response) => void;
  #fail!: (error: unknown) => void;
  #body!: ReadableStreamDefaultController<Uint8Array>;
  #answered = false;

  constructor(url: string, signal: AbortSignal) {
    this.url = url;
    this.#signal = signal;
    this.response = new Promise((resolve, reject) => {
      this.#answer = resolve;
      this.#fail = reject;
    });
    // Like a real fetch: aborting rejects the request, or breaks the body once it is answered.
    signal.addEventListener('abort', () =>
      this.#answered ? this.#body.error(signal.reason) : this.#fail(signal.reason),
    );
    FakeEventStream.instances.push(this);
  }

  /** The reader aborted the request. */
  get closed(): boolean {
    return this.#signal.aborted;
  }

  /** The server answers: 200, `text/event-stream`. */
  open(): void {
    if (this.#answered || this.closed) return; // a closed request carries nothing any more
    this.#answered = true;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (this.#body = c) });
    const response = new Response(body, { headers: { 'content-type': 'text/event-stream' } });
    Object.defineProperty(response, 'url', { value: this.url });
    this.#answer(response);
  }

  /** The server sends one event of one `data:` line (answering first if it had not yet). */
  send(data: unknown): void {
    this.sendData(JSON.stringify(data));
  }

  /** …with this text as it is. */
  sendData(text: string): void {
    this.open();
    if (!this.closed) this.#body.enqueue(new TextEncoder().encode(`data: ${text}\n\n`));
  }

  /** The connection drops (or never comes up); resolves once the reader has heard it. */
  async drop(): Promise<void> {
    const error = new TypeError('network error');
    if (!this.closed) {
      if (this.#answered) this.#body.error(error);
      else this.#fail(error);
    }
    await new Promise((resolve) => setTimeout(resolve));
  }
}

const latest = () => FakeEventStream.instances.at(-1)!;
const STREAM_ONLY = { ...SESSION, eventsUrl: '/api/orders/42/events' };

describe('<wallet-redirect> status through Server-Sent Events (eventsUrl)', () => {
  const realFetch = window.fetch;
  let fetched = 0;

  beforeEach(() => {
    sessionStorage.clear();
    FakeEventStream.instances = [];
    fetched = 0;
    // The stream is read with fetch (Accept: text/event-stream); any other request is a poll.
    window.fetch = ((url: string, init: RequestInit) =>
      new Headers(init.headers).get('accept') === 'text/event-stream'
        ? new FakeEventStream(url, init.signal!).response
        : (fetched++, Promise.reject(new Error('no polling')))) as typeof fetch;
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('hears paid from the stream, resolved against document.baseURI, and never polls', async () => {
    const { el, events } = await mount({ checkStatus: null, session: STREAM_ONLY });
    await waitFor(() => FakeEventStream.instances.length === 1);
    expect(latest().url).to.equal(new URL('/api/orders/42/events', document.baseURI).href);
    latest().open();
    latest().send({ id: 'order-42', status: 'pending' });
    await settle(el);
    expect(el.status).to.equal('pending');
    latest().send({ id: 'order-42', status: 'paid' });
    await waitFor(() => el.status === 'paid');
    await settle(el);
    const reported = ofType<WalletStatusDetail>(events, 'wallet-status');
    expect(reported.map((d) => d.status)).to.deep.equal(['pending', 'paid']);
    expect(reported.every((d) => d.session.id === 'order-42')).to.be.true;
    expect(latest().closed, 'the stream is closed after a final status').to.be.true;
    expect(fetched).to.equal(0);
    expect(sessionStorage.getItem('payment-picker:pending')).to.be.null;
  });

  it('never takes another session’s paid, an unknown status or malformed data from the stream', async () => {
    const { el, events } = await mount({ checkStatus: null, session: STREAM_ONLY });
    await waitFor(() => FakeEventStream.instances.length === 1);
    latest().open();
    latest().send({ id: 'order-99', status: 'paid' });
    latest().send({ id: 'order-42', status: 'PAID' });
    latest().sendData('{"status":');
    await sleep(30);
    expect(el.status).to.equal('pending');
    expect(ofType<WalletStatusDetail>(events, 'wallet-status')).to.have.length(1);
  });

  it('reports status-unreachable once when the stream keeps dropping, then recovers to paid', async function () {
    // Reconnects back off from the poll interval (floored at MIN_POLL_INTERVAL): up to 1, 2, 4 s.
    this.timeout(15000);
    const { el, events } = await mount({
      checkStatus: null,
      session: STREAM_ONLY,
      attrs: { 'poll-interval': '10' },
    });
    for (let connection = 1; connection <= 3; connection++) {
      await waitFor(() => FakeEventStream.instances.length === connection, 5000);
      await latest().drop();
      expect(latest().closed, 'a dropped connection is closed before reconnecting').to.be.true;
    }
    await waitFor(() => FakeEventStream.instances.length === 4, 5000);
    const codes = ofType<WalletErrorDetail>(events, 'wallet-error').map((e) => e.code);
    expect(codes).to.deep.equal(['status-unreachable']);
    latest().open();
    latest().send({ id: 'order-42', status: 'paid' });
    await waitFor(() => el.status === 'paid');
    await settle(el);
    expect(ofType<WalletStatusDetail>(events, 'wallet-status').map((d) => d.status)).to.deep.equal([
      'pending',
      'paid',
    ]);
  });

  it('closes the stream when the element is removed, and ignores what it says afterwards', async () => {
    const { el, events } = await mount({ checkStatus: null, session: STREAM_ONLY });
    await waitFor(() => FakeEventStream.instances.length === 1);
    const source = latest();
    el.remove();
    expect(source.closed).to.be.true;
    source.send({ id: 'order-42', status: 'paid' });
    await sleep(20);
    expect(el.status).to.equal('pending');
    expect(ofType(events, 'wallet-status')).to.have.length(1);
  });

  it('drops the old session’s stream when a new session is set', async () => {
    const { el, events } = await mount({ checkStatus: null, session: STREAM_ONLY });
    await waitFor(() => FakeEventStream.instances.length === 1);
    const old = latest();
    el.session = { ...STREAM_ONLY, id: 'order-43', eventsUrl: '/api/orders/43/events' };
    await waitFor(() => FakeEventStream.instances.length === 2);
    expect(old.closed).to.be.true;
    old.send({ id: 'order-42', status: 'paid' });
    await sleep(20);
    expect(el.status).to.equal('pending');
    latest().send({ id: 'order-43', status: 'cancelled' });
    await waitFor(() => el.status === 'cancelled');
    expect(
      ofType<WalletStatusDetail>(events, 'wallet-status').map((d) => [d.session.id, d.status]),
    ).to.deep.equal([
      ['order-42', 'pending'],
      ['order-43', 'pending'],
      ['order-43', 'cancelled'],
    ]);
  });
});
