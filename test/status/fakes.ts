import {
  StatusTracker,
  type StatusTrackerError,
  type StatusTrackerOptions,
} from '../../src/status/tracker.js';
import type {
  EventSourceFactory,
  EventSourceLike,
  FetchLike,
  PageVisibility,
  PageVisibilityChange,
  PageVisibilityListener,
} from '../../src/status/tracker.js';
import type { FinalStatus, PaymentSession, PaymentStatus } from '../../src/core/types.js';
import { FakeClock } from '../core/fake-clock.js';

/** How the fake server answers one request. */
export type Fault = { http: number; body?: string } | { body: string } | 'network-error' | 'hang';

/** One request the fake server received. */
export interface Call {
  url: string;
  at: number;
  signal: AbortSignal;
  init: Parameters<FetchLike>[1];
}

/**
 * A shop's status endpoint: answers `{id, status}` with the true `status`, unless `fault`
 * returns a fault for that call. `latency` delays replies on the fake clock.
 */
export class FakeStatusServer {
  status: PaymentStatus = 'pending';
  latency = 0;
  /** With a number: replies carry an HTTP `Date` this far (ms) from the fake clock. */
  clockOffset: number | null = null;
  readonly calls: Call[] = [];
  fault: (call: number, at: number) => Fault | undefined = () => undefined;

  constructor(
    private readonly clock: FakeClock,
    private readonly id = 'order-42',
  ) {}

  readonly fetch: FetchLike = (url, init) => {
    const call = this.calls.length;
    this.calls.push({ url, at: this.clock.now(), signal: init.signal, init });
    const fault = this.fault(call, this.clock.now());
    return new Promise((resolve, reject) => {
      const { signal } = init;
      let timer: unknown;
      const onAbort = () => {
        this.clock.clearTimeout(timer);
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      if (fault === 'hang') return;
      const reply = () => {
        signal.removeEventListener('abort', onAbort);
        if (fault === 'network-error') return reject(new TypeError('Failed to fetch'));
        const status = fault && 'http' in fault ? fault.http : 200;
        const body = fault?.body ?? JSON.stringify({ id: this.id, status: this.status });
        const offset = this.clockOffset;
        const date = offset === null ? null : new Date(this.clock.now() + offset).toUTCString();
        resolve({
          ok: status >= 200 && status < 300,
          status,
          text: () => Promise.resolve(body),
          headers: { get: (name) => (name.toLowerCase() === 'date' ? date : null) },
        });
      };
      if (this.latency > 0) timer = this.clock.setTimeout(reply, this.latency);
      else reply();
    });
  };

  /** Times (ms since `start`) at which requests were made. */
  times(start: number): number[] {
    return this.calls.map((c) => c.at - start);
  }
}

/** A controllable EventSource; the test plays the server with open(), send() and fail(). */
export class FakeEventSource implements EventSourceLike {
  closed = false;
  private readonly listeners: Record<string, ((event: MessageEvent) => void)[]> = {};

  constructor(readonly url: string) {}

  addEventListener(type: string, listener: (event: MessageEvent) => void): void {
    (this.listeners[type] ??= []).push(listener);
  }

  close(): void {
    this.closed = true;
  }

  open(): void {
    this.emit('open');
  }

  send(data: unknown): void {
    this.emit('message', typeof data === 'string' ? data : JSON.stringify(data));
  }

  fail(): void {
    this.emit('error');
  }

  private emit(type: string, data?: string): void {
    if (this.closed) return; // a closed EventSource fires nothing
    for (const listener of this.listeners[type] ?? []) {
      listener(new MessageEvent(type, { data }));
    }
  }
}

/** A constructor that records every EventSource the tracker opens. */
export function eventSources(): { EventSource: EventSourceFactory; opened: FakeEventSource[] } {
  const opened: FakeEventSource[] = [];
  class Recorded extends FakeEventSource {
    constructor(url: string) {
      super(url);
      opened.push(this);
    }
  }
  return { EventSource: Recorded, opened };
}

/** Page visibility the test switches by hand. */
export class FakeVisibility implements PageVisibility {
  hidden = false;
  readonly listeners = new Set<PageVisibilityListener>();

  addListener(listener: PageVisibilityListener): void {
    this.listeners.add(listener);
  }

  removeListener(listener: PageVisibilityListener): void {
    this.listeners.delete(listener);
  }

  set(change: PageVisibilityChange): void {
    this.hidden = change === 'hidden';
    for (const listener of this.listeners) listener(change);
  }
}

/** The session most tests track: polled at a relative statusUrl, no expiry. */
export const SESSION: PaymentSession = {
  id: 'order-42',
  method: 'wechat-pay',
  statusUrl: '/api/orders/42/status',
};

/** A tracker wired to fakes, with everything it reported collected. Not started. */
export function track(
  options: Partial<Omit<StatusTrackerOptions, 'session'>> & {
    session?: Partial<PaymentSession>;
  } = {},
) {
  const clock = new FakeClock();
  const server = new FakeStatusServer(clock);
  const visibility = new FakeVisibility();
  const streams = eventSources();
  const statuses: FinalStatus[] = [];
  const errors: StatusTrackerError[] = [];
  const { session, ...rest } = options;
  const tracker = new StatusTracker({
    session: { ...SESSION, ...session },
    clock,
    fetch: server.fetch,
    EventSource: streams.EventSource,
    visibility,
    random: () => 0.5,
    baseUrl: 'https://shop.example/checkout/',
    onStatus: (status) => statuses.push(status),
    onError: (error) => errors.push(error),
    ...rest,
  });
  return { clock, server, visibility, streams, tracker, statuses, errors, t0: clock.now() };
}
