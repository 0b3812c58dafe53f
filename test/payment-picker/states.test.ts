import { expect, html } from '@open-wc/testing';
import { checkedId, part, pickerFixture, recordEvents, row, rows, settle } from './helpers.js';

describe('<payment-picker> states', () => {
  it('default: accessible with a chosen method, badges, descriptions and hints', async () => {
    const el = await pickerFixture(
      html`<payment-picker value="wechat-pay" amount="128" currency="CNY">
        <payment-option value="alipay" badge="¥5 off"></payment-option>
        <payment-option value="wechat-pay" description="Balance or bank card"></payment-option>
      </payment-picker>`,
    );
    await expect(el).to.be.accessible();
  });

  it('loading: shows a skeleton, marks the group busy, announces it, and allows no choice', async () => {
    const el = await pickerFixture(
      html`<payment-picker loading value="alipay">
        <payment-option value="alipay"></payment-option>
      </payment-picker>`,
    );
    expect(rows(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('[part="skeleton"]').length).to.be.greaterThan(0);
    expect(part(el, 'list')!.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      'Loading payment methods…',
    );
    expect(el.selectedMethod).to.equal(null);
    await expect(el).to.be.accessible();

    el.loading = false;
    await settle(el);
    expect(checkedId(el)).to.equal('alipay');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('');
  });

  it('empty: shows the localized default text', async () => {
    const el = await pickerFixture(html`<payment-picker></payment-picker>`);
    expect(part(el, 'empty')!.textContent!.trim()).to.equal(
      'No payment methods are available for this order.',
    );
    expect(part(el, 'list')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('empty: shows the empty slot’s content instead, from the light DOM', async () => {
    const el = await pickerFixture(
      html`<payment-picker>
        <p slot="empty">Please <a href="/contact">contact us</a> to pay.</p>
      </payment-picker>`,
    );
    const slot = part(el, 'empty')!.querySelector('slot')!;
    expect(slot.assignedElements()).to.deep.equal([el.querySelector('p')]);
    await expect(el).to.be.accessible();
  });

  it('all disabled: every method is shown as disabled with a note, and nothing is a tab stop', async () => {
    const el = await pickerFixture(
      html`<payment-picker>
        <payment-option
          value="alipay"
          disabled
          disabled-reason="Down for maintenance"
        ></payment-option>
        <payment-option value="wechat-pay" disabled></payment-option>
      </payment-picker>`,
    );
    expect(rows(el).every((r) => r.getAttribute('aria-disabled') === 'true' && r.tabIndex === -1))
      .to.be.true;
    expect(part(el, 'notice')!.textContent).to.equal(
      'None of these payment methods can be used right now.',
    );
    expect(part(el, 'list')!.getAttribute('aria-describedby')).to.contain('notice');
    await expect(el).to.be.accessible();
  });

  it('disabled: the whole control is disabled and cannot be changed', async () => {
    const el = await pickerFixture(
      html`<payment-picker disabled value="alipay">
        <payment-option value="alipay"></payment-option>
        <payment-option value="wechat-pay"></payment-option>
      </payment-picker>`,
    );
    const events = recordEvents(el, ['change']);
    expect(part(el, 'list')!.getAttribute('aria-disabled')).to.equal('true');
    expect(rows(el).every((r) => r.getAttribute('aria-disabled') === 'true')).to.be.true;
    row(el, 'wechat-pay').click();
    await settle(el);
    expect(el.value).to.equal('alipay');
    expect(events).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('disabled methods with reasons are accessible', async () => {
    const el = await pickerFixture(
      html`<payment-picker value="alipay">
        <payment-option value="alipay"></payment-option>
        <payment-option
          value="wechat-pay"
          disabled
          disabled-reason="Not accepted yet"
        ></payment-option>
      </payment-picker>`,
    );
    await expect(el).to.be.accessible();
  });

  it('focus() focuses the tab stop, and does nothing harmful without rows', async () => {
    const el = await pickerFixture(
      html`<payment-picker value="wechat-pay">
        <payment-option value="alipay"></payment-option
        ><payment-option value="wechat-pay"></payment-option>
      </payment-picker>`,
    );
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(row(el, 'wechat-pay'));
    const empty = await pickerFixture(html`<payment-picker></payment-picker>`);
    empty.focus();
    expect(empty.shadowRoot!.activeElement).to.equal(null);
  });

  it('dark: follows the page’s color-scheme and stays accessible', async () => {
    const wrapper = await pickerFixture<HTMLElement>(
      html`<div>
        <div style="color-scheme: light">
          <payment-picker value="alipay"
            ><payment-option value="alipay"></payment-option
          ></payment-picker>
        </div>
        <div style="color-scheme: dark; background: #111">
          <payment-picker value="alipay" amount="128" currency="CNY">
            <payment-option value="alipay" badge="¥5 off"></payment-option>
            <payment-option
              value="wechat-pay"
              disabled
              disabled-reason="Not accepted yet"
            ></payment-option>
          </payment-picker>
        </div>
      </div>`,
    );
    const [light, dark] = [...wrapper.querySelectorAll('payment-picker')];
    await dark!.updateComplete;
    const colors = (el: Element) => {
      const option = getComputedStyle(part(el as never, 'option')!);
      return [getComputedStyle(part(el as never, 'legend')!).color, option.backgroundColor];
    };
    const [lightText, lightSurface] = colors(light!);
    const [darkText, darkSurface] = colors(dark!);
    expect(darkText).not.to.equal(lightText);
    expect(darkSurface).not.to.equal(lightSurface);
    await expect(dark).to.be.accessible();
  });

  it('the --pp-* custom properties theme it from any ancestor', async () => {
    const wrapper = await pickerFixture<HTMLElement>(
      html`<div>
        <payment-picker value="alipay"
          ><payment-option value="alipay"></payment-option
        ></payment-picker>
      </div>`,
    );
    wrapper.style.setProperty('--pp-accent', 'rgb(255, 0, 0)');
    wrapper.style.setProperty('--pp-radius', '3px');
    const el = wrapper.querySelector('payment-picker')!;
    const option = part(el, 'option-checked')!;
    expect(getComputedStyle(option).borderTopColor).to.equal('rgb(255, 0, 0)');
    expect(getComputedStyle(option).borderTopLeftRadius).to.equal('3px');
  });

  it('rtl: lays out from the right and stays accessible', async () => {
    const wrapper = await pickerFixture<HTMLElement>(
      html`<div dir="rtl" lang="zh-TW">
        <payment-picker value="alipay"
          ><payment-option value="alipay"></payment-option
        ></payment-picker>
      </div>`,
    );
    const el = wrapper.querySelector('payment-picker')!;
    const radio = part(el, 'radio')!.getBoundingClientRect();
    const label = part(el, 'label')!.getBoundingClientRect();
    expect(radio.left).to.be.greaterThan(label.left);
    await expect(el).to.be.accessible();
  });

  it('in a form with a label: accessible', async () => {
    const form = await pickerFixture<HTMLFormElement>(
      html`<form>
        <payment-picker name="m" required
          ><payment-option value="alipay"></payment-option
        ></payment-picker>
        <button>Pay</button>
      </form>`,
    );
    await expect(form).to.be.accessible();
  });
});
