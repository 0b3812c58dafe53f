import { expect } from '@open-wc/testing';
import type { PaymentSession } from '../../src/core/types.js';
import type {
  WalletErrorDetail,
  WalletFlowDetail,
  WalletInAppDetail,
  WalletStatusDetail,
} from '../../src/wallet-redirect/events.js';
import {
  fakeStatus,
  IN_WECHAT,
  MOBILE,
  mount,
  ofType,
  part,
  settle,
  sleep,
  waitFor,
} from './helpers.js';

const JSAPI = {
  appId: 'wx8888888888888888',
  timeStamp: '1700000000',
  nonceStr: 'nonce-42',
  package: 'prepay_id=wx-secret-prepay',
  signType: 'RSA',
  paySign: 'secret-pay-sign',
};

const WECHAT_SESSION: PaymentSession = {
  id: 'order-7',
  method: 'wechat-pay',
  amount: '128.00',
  currency: 'CNY',
  payee: 'Tea House',
  shareUrl: 'https://shop.example/friend-pay/order-7',
  jsapi: JSAPI,
};

const ALIPAY_SESSION: PaymentSession = {
  id: 'order-8',
  method: 'alipay',
  amount: '128.00',
  currency: 'CNY',
  shareUrl: 'https://shop.example/friend-pay/order-8',
  jsapi: { tradeNO: '2025120522001' },
};

const IN_ALIPAY = { ...MOBILE, inApp: 'alipay' as const };
const EVENTS = [
  'wallet-flow',
  'wallet-status',
  'wallet-error',
  'wallet-in-app',
  'wallet-miniprogram',
];

/** A simulated app bridge: records each call and lets the test answer it. */
function simulateBridge(kind: 'wechat' | 'alipay', { ready = true } = {}) {
  const calls: { name: string; args: unknown; answer: (result: object) => void }[] = [];
  const bridge =
    kind === 'wechat'
      ? {
          invoke: (name: string, args: unknown, callback: (result: object) => void) =>
            calls.push({ name, args, answer: callback }),
        }
      : {
          call: (name: string, args: unknown, callback: (result: object) => void) =>
            calls.push({ name, args, answer: callback }),
        };
  const global = kind === 'wechat' ? 'WeixinJSBridge' : 'AlipayJSBridge';
  const install = () => Object.assign(window, { [global]: bridge });
  if (ready) install();
  return {
    calls,
    /** Injects the bridge later and fires its ready event, as the apps do. */
    arrive: () => {
      install();
      document.dispatchEvent(new Event(`${global}Ready`));
    },
    remove: () => delete (window as unknown as Record<string, unknown>)[global],
  };
}

