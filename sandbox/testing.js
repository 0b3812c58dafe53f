// @ts-check
/**
 * Helpers for tests that drive the sandbox (its own tests and end-to-end tests): start it on an
 * ephemeral loopback port, create sessions, and read an SSE stream with a hard time limit.
 */
import { clearTimeout, setTimeout } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { TextDecoder } from 'node:util';
import { startSandbox } from './server.js';

const { fetch, AbortSignal } = globalThis;

/**
 * Starts a sandbox on 127.0.0.1 with an ephemeral port and stops it when the test ends.
 * @param {{after: (fn: () => Promise<void>) => void}} t the test context (node:test)
 * @param {import('./server.js').StartOptions} [options]
 */
export async function useSandbox(t, options = {}) {
  const running = await startSandbox({ ...options, port: 0, host: '127.0.0.1' });
  t.after(() => running.close());
  return running;
}

/**
 * `POST /sandbox/sessions` with a valid default body, overridable field by field.
 * @param {string} base the sandbox's base URL
 * @param {Record<string, unknown>} [fields]
 * @param {{query?: string, headers?: Record<string, string>}} [options]
 */
export async function createSession(base, fields = {}, { query = '', headers = {} } = {}) {
  const res = await fetch(`${base}/sandbox/sessions${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ method: 'wechat-pay', amount: '128.00', currency: 'CNY', ...fields }),
    signal: AbortSignal.timeout(5000),
  });
  return res;
}

/**
 * Creates a session and returns its PaymentSession JSON (throws unless 201).
 * @param {string} base
 * @param {Record<string, unknown>} [fields]
 * @returns {Promise<Record<string, string>>}
 */
export async function newSession(base, fields = {}) {
  const res = await createSession(base, fields);
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return /** @type {Promise<Record<string, string>>} */ (res.json());
}

/**
 * @typedef {object} SseEvent
 * @property {string | undefined} id
 * @property {string} data
 * @property {string} event
 */

/**
 * @typedef {object} SseResult
 * @property {number} status
 * @property {Headers} headers
 * @property {SseEvent[]} events
 * @property {string[]} comments comment lines (heartbeats), without the leading colon
 * @property {number | undefined} retry the last `retry:` value
 * @property {boolean} ended the server ended the stream
 * @property {boolean} timedOut the time limit was hit first
 */

/**
 * Reads a Server-Sent Events stream until the server ends it, `onEvent` returns false, or
 * `timeoutMs` passes (never hangs).
 * @param {string} url
 * @param {{headers?: Record<string, string>, timeoutMs?: number, onEvent?: (event: SseEvent, result: SseResult) => unknown}} [options]
 * @returns {Promise<SseResult>}
 */
export async function readEvents(url, { headers = {}, timeoutMs = 5000, onEvent } = {}) {
  const controller = new globalThis.AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  /** @type {SseResult} */
  let result = {
    status: 0,
    headers: new globalThis.Headers(),
    events: [],
    comments: [],
    retry: undefined,
    ended: false,
    timedOut: false,
  };
  try {
    const res = await fetch(url, {
      headers: { accept: 'text/event-stream', ...headers },
      signal: controller.signal,
    });
    result = { ...result, status: res.status, headers: res.headers };
    if (res.status !== 200 || !res.body) {
      await res.body?.cancel();
      result.ended = true;
      return result;
    }
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (let reads = 0; reads < 10_000; reads++) {
      const { done, value } = await reader.read();
      if (done) {
        result.ended = true;
        return result;
      }
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        /** @type {SseEvent} */
        const event = { id: undefined, data: '', event: 'message' };
        let hasData = false;
        for (const line of block.split('\n')) {
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === '') result.comments.push(text);
          else if (field === 'data') {
            event.data = hasData ? `${event.data}\n${text}` : text;
            hasData = true;
          } else if (field === 'id') event.id = text;
          else if (field === 'event') event.event = text;
          else if (field === 'retry') result.retry = Number(text);
        }
        if (!hasData) continue;
        result.events.push(event);
        if (onEvent && (await onEvent(event, result)) === false) {
          await reader.cancel();
          return result;
        }
      }
    }
    throw new Error('readEvents: too many reads');
  } catch (error) {
    if (controller.signal.aborted) {
      result.timedOut = true;
      return result;
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Polls `check` until it returns a truthy value, at most `timeoutMs`.
 * @template T
 * @param {() => T | Promise<T>} check
 * @param {{timeoutMs?: number, intervalMs?: number}} [options]
 * @returns {Promise<T>}
 */
export async function waitFor(check, { timeoutMs = 2000, intervalMs = 10 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`waitFor: condition not met in ${timeoutMs} ms`);
    await sleep(intervalMs);
  }
}
