// @ts-check
/**
 * Small HTTP helpers shared by the sandbox routes: JSON replies, JSON errors, CORS and reading a
 * bounded JSON body. Plain `node:http`, no framework.
 */
import { Buffer } from 'node:buffer';

/** An error that becomes a JSON reply `{error: {code, field, message}}` with an HTTP status. */
export class HttpError extends Error {
  /**
   * @param {number} status HTTP status code.
   * @param {string} code Stable machine-readable code, e.g. `invalid-field`.
   * @param {string} message English, developer-facing explanation.
   * @param {string | null} [field] Dotted path of the offending input field, if any.
   * @param {Record<string, string>} [headers] Extra response headers (e.g. `allow`).
   */
  constructor(status, code, message, field = null, headers = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.headers = headers;
  }
}

/** Every API reply may be read by a page on another origin (Storybook on another port). */
export const CORS_HEADERS = Object.freeze({ 'access-control-allow-origin': '*' });

/**
 * Sends a complete text reply with the API's common headers (no-store, nosniff, CORS).
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} text
 * @param {string} contentType
 * @param {Record<string, string>} [headers]
 */
export function sendText(res, status, text, contentType, headers = {}) {
  res.writeHead(status, {
    'content-type': contentType,
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...CORS_HEADERS,
    ...headers,
  });
  res.end(text);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
  sendText(res, status, JSON.stringify(body), 'application/json; charset=utf-8', headers);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {HttpError} error
 */
export function sendError(res, error) {
  sendJson(
    res,
    error.status,
    { error: { code: error.code, field: error.field, message: error.message } },
    error.headers,
  );
}

/**
 * Whether a Content-Type header names JSON (`application/json`, any parameters).
 * @param {string | undefined} header
 */
export function isJsonContentType(header) {
  if (!header) return false;
  return header.split(';')[0].trim().toLowerCase() === 'application/json';
}

/**
 * Reads the request body into memory, refusing more than `limit` bytes with a 413. The rest of an
 * oversized body is discarded (not buffered) so the 413 reply reaches the client.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<Buffer>}
 */
export function readBody(req, limit) {
  const tooLarge = () =>
    new HttpError(413, 'payload-too-large', `The request body must be at most ${limit} bytes.`);
  if (Number(req.headers['content-length']) > limit) {
    req.resume();
    return Promise.reject(tooLarge());
  }
  if (req.readableEnded) return Promise.resolve(Buffer.alloc(0));
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        req.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks));
    };
    /** @param {Error} error */
    const onError = (error) => {
      cleanup();
      reject(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/**
 * Reads and parses a JSON request body: 415 unless it is declared as JSON, 413 when too large,
 * 400 when it is not valid JSON.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<unknown>}
 */
export async function readJsonBody(req, limit) {
  if (!isJsonContentType(req.headers['content-type'])) {
    req.resume();
    throw new HttpError(
      415,
      'unsupported-media-type',
      'Send the body as JSON with the header "Content-Type: application/json".',
    );
  }
  const raw = await readBody(req, limit);
  const text = raw.toString('utf8');
  if (text.trim() === '') throw new HttpError(400, 'invalid-json', 'The request body is empty.');
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? `: ${error.message}` : '';
    throw new HttpError(400, 'invalid-json', `The request body is not valid JSON${detail}`);
  }
}

/**
 * Whether the client would rather have JSON than HTML (fetch from a test or a Storybook control,
 * as opposed to a form post from the wallet page).
 * @param {import('node:http').IncomingMessage} req
 */
export function prefersJson(req) {
  const accept = String(req.headers.accept ?? '').toLowerCase();
  return accept.includes('application/json') && !accept.includes('text/html');
}
