import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { focusedId, part, pickerFixture, row, settle, shownIds } from './helpers.js';

const SIX = ['alipay', 'wechat-pay', 'unionpay', 'jd-pay', 'ecny', 'card'];

function sixMethods(attrs: { value?: string; count?: number } = {}) {
  return pickerFixture(
    html`<payment-picker
      value=${attrs.value ?? ''}
      visible-count=${attrs.count ?? 4}
      .methods=${SIX.map((id) => ({ id, disabled: id === 'jd-pay' }))}
    ></payment-picker>`,
  );
}

describe('<payment-picker> visible-count and the More button', () => {
  it('shows 4 methods by default and a button that says how many more there are', async () => {
    const el = await pickerFixture(
      html`<payment-picker .methods=${SIX.map((id) => ({ id }))}></payment-picker>`,
    );
    expect(shownIds(el)).to.deep.equal(SIX.slice(0, 4));
    expect(part(el, 'more-button')!.textContent).to.contain('More payment methods (2)');
    expect(part(el, 'more-button')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('shows visible-count methods', async () => {
    const el = await sixMethods({ count: 2 });
    expect(shownIds(el)).to.deep.equal(['alipay', 'wechat-pay']);
  });

  it('shows every method and no button when they fit', async () => {
    const el = await sixMethods({ count: 6 });
    expect(shownIds(el)).to.deep.equal(SIX);
    expect(part(el, 'more-button')).to.equal(null);
  });

  it('shows every method when visible-count is below 1', async () => {
    const el = await sixMethods({ count: 0 });
    expect(shownIds(el)).to.deep.equal(SIX);
  });

  it('always shows the chosen method, even beyond the count', async () => {
    const el = await sixMethods({ count: 2, value: 'card' });
    expect(shownIds(el)).to.deep.equal(['alipay', 'wechat-pay', 'card']);
    expect(part(el, 'more-button')!.textContent).to.contain('(3)');
  });

  it('the button shows the rest, disappears, and moves focus to the first newly shown method that can be chosen', async () => {
    const el = await sixMethods({ count: 3 });
    part(el, 'more-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(shownIds(el)).to.deep.equal(SIX);
    expect(part(el, 'more-button')).to.equal(null);
    expect(focusedId(el)).to.equal('ecny'); // jd-pay, the first revealed, is disabled
    expect(el.value).to.equal('');
  });

  it('the button is its own tab stop after the group', async () => {
    const el = await sixMethods({ count: 2, value: 'alipay' });
    row(el, 'alipay').focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'more-button'));
  });

  it('arrow keys move among the shown methods only', async () => {
    const el = await sixMethods({ count: 2, value: 'wechat-pay' });
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(el.value).to.equal('alipay');
  });

  it('is accessible while collapsed', async () => {
    const el = await sixMethods({ count: 2 });
    await expect(el).to.be.accessible();
  });
});