describe('<wallet-redirect> paying in the app (in-app)', () => {
  let bridge: ReturnType<typeof simulateBridge> | undefined;
  afterEach(() => bridge?.remove());

  it('opens WeChat’s pay sheet at once, with the jsapi, and confirms with the shop after “ok”', async () => {
    bridge = simulateBridge('wechat');
    const fake = fakeStatus();
    const { el, events } = await mount({
      environment: IN_WECHAT,
      session: WECHAT_SESSION,
      checkStatus: fake.checkStatus,
      events: EVENTS,
    });
    expect(ofType<WalletFlowDetail>(events, 'wallet-flow')).to.deep.equal([
      { flow: 'in-app', reason: 'in-app' },
    ]);
    await waitFor(() => bridge!.calls.length === 1);
    expect(bridge.calls[0]!.name).to.equal('getBrandWCPayRequest');
    expect(bridge.calls[0]!.args).to.deep.equal(JSAPI);
    await settle(el);
    expect(part(el, 'pay-button')!.getAttribute('aria-disabled')).to.equal('true');
    expect(part(el, 'title')!.textContent).to.contain('Pay here in WeChat');

    // The first check (at once) answered pending; the sheet's "ok" asks again at once.
    await fake.waitForCalls(1);
    fake.calls[0]!.resolve('pending');
    await sleep(20);
    const before = fake.calls.length;
    bridge.calls[0]!.answer({ err_msg: 'get_brand_wcpay_request:ok' });
    await waitFor(() => fake.calls.length > before);
    await settle(el);
    expect(ofType<WalletInAppDetail>(events, 'wallet-in-app')).to.deep.equal([
      { result: 'ok', code: 'get_brand_wcpay_request:ok' },
    ]);
    expect(part(el, 'in-app-note')!.textContent).to.contain('Confirming your payment…');
    // The sheet's word is a hint: still pending until the shop says paid.
    expect(el.status).to.equal('pending');
    fake.calls.at(-1)!.resolve('paid');
    await waitFor(() => el.status === 'paid');
  });

  it('never puts jsapi in an event, and never calls the bridge twice at once', async () => {
    bridge = simulateBridge('wechat');
    const { el, events } = await mount({
      environment: IN_WECHAT,
      session: WECHAT_SESSION,
      events: EVENTS,
    });
    await waitFor(() => bridge!.calls.length === 1);
    el.open();
    part(el, 'pay-button')!.click();
    await sleep(50);
    expect(bridge.calls).to.have.length(1);
    const status = ofType<WalletStatusDetail>(events, 'wallet-status')[0]!;
    expect(status.session).to.not.have.property('jsapi');
    expect(JSON.stringify(events.map((e) => e.detail))).not.to.contain('secret');
  });

  it('after “cancel”: still pending, says so, and “Pay again” opens the sheet again', async () => {
    bridge = simulateBridge('wechat');
    const { el, events } = await mount({
      environment: IN_WECHAT,
      session: WECHAT_SESSION,
      events: EVENTS,
    });
    await waitFor(() => bridge!.calls.length === 1);
    bridge.calls[0]!.answer({ err_msg: 'get_brand_wcpay_request:cancel' });
    await waitFor(() => ofType(events, 'wallet-in-app').length === 1);
    await settle(el);
    expect(el.status).to.equal('pending');
    expect(part(el, 'in-app-note')!.textContent).to.contain('Payment not finished');
    expect(part(el, 'pay-button')!.textContent!.trim()).to.equal('Pay again');
    expect(ofType(events, 'wallet-error')).to.deep.equal([]);
    // The other ways the session allows stay a tab away.
    expect(el.shadowRoot!.querySelector('[data-flow="share"]')).to.exist;
    part(el, 'pay-button')!.click();
    await waitFor(() => bridge!.calls.length === 2);
  });

  it('after “fail”: in-app-failed (without the jsapi), a visible message, and “Pay again”', async () => {
    bridge = simulateBridge('wechat');
    const { el, events } = await mount({
      environment: IN_WECHAT,
      session: WECHAT_SESSION,
      events: EVENTS,
    });
    await waitFor(() => bridge!.calls.length === 1);
    bridge.calls[0]!.answer({ err_msg: 'get_brand_wcpay_request:fail' });
    await waitFor(() => ofType(events, 'wallet-error').length === 1);
    await settle(el);
    const [error] = ofType<WalletErrorDetail>(events, 'wallet-error');
    expect(error!.code).to.equal('in-app-failed');
    expect(error!.message).not.to.contain('secret');
    expect(part(el, 'in-app-note')!.textContent).to.contain('didn’t go through');
    expect(part(el, 'pay-button')!.textContent!.trim()).to.equal('Pay again');
  });

  it('waits for the bridge’s ready event', async () => {
    bridge = simulateBridge('wechat', { ready: false });
    await mount({ environment: IN_WECHAT, session: WECHAT_SESSION });
    await sleep(100);
    expect(bridge.calls).to.have.length(0);
    bridge.arrive();
    await waitFor(() => bridge!.calls.length === 1);
  });

  it('pays another way when no bridge appears within 3 s (bridge-unavailable)', async () => {
    const { el, events } = await mount({
      environment: IN_WECHAT,
      session: WECHAT_SESSION,
      events: EVENTS,
    });
    await waitFor(() => el.activeFlow === 'share', 4500);
    expect(ofType<WalletFlowDetail>(events, 'wallet-flow').at(-1)).to.deep.equal({
      flow: 'share',
      reason: 'bridge-unavailable',
    });
    await settle(el);
    expect(part(el, 'notice')!.textContent).to.contain('can’t be opened on this page');
  });

  it('maps Alipay’s result codes: 9000 and 8000 confirm, 6001 is not finished, 4000 fails', async () => {
    for (const [code, result] of [
      ['9000', 'ok'],
      ['8000', 'processing'],
      ['6004', 'processing'],
      ['6001', 'cancel'],
      ['4000', 'fail'],
      ['6002', 'fail'],
    ] as const) {
      bridge?.remove();
      bridge = simulateBridge('alipay');
      const { events } = await mount({
        environment: IN_ALIPAY,
        session: ALIPAY_SESSION,
        events: EVENTS,
      });
      await waitFor(() => bridge!.calls.length === 1);
      expect(bridge.calls[0]!.name).to.equal('tradePay');
      expect(bridge.calls[0]!.args).to.deep.equal({ tradeNO: '2025120522001' });
      bridge.calls[0]!.answer({ resultCode: code });
      await waitFor(() => ofType(events, 'wallet-in-app').length === 1);
      expect(ofType<WalletInAppDetail>(events, 'wallet-in-app')[0], code).to.deep.equal({
        result,
        code,
      });
    }
  });

  it('ignores the answer of a session that was replaced meanwhile', async () => {
    bridge = simulateBridge('wechat');
    const { el, events } = await mount({
      environment: IN_WECHAT,
      session: WECHAT_SESSION,
      events: EVENTS,
    });
    await waitFor(() => bridge!.calls.length === 1);
    el.session = { ...WECHAT_SESSION, id: 'order-9' };
    await settle(el);
    await waitFor(() => bridge!.calls.length === 2);
    bridge.calls[0]!.answer({ err_msg: 'get_brand_wcpay_request:fail' });
    await sleep(50);
    expect(ofType(events, 'wallet-in-app')).to.deep.equal([]);
    expect(ofType(events, 'wallet-error')).to.deep.equal([]);
  });

  it('in a WeChat mini program, hands over to it (cancelable wallet-miniprogram) and calls no bridge', async () => {
    bridge = simulateBridge('wechat');
    const { el, events } = await mount({
      environment: { ...IN_WECHAT, miniProgram: true },
      session: WECHAT_SESSION,
      events: EVENTS,
    });
    await waitFor(() => ofType(events, 'wallet-miniprogram').length === 1);
    await settle(el);
    expect(events.find((e) => e.type === 'wallet-miniprogram')!.cancelable).to.be.true;
    expect(part(el, 'in-app-panel')!.textContent).to.contain('Continue in the mini program');
    expect(bridge.calls).to.have.length(0);
  });

  it('speaks Chinese: 在微信内支付, 使用微信支付支付 ¥128.00', async () => {
    bridge = simulateBridge('wechat');
    const { el } = await mount({ environment: IN_WECHAT, session: WECHAT_SESSION, lang: 'zh-CN' });
    await waitFor(() => bridge!.calls.length === 1);
    bridge.calls[0]!.answer({ err_msg: 'get_brand_wcpay_request:cancel' });
    await waitFor(() => !!part(el, 'in-app-note')?.textContent!.includes('支付未完成'));
    expect(part(el, 'title')!.textContent).to.contain('在微信内支付');
    expect(part(el, 'in-app-note')!.textContent).to.contain('支付未完成');
    expect(el.shadowRoot!.querySelector('[data-flow="in-app"]')!.textContent!.trim()).to.equal(
      '在此支付',
    );
  });
});

