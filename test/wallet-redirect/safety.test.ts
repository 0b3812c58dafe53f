import { expect } from '@open-wc/testing';
import type { WalletErrorDetail } from '../../src/wallet-redirect/events.js';
import {
  DESKTOP,
  fakeStatus,
  MOBILE,
  mount,
  ofType,
  part,
  SESSION,
  settle,
  tabFlows,
} from './helpers.js';

const errorCodes = (events: CustomEvent[]) =>
  ofType<WalletErrorDetail>(events, 'wallet-error').map((e) => e.code);

describe('<wallet-redirect> safety', () => {
  const hostileRedirects = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'javascript&colon;alert(1)',
    'java%73cript:alert(1)',
    'http://evil.example/pay',
    'https://127.0.0.1@evil.example/',
    'file:///etc/passwd',
  ];

  for (const redirectUrl of hostileRedirects) {
    it(`refuses redirectUrl ${JSON.stringify(redirectUrl)}: unsafe-url, no navigation, safe flows stay`, async () => {
      const navigated: string[] = [];
      const { el, events } = await mount({
        environment: MOBILE,
        session: { ...SESSION, redirectUrl },
        navigate: (url) => navigated.push(url),
      });
      expect(errorCodes(events)).to.deep.equal(['unsafe-url']);
      expect(tabFlows(el)).to.deep.equal(['qr', 'share']);
      expect(el.activeFlow).to.equal('qr');
      el.open();
      expect(navigated).to.deep.equal([]);
      expect(ofType(events, 'wallet-redirect')).to.have.length(0);
      expect(part(el, 'error')!.textContent).to.contain('aren’t available here');
    });
  }

  it('refuses an unsafe shareUrl and never shares it', async () => {
    const { el, events } = await mount({
      environment: DESKTOP,
      session: { ...SESSION, shareUrl: 'javascript:alert(1)' },
    });
    expect(errorCodes(events)).to.deep.equal(['unsafe-url']);
    // The QR code stays (a wallet's "Open app" is not offered on a desktop).
    expect(el.activeFlow).to.equal('qr');
    expect(tabFlows(el), 'no tabs').to.deep.equal([]);
    await el.share();
    expect(ofType(events, 'wallet-share')).to.have.length(0);
  });

  it('refuses a QR payload that is a script URL, but encodes a weixin:// payload', async () => {
    const bad = await mount({
      environment: DESKTOP,
      session: { ...SESSION, qrPayload: 'javascript:alert(1)' },
    });
    expect(errorCodes(bad.events)).to.deep.equal(['unsafe-url']);
    expect(bad.el.activeFlow).to.equal('share');
    expect(part(bad.el, 'qr-panel') === null, 'no QR panel').to.be.true;
    const good = await mount({
      environment: DESKTOP,
      session: { ...SESSION, qrPayload: 'weixin://wxpay/bizpayurl?pr=x' },
    });
    expect(errorCodes(good.events)).to.deep.equal([]);
    expect(good.el.activeFlow).to.equal('qr');
  });

  it('refuses an unsafe statusUrl and never fetches it', async () => {
    const originalFetch = window.fetch;
    let fetched = 0;
    window.fetch = (() => (fetched++, Promise.reject(new Error('no')))) as typeof fetch;
    try {
      const { events } = await mount({
        checkStatus: null,
        session: {
          ...SESSION,
          statusUrl: 'javascript:fetch(1)',
          eventsUrl: 'data:text/event-stream,x',
        },
      });
      await settle((await Promise.resolve(null), document.querySelector('wallet-redirect'))!);
      expect(errorCodes(events).filter((c) => c === 'unsafe-url')).to.have.length(2);
      expect(fetched).to.equal(0);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('honours allowed-schemes: a scheme not listed is refused', async () => {
    const { el, events } = await mount({
      environment: MOBILE,
      session: { ...SESSION, redirectUrl: 'alipays://platformapi/startapp' },
      attrs: { 'allowed-schemes': 'weixin' },
    });
    expect(errorCodes(events)).to.deep.equal(['unsafe-url']);
    expect(tabFlows(el)).to.not.include('redirect');
  });

  it('reads allowed-schemes case-insensitively, with any whitespace between the schemes', async () => {
    const navigated: string[] = [];
    const { el, events } = await mount({
      environment: MOBILE,
      navigate: (url) => navigated.push(url),
      session: { ...SESSION, redirectUrl: 'alipays://platformapi/startapp' },
      attrs: { 'allowed-schemes': '  WEIXIN \n\t Alipays:  ' },
    });
    expect(el.allowedSchemes).to.have.length(2);
    expect(errorCodes(events)).to.deep.equal([]);
    expect(el.activeFlow).to.equal('redirect');
    el.open();
    expect(navigated).to.deep.equal(['alipays://platformapi/startapp']);
  });

  it('reports unsafe-url when allowedSchemes later refuses the redirect, and falls back to a safe flow', async () => {
    const navigated: string[] = [];
    const { el, events } = await mount({ environment: MOBILE, navigate: (u) => navigated.push(u) });
    expect(el.activeFlow).to.equal('redirect');
    expect(errorCodes(events)).to.deep.equal([]);
    el.allowedSchemes = ['weixin'];
    await settle(el);
    expect(errorCodes(events)).to.deep.equal(['unsafe-url']);
    expect(ofType<{ message: string }>(events, 'wallet-error')[0]!.message).to.contain(
      'redirectUrl',
    );
    expect(el.activeFlow).to.equal('qr');
    expect(tabFlows(el)).to.not.include('redirect');
    el.open();
    expect(navigated).to.deep.equal([]);
    el.allowedSchemes = ['weixin', 'vbscript'];
    await settle(el);
    expect(errorCodes(events)).to.deep.equal(['unsafe-url'], 'no new error for the same field');
  });

  it('allows no app scheme with an empty allowed-schemes, and the defaults again once it is removed', async () => {
    const { el, events } = await mount({
      environment: MOBILE,
      session: null,
      attrs: { 'allowed-schemes': ' ' },
    });
    expect(el.allowedSchemes).to.deep.equal([]);
    el.session = SESSION;
    await settle(el);
    expect(errorCodes(events)).to.deep.equal(['unsafe-url']);
    expect(tabFlows(el)).to.not.include('redirect');
    el.removeAttribute('allowed-schemes');
    expect(el.allowedSchemes).to.deep.equal(['weixin', 'alipays', 'alipay', 'upwrp']);
    el.session = { ...SESSION, id: 'order-43' };
    await settle(el);
    expect(errorCodes(events)).to.deep.equal(['unsafe-url']);
    expect(tabFlows(el)).to.include('redirect');
  });

  it('reports invalid-session with a visible message for a bad session, and never throws', async () => {
    for (const session of [
      '{not json',
      { id: '', method: 'alipay' },
      { id: 'a', method: 'alipay' },
      42,
    ]) {
      const { el, events } = await mount({ session: session as never });
      expect(errorCodes(events)).to.deep.equal(['invalid-session']);
      expect(part(el, 'error')!.textContent).to.contain('can’t be shown');
      expect(el.status).to.equal('idle');
    }
  });

  it('reports invalid-session for the session attribute with malformed JSON', async () => {
    const { el, events } = await mount({ session: null });
    el.setAttribute('session', '{"id": 1');
    await settle(el);
    expect(errorCodes(events)).to.deep.equal(['invalid-session']);
  });

  it('reports invalid-session when every hand-off URL is unsafe, and does not track', async () => {
    const fake = fakeStatus();
    const { el, events } = await mount({
      checkStatus: fake.checkStatus,
      session: { id: 'x', method: 'alipay', redirectUrl: 'javascript:1', shareUrl: 'data:,x' },
    });
    expect(errorCodes(events)).to.deep.equal(['unsafe-url', 'unsafe-url', 'invalid-session']);
    expect(el.status).to.equal('idle');
    expect(fake.calls).to.have.length(0);
  });
});
