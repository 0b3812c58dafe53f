import { expect } from '@open-wc/testing';
import {
  parseStatusText,
  readStatusReply,
  requestStatus,
  resolveStatusUrl,
  StatusCheckError,
} from '../../src/status/transport.js';

describe('readStatusReply', () => {
  it('accepts each server status, with or without this session id', () => {
    for (const status of ['pending', 'paid', 'failed', 'expired', 'cancelled']) {
      expect(readStatusReply({ status }, 'o1')).to.equal(status);
      expect(readStatusReply({ id: 'o1', status }, 'o1')).to.equal(status);
    }
  });

  const rejected: [string, unknown][] = [
    ['null', null],
    ['a string', 'paid'],
    ['JSON text (a transport returns the object, not its text)', '{"status":"paid"}'],
    ['an array', [{ status: 'paid' }]],
    ['no status', { id: 'o1' }],
    ['idle, the element-only status', { status: 'idle' }],
    ['a differently cased status', { status: 'Paid' }],
    ['another session id', { id: 'o2', status: 'paid' }],
    ['a numeric id', { id: 1, status: 'paid' }],
    ['a null id', { id: null, status: 'paid' }],
  ];
  for (const [what, reply] of rejected) {
    it(`rejects ${what} with a StatusCheckError`, () => {
      expect(() => readStatusReply(reply, 'o1')).to.throw(StatusCheckError);
    });
  }

  it('rejects a reply whose getter throws with a StatusCheckError', () => {
    const hostile = {
      get status(): string {
        throw new Error('boom');
      },
    };
    expect(() => readStatusReply(hostile, 'o1')).to.throw(StatusCheckError);
  });

  it('names the field and the reason in the message', () => {
    expect(() => readStatusReply({ id: 'o2', status: 'paid' }, 'o1')).to.throw(
      StatusCheckError,
      /reply\.id .*"o2"/,
    );
    expect(() => readStatusReply({ status: 'success' }, 'o1')).to.throw(
      StatusCheckError,
      /reply\.status .*unknown status "success"/,
    );
  });
});

describe('parseStatusText', () => {
  it('parses JSON text and rejects malformed JSON', () => {
    expect(parseStatusText('{"status":"paid"}', 'o1')).to.equal('paid');
    expect(() => parseStatusText('{"status":"paid"', 'o1')).to.throw(StatusCheckError, /JSON/);
  });
});

describe('resolveStatusUrl', () => {
  it('resolves relative URLs against the base', () => {
    expect(resolveStatusUrl('/s/1', 'https://shop.example/a/b')).to.equal(
      'https://shop.example/s/1',
    );
    expect(resolveStatusUrl('s/1', 'https://shop.example/a/b')).to.equal(
      'https://shop.example/a/s/1',
    );
  });

  it('refuses unresolvable and non-http(s) URLs', () => {
    expect(() => resolveStatusUrl('/s/1', undefined)).to.throw(StatusCheckError);
    for (const url of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd']) {
      expect(() => resolveStatusUrl(url, 'https://shop.example/')).to.throw(StatusCheckError);
    }
  });
});

describe('requestStatus', () => {
  it('settles with the abort reason even when the transport never answers', async () => {
    const controller = new AbortController();
    const pending = requestStatus({
      session: { id: 'o1', method: 'alipay' },
      signal: controller.signal,
      checkStatus: () => new Promise(() => {}),
    });
    controller.abort(new StatusCheckError('too slow'));
    let caught: unknown;
    try {
      await pending;
    } catch (error) {
      caught = error;
    }
    expect((caught as Error).message).to.equal('too slow');
  });

  it('wraps a rejecting custom transport in a StatusCheckError', async () => {
    let caught: unknown;
    try {
      await requestStatus({
        session: { id: 'o1', method: 'alipay' },
        signal: new AbortController().signal,
        checkStatus: () => Promise.reject(new Error('offline')),
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(StatusCheckError);
    expect((caught as Error).message).to.contain('offline');
  });

  it('works with the real fetch and Response of the browser', async () => {
    // Served by the test server (web-test-runner.config.mjs): {"id":"order-42","status":"paid"}.
    const status = await requestStatus({
      session: { id: 'order-42', method: 'alipay', statusUrl: '/__pay/status' },
      signal: new AbortController().signal,
      baseUrl: document.baseURI,
    });
    expect(status).to.equal('paid');
  });

  describe('where the reply came from (its final URL, after redirects)', () => {
    /** Asks `/status` of https://shop.example with a fetch whose reply says it came from `url`. */
    const askFrom = (url: string | undefined) =>
      requestStatus({
        session: { id: 'o1', method: 'alipay', statusUrl: '/status' },
        signal: new AbortController().signal,
        baseUrl: 'https://shop.example/',
        fetch: () =>
          Promise.resolve({
            ok: true,
            status: 200,
            ...(url === undefined ? {} : { url }),
            text: () => Promise.resolve('{"id":"o1","status":"paid"}'),
          }),
      });

    it('takes the reply from a URL that passes the rule (or when fetch does not say), refuses it from one that fails the rule', async () => {
      for (const url of [
        undefined,
        '',
        'https://shop.example/status',
        'https://pay.example/elsewhere',
        'http://localhost:8080/status',
        'http://127.0.0.2/status',
      ]) {
        expect(await askFrom(url), String(url)).to.equal('paid');
      }
      for (const url of [
        'http://evil.example/status',
        'http://elsewhere.localhost/status',
        'http://localhost./status',
        'http://[::ffff:127.0.0.1]/status',
        'ftp://shop.example/status',
        'data:application/json,paid',
        'blob:https://shop.example/0e8ab1b1-7d1a-4d3e-9e8b-2a1b3c4d5e6f',
      ]) {
        let caught: unknown;
        try {
          await askFrom(url);
        } catch (error) {
          caught = error;
        }
        expect(caught, url).to.be.instanceOf(StatusCheckError);
        expect((caught as Error).message, url).to.contain(url);
      }
    });
  });
});
