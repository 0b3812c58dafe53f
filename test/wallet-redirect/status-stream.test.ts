import { expect } from '@open-wc/testing';
import type { WalletErrorDetail, WalletStatusDetail } from '../../src/wallet-redirect/events.js';
import { mount, ofType, SESSION, settle, sleep, waitFor } from './helpers.js';

/** A stand-in for the browser's EventSource that the test drives like a server would. */
class FakeEventSource extends EventTarget {
  static instances: FakeEventSource[] = [];
  readonly url: string;
  closed = false;

  constructor(url: string) {
    super();
    this.url = url;
    FakeEventSource.instances.push(this);
  }

  close(): void {
    this.closed = true;
  }

  /** The server sends one `data:` line. */
  send(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(data) }));
  }

  open(): void {
    this.dispatchEvent(new Event('open'));
  }

  /** The connection drops. */
  drop(): void {
    this.dispatchEvent(new Event('error'));
  }
}

const latest = () => FakeEventSource.instances.at(-1)!;
const STREAM_ONLY = { ...SESSION, eventsUrl: '/api/orders/42/events' };

describe('<wallet-redirect> status through Server-Sent Events (eventsUrl)', () => {
  const realEventSource = window.EventSource;
  const realFetch = window.fetch;
  let fetched = 0;

  beforeEach(() => {
    sessionStorage.clear();
    FakeEventSource.instances = [];
    fetched = 0;
    window.EventSource = FakeEventSource as unknown as typeof EventSource;
    window.fetch = (() => (fetched++, Promise.reject(new Error('no polling')))) as typeof fetch;
  });
  afterEach(() => {
    window.EventSource = realEventSource;
    window.fetch = realFetch;
  });

  it('hears paid from the stream, resolved against document.baseURI, and never polls', async () => {
    const { el, events } = await mount({ checkStatus: null, session: STREAM_ONLY });
    await waitFor(() => FakeEventSource.instances.length === 1);
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
    await waitFor(() => FakeEventSource.instances.length === 1);
    latest().open();
    latest().send({ id: 'order-99', status: 'paid' });
    latest().send({ id: 'order-42', status: 'PAID' });
    latest().dispatchEvent(new MessageEvent('message', { data: '{"status":' }));
    await sleep(30);
    expect(el.status).to.equal('pending');
    expect(ofType<WalletStatusDetail>(events, 'wallet-status')).to.have.length(1);
  });

  it('reports status-unreachable once when the stream keeps dropping, then recovers to paid', async () => {
    const { el, events } = await mount({
      checkStatus: null,
      session: STREAM_ONLY,
      attrs: { 'poll-interval': '10' },
    });
    for (let connection = 1; connection <= 3; connection++) {
      await waitFor(() => FakeEventSource.instances.length === connection, 3000);
      latest().drop();
      expect(latest().closed, 'a dropped connection is closed before reconnecting').to.be.true;
    }
    await waitFor(() => FakeEventSource.instances.length === 4, 3000);
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
    await waitFor(() => FakeEventSource.instances.length === 1);
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
    await waitFor(() => FakeEventSource.instances.length === 1);
    const old = latest();
    el.session = { ...STREAM_ONLY, id: 'order-43', eventsUrl: '/api/orders/43/events' };
    await waitFor(() => FakeEventSource.instances.length === 2);
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
