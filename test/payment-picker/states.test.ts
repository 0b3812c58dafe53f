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
});
