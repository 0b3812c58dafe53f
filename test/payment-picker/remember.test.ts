import { expect, fixtureCleanup, html } from '@open-wc/testing';
import { rememberedMethodKey } from '../../src/payment-picker/remembered-method.js';
import { checkedId, pickerFixture, recordEvents, row, settle } from './helpers.js';

const KEY = rememberedMethodKey('method');

function pickerTemplate(value?: string) {
  return html`<payment-picker name="method" remember value=${value ?? ''}>
    <payment-option value="alipay"></payment-option>
    <payment-option value="wechat-pay"></payment-option>
    <payment-option value="card" ?disabled=${true}></payment-option>
  </payment-picker>`;
}

function picker(value?: string) {
  return pickerFixture(pickerTemplate(value));
}

describe('<payment-picker remember>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('remembers the shopper’s choice and preselects it in a re-created picker, without events', async () => {
    const first = await picker();
    row(first, 'wechat-pay').click();
    await settle(first);
    expect(localStorage.getItem(KEY)).to.equal('wechat-pay');
    fixtureCleanup();

    const events = recordEvents(document, ['input', 'change']);
    const second = await picker();
    await settle(second);
    expect(second.value).to.equal('wechat-pay');
    expect(checkedId(second)).to.equal('wechat-pay');
    expect(events).to.have.length(0);
  });

  it('form.reset() restores the remembered method the picker started with', async () => {
    localStorage.setItem(KEY, 'alipay');
    const form = await pickerFixture<HTMLFormElement>(html`<form>${pickerTemplate()}</form>`);
    const el = form.querySelector('payment-picker')!;
    expect(checkedId(el)).to.equal('alipay');
    row(el, 'wechat-pay').click();
    await settle(el);
    form.reset();
    await settle(el);
    expect(checkedId(el)).to.equal('alipay');
  });

  it('form.reset() empties a first choice: what was just remembered is not filled in again', async () => {
    const form = await pickerFixture<HTMLFormElement>(html`<form>${pickerTemplate()}</form>`);
    const el = form.querySelector('payment-picker')!;
    row(el, 'wechat-pay').click();
    await settle(el);
    form.reset();
    await settle(el);
    expect(el.value).to.equal('');
    expect(checkedId(el)).to.equal(null);
    expect([...new FormData(form)]).to.deep.equal([]);
  });

  it('stores the method id only, under a key that includes the name', async () => {
    const el = await picker();
    row(el, 'alipay').click();
    await settle(el);
    expect(Object.keys(localStorage)).to.deep.equal(['payment-picker:last-method:method']);
    expect(localStorage.getItem(KEY)).to.equal('alipay');
  });

  it('does not remember values set by code', async () => {
    const el = await picker();
    el.value = 'alipay';
    await settle(el);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('an explicit value wins over the remembered one', async () => {
    localStorage.setItem(KEY, 'wechat-pay');
    const el = await picker('alipay');
    expect(checkedId(el)).to.equal('alipay');
  });

  it('ignores a remembered method that is no longer offered', async () => {
    localStorage.setItem(KEY, 'paypal');
    const el = await picker();
    expect(el.value).to.equal('');
    expect(checkedId(el)).to.equal(null);
  });

  it('ignores a remembered method that is now disabled', async () => {
    localStorage.setItem(KEY, 'card');
    const el = await picker();
    expect(el.value).to.equal('');
  });

  it('neither reads nor writes without the remember attribute', async () => {
    localStorage.setItem(KEY, 'wechat-pay');
    const el = await pickerFixture(
      html`<payment-picker name="method">
        <payment-option value="alipay"></payment-option
        ><payment-option value="wechat-pay"></payment-option>
      </payment-picker>`,
    );
    expect(el.value).to.equal('');
    row(el, 'alipay').click();
    await settle(el);
    expect(localStorage.getItem(KEY)).to.equal('wechat-pay');
  });

  it('keeps pickers with different names apart', async () => {
    localStorage.setItem(rememberedMethodKey('other'), 'wechat-pay');
    const el = await picker();
    expect(el.value).to.equal('');
  });

  it('works when storage throws (privacy mode, quota)', async () => {
    const proto = Storage.prototype;
    const { getItem, setItem } = proto;
    proto.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    proto.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await picker();
      row(el, 'alipay').click();
      await settle(el);
      expect(el.value).to.equal('alipay');
    } finally {
      proto.getItem = getItem;
      proto.setItem = setItem;
    }
  });
});