describe('<wallet-redirect> one code for any app (scanWith)', () => {
  const ANY_APP: PaymentSession = {
    id: 'order-10',
    method: 'wechat-pay',
    amount: '128.00',
    currency: 'CNY',
    qrPayload: 'https://shop.example/pay/order-10',
    scanWith: ['wechat-pay', 'alipay', 'unionpay'],
  };

  it('names every wallet in order, as one list in the shopper’s language, with their glyphs', async () => {
    for (const [lang, text] of [
      ['en', 'Scan with WeChat, Alipay, or Cloud QuickPass'],
      ['zh-CN', '用微信、支付宝或云闪付扫码支付'],
    ] as const) {
      const { el } = await mount({ session: ANY_APP, lang });
      await waitFor(() => !!part(el, 'qr-code'), 5000);
      await settle(el);
      expect(part(el, 'hint')!.textContent!.trim(), lang).to.equal(text);
      if (lang === 'en') {
        expect(part(el, 'qr-code')!.getAttribute('aria-label')).to.equal(
          'QR code to pay CN¥128.00 with WeChat, Alipay, or Cloud QuickPass',
        );
      }
      const marks = [...part(el, 'wallet-mark')!.querySelectorAll<HTMLElement>('[data-id]')];
      expect(marks.map((m) => m.dataset['id'])).to.deep.equal(['wechat-pay', 'alipay', 'unionpay']);
    }
  });

  it('on a phone, the steps name them all too', async () => {
    const { el } = await mount({ session: ANY_APP, environment: MOBILE, attrs: { flow: 'qr' } });
    await waitFor(() => !!part(el, 'save-steps'), 5000);
    expect(part(el, 'save-steps')!.textContent).to.contain(
      'Open WeChat, Alipay, or Cloud QuickPass and tap Scan',
    );
  });
});
