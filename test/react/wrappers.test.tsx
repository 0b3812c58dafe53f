// Renders the `payment-picker/react` wrappers in React 19 in real Chromium: props reach the
// elements as properties, and the typed `on…` callbacks receive the elements' own events.
// (No JSX here: tsconfig.json has no `jsx` setting, so the tree is built with createElement.)
import { expect } from '@open-wc/testing';
import { createElement as h, createRef, type RefObject } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import {
  PaymentOption,
  PaymentPicker,
  WalletRedirect,
  type PaymentPickerElement,
  type WalletRedirectElement,
} from '../../src/react.js';
import type { PaymentMethod, PaymentSession } from '../../src/core/types.js';

const METHODS: PaymentMethod[] = [
  { id: 'alipay' },
  { id: 'wechat-pay' },
  { id: 'card', label: 'Card' },
];
const SESSION: PaymentSession = {
  id: 'order-7',
  method: 'wechat-pay',
  amount: '12.00',
  currency: 'CNY',
  qrPayload: 'weixin://wxpay/bizpayurl?pr=abc123',
  shareUrl: 'https://shop.example/friend-pay/order-7',
};

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > 3000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('payment-picker/react', () => {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
  });

  it('renders <payment-picker> with methods as a property and calls onChange/onInput', async () => {
    const ref: RefObject<PaymentPickerElement | null> = createRef();
    const changes: string[] = [];
    const inputs: string[] = [];
    flushSync(() =>
      root.render(
        h(PaymentPicker, {
          ref,
          name: 'method',
          methods: METHODS,
          value: 'alipay',
          onChange: (e) => changes.push(e.target.value),
          onInput: (e) => inputs.push(e.target.value),
        }),
      ),
    );
    const el = ref.current!;
    expect(el.localName).to.equal('payment-picker');
    expect(el.methods).to.equal(METHODS);
    await el.updateComplete;
    expect(changes).to.deep.equal([], 'no change when React sets value');
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')];
    expect(radios).to.have.length(3);
    radios[1]!.click();
    await el.updateComplete;
    expect(el.value).to.equal('wechat-pay');
    expect(changes).to.deep.equal(['wechat-pay']);
    expect(inputs).to.deep.equal(['wechat-pay']);
  });

  it('submits the chosen method with its <form> under the name prop (the README example)', async () => {
    const form: RefObject<HTMLFormElement | null> = createRef();
    const chosen: string[] = [];
    // <form>
    //   <PaymentPicker name="method" onChange={(event) => setMethod(event.target.value)}>
    //     <PaymentOption value="alipay" />
    //     <PaymentOption value="wechat-pay" />
    //   </PaymentPicker>
    // </form>
    flushSync(() =>
      root.render(
        h(
          'form',
          { ref: form },
          h(
            PaymentPicker,
            { name: 'method', onChange: (event) => chosen.push(event.target.value) },
            h(PaymentOption, { value: 'alipay' }),
            h(PaymentOption, { value: 'wechat-pay' }),
          ),
        ),
      ),
    );
    const el = form.current!.querySelector('payment-picker')!;
    await waitFor(
      () => el.shadowRoot!.querySelectorAll('[role="radio"]').length === 2,
      'two radios from <payment-option> children',
    );
    el.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')[1]!.click();
    expect(chosen).to.deep.equal(['wechat-pay']);
    expect([...new FormData(form.current!)]).to.deep.equal([['method', 'wechat-pay']]);
  });

  it('reports bad input through onPickerError', async () => {
    const codes: string[] = [];
    flushSync(() =>
      root.render(
        h(PaymentPicker, {
          methods: [{ id: '' } as PaymentMethod, { id: 'card', label: 'Card' }],
          onPickerError: (e) => codes.push(e.detail.code),
        }),
      ),
    );
    await waitFor(() => codes.length > 0, 'picker-error');
    expect(codes[0]).to.equal('invalid-methods');
  });

  it('renders <payment-option> children declared in React', async () => {
    const ref: RefObject<PaymentPickerElement | null> = createRef();
    const errors: string[] = [];
    flushSync(() =>
      root.render(
        h(
          PaymentPicker,
          { ref, name: 'method', onPickerError: (e) => errors.push(e.detail.message) },
          h(PaymentOption, { value: 'card', label: 'Card' }),
          h(PaymentOption, { value: 'paypal', label: 'PayPal', disabled: true }),
        ),
      ),
    );
    const el = ref.current!;
    await waitFor(
      () => el.shadowRoot!.querySelectorAll('[role="radio"]').length === 2,
      'two radios from <payment-option> children',
    );
    expect(el.querySelectorAll('payment-option')).to.have.length(2);
    expect(errors).to.deep.equal([], 'no picker-error while React sets the options up');
  });

  it('renders <wallet-redirect> with a session and typed wallet events', async () => {
    const ref: RefObject<WalletRedirectElement | null> = createRef();
    const flows: string[] = [];
    const statuses: string[] = [];
    flushSync(() =>
      root.render(
        h(WalletRedirect, {
          ref,
          session: SESSION,
          environment: {
            mobile: false,
            os: 'windows',
            inApp: null,
            miniProgram: false,
            canShare: false,
            canCopy: true,
          },
          // A custom status transport (a property): the payment is paid at the first check.
          checkStatus: () => Promise.resolve({ status: 'paid' as const }),
          onWalletFlow: (e) => flows.push(e.detail.flow),
          onWalletStatus: (e) => statuses.push(e.detail.status),
          onWalletError: (e) => statuses.push(`error:${e.detail.code}`),
        }),
      ),
    );
    const el = ref.current!;
    expect(el.session).to.equal(SESSION);
    await waitFor(() => statuses.includes('paid'), 'wallet-status paid');
    expect(flows[0]).to.equal('qr');
    expect(statuses).to.deep.equal(['pending', 'paid']);
    expect(el.status).to.equal('paid');
  });

  it('lets onWalletRedirect cancel the navigation', async () => {
    const ref: RefObject<WalletRedirectElement | null> = createRef();
    const urls: string[] = [];
    const navigated: string[] = [];
    flushSync(() =>
      root.render(
        h(WalletRedirect, {
          ref,
          session: { ...SESSION, redirectUrl: 'weixin://wxpay/open?x=1' },
          flow: 'redirect',
          navigate: (url: string) => navigated.push(url),
          checkStatus: () => new Promise<never>(() => {}),
          onWalletRedirect: (e) => {
            urls.push(e.detail.url);
            e.preventDefault();
          },
        }),
      ),
    );
    const el = ref.current!;
    await el.updateComplete;
    el.open();
    await waitFor(() => urls.length > 0, 'wallet-redirect');
    expect(urls[0]).to.equal('weixin://wxpay/open?x=1');
    expect(navigated).to.deep.equal([]);
  });
});
