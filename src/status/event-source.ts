/**
 * A Server-Sent Events reader built on `fetch`, the default transport of the `eventsUrl` stream.
 * `EventSource` cannot tell where a redirect took it; this reader can, so a stream whose final
 * URL fails the status URL rule (https, or http on this machine) is refused like a status reply.
 */
import { resolveStatusUrl, type EventSourceLike } from './transport.js';

/** CRLF, LF or CR. */
const LINE_END = /\r\n?|\n/;

/** `field`, then `: value` (one space after the colon dropped) or nothing; a comment has no field. */
const FIELD = /^([^:]*):? ?(.*)/s;

/**
 * Reads one event stream over `fetch` (GET, `Accept: text/event-stream`, `cache: 'no-store'`,
 * `credentials: 'same-origin'`), with the `EventSource` events the status stream listens to:
 *
 * - `open` once the reply is accepted: HTTP 2xx, `Content-Type: text/event-stream`, and a final
 *   URL (after redirects) that passes `resolveStatusUrl`;
 * - `message` for each event of the default type (`message`), `data` lines joined with `\n`;
 *   events with another `event:` type, comments, `id:` and `retry:` are ignored;
 * - `error` once, when the reply is refused, the request fails or the body ends.
 *
 * It never reconnects by itself (the status stream does, on its own schedule). `close()` aborts
 * the request; no event fires after it.
 */
export class FetchEventSource implements EventSourceLike {
  readonly #abort = new AbortController();
  /** Dispatches like `EventSource`: a listener that throws is reported and stops nothing. */
  readonly #events = new EventTarget();

  /** @param url - the absolute stream URL, already checked by the caller. */
  constructor(url: string) {
    void this.#read(url).then(
      () => this.#emit('error'),
      () => this.#emit('error'),
    );
  }

  /** Listens to `open`, `message` or `error`. */
  addEventListener(type: string, listener: (event: MessageEvent) => void): void {
    this.#events.addEventListener(type, listener as EventListener);
  }

  /** Aborts the request; nothing is dispatched afterwards. */
  close(): void {
    this.#abort.abort();
  }

  async #read(url: string): Promise<void> {
    const response = await fetch(url, {
      signal: this.#abort.signal,
      headers: { Accept: 'text/event-stream' },
      cache: 'no-store',
      credentials: 'same-origin',
    });
    if (
      !response.ok ||
      !/^text\/event-stream\s*(;|$)/i.test(response.headers.get('content-type') ?? '')
    )
      return;
    if (response.url) resolveStatusUrl(response.url, undefined); // throws when it fails the rule
    this.#emit('open');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder(); // UTF-8; drops a byte-order mark at the start
    let text = '';
    let data = '';
    let type = '';
    let crEnded = false; // then a `\n` that starts the next chunk ends no line of its own
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return; // an event without its blank line is dropped, as EventSource does
      const decoded = decoder.decode(value, { stream: true }); // a character may span chunks
      const chunk: string = crEnded && decoded.startsWith('\n') ? decoded.slice(1) : decoded;
      if (decoded) crEnded = decoded.endsWith('\r'); // an empty chunk changes nothing
      const lines = (text + chunk).split(LINE_END);
      text = lines.pop()!; // the line still arriving
      for (const line of lines) {
        const [, field, fieldValue] = FIELD.exec(line)!;
        if (!line) {
          // A blank line ends the event: only the default type reaches `message` listeners.
          if (data && (type === '' || type === 'message')) this.#emit('message', data.slice(0, -1));
          data = type = '';
        } else if (field === 'data') data += `${fieldValue}\n`;
        else if (field === 'event') type = fieldValue;
      }
    }
  }

  #emit(type: string, data?: string): void {
    if (!this.#abort.signal.aborted) this.#events.dispatchEvent(new MessageEvent(type, { data }));
  }
}
