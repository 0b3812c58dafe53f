import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { Environment, PaymentMethod } from '../../src/core/types.js';
import { rememberedMethodKey } from '../../src/payment-picker/remembered-method.js';
import { DESKTOP, IN_WECHAT, MOBILE, pickerFixture, row, type PaymentPicker } from './helpers.js';

const METHODS: PaymentMethod[] = [
  { id: 'alipay' },
  { id: 'wechat-pay' },
  { id: 'unionpay' },
  { id: 'card', label: 'Bank card' },
];
const IN_ALIPAY: Environment = { ...MOBILE, inApp: 'alipay' };

async function picker(
  environment: Environment,
  options: { methods?: PaymentMethod[]; value?: string; remember?: boolean; form?: boolean } = {},
) {
  const events: string[] = [];
  const template = html`<payment-picker
    name="method"
    prefer-in-app
    ?remember=${options.remember ?? false}
    value=${options.value ?? ''}
    .environment=${environment}
    .methods=${options.methods ?? METHODS}
    @change=${() => events.push('change')}
    @input=${() => events.push('input')}
  ></payment-picker>`;
  const root = await pickerFixture<HTMLElement>(
    options.form ? html`<form>${template}</form>` : template,
  );
  const el = (
    root.localName === 'form' ? root.querySelector('payment-picker') : root
  ) as PaymentPicker;
  await el.updateComplete;
  return { el, events, form: root.localName === 'form' ? (root as HTMLFormElement) : null };
}

describe('<payment-picker prefer-in-app>', () => {
  it('chooses WeChat Pay inside WeChat and Alipay inside Alipay, with no change event', async () => {
    const wechat = await picker(IN_WECHAT);
    expect(wechat.el.value).to.equal('wechat-pay');
    expect(row(wechat.el, 'wechat-pay').getAttribute('aria-checked')).to.equal('true');
    expect(wechat.events).to.deep.equal([]);
    const alipay = await picker(IN_ALIPAY);
    expect(alipay.el.value).to.equal('alipay');
    expect(alipay.events).to.deep.equal([]);
  });

  it('says how paying will go on the chosen row: “Pay here in WeChat”', async () => {
    const { el } = await picker(IN_WECHAT);
    expect(row(el, 'wechat-pay').closest('[part~="option"]')!.textContent).to.contain(
      'Pay here in WeChat',
    );
  });

  it('chooses nothing in a real browser, on a desktop, or in another app', async () => {
    for (const environment of [MOBILE, DESKTOP, { ...MOBILE, inApp: 'qq' as const }]) {
      const { el } = await picker(environment);
      expect(el.value, String(environment.inApp)).to.equal('');
    }
  });

  it('leaves a given value, a remembered method, a disabled or a missing wallet alone', async () => {
    expect((await picker(IN_WECHAT, { value: 'card' })).el.value).to.equal('card');
    localStorage.setItem(rememberedMethodKey('method'), 'unionpay');
    try {
      expect((await picker(IN_WECHAT, { remember: true })).el.value).to.equal('unionpay');
    } finally {
      localStorage.removeItem(rememberedMethodKey('method'));
    }
    const disabled = METHODS.map((m) => (m.id === 'wechat-pay' ? { ...m, disabled: true } : m));
    expect((await picker(IN_WECHAT, { methods: disabled })).el.value).to.equal('');
    const without = METHODS.filter((m) => m.id !== 'wechat-pay');
    expect((await picker(IN_WECHAT, { methods: without })).el.value).to.equal('');
  });

  it('submits the preferred wallet, and form.reset() comes back to it', async () => {
    const { el, form } = await picker(IN_WECHAT, { form: true });
    expect(new FormData(form!).get('method')).to.equal('wechat-pay');
    el.value = 'card';
    form!.reset();
    await el.updateComplete;
    expect(el.value).to.equal('wechat-pay');
  });

  it('shows “Opens in your browser” on every wallet this app blocks, chosen or not', async () => {
    const { el } = await picker(IN_WECHAT);
    const text = (id: string) => row(el, id).closest('[part~="option"]')!.textContent!;
    expect(text('alipay')).to.contain('Opens in your browser');
    expect(text('unionpay')).to.contain('Opens in your browser');
    expect(text('card')).not.to.contain('Opens in your browser');
  });
});
