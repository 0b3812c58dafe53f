import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  checkedId,
  focusedId,
  pickerFixture,
  recordEvents,
  row,
  rows,
  settle,
  type PaymentPicker,
} from './helpers.js';

async function press(el: PaymentPicker, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}

function threeMethods(value = 'alipay', dir = 'ltr') {
  return pickerFixture<HTMLDivElement>(
    html`<div dir=${dir}>
      <button id="before">before</button>
      <payment-picker value=${value} hide-hints>
        <payment-option value="alipay"></payment-option>
        <payment-option value="wechat-pay"></payment-option>
        <payment-option value="unionpay"></payment-option>
      </payment-picker>
      <button id="after">after</button>
    </div>`,
  ).then((wrapper) => wrapper.querySelector('payment-picker')!);
}

describe('<payment-picker> keyboard', () => {
  it('has a single tab stop: Tab enters at the chosen method and the next Tab leaves the group', async () => {
    const el = await threeMethods('wechat-pay');
    expect(rows(el).map((r) => r.tabIndex)).to.deep.equal([-1, 0, -1]);
    document.querySelector<HTMLButtonElement>('#before')!.focus();
    await press(el, 'Tab');
    expect(focusedId(el)).to.equal('wechat-pay');
    await press(el, 'Tab');
    expect(document.activeElement!.id).to.equal('after');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focusedId(el)).to.equal('wechat-pay');
  });

  it('puts the tab stop on the first enabled method when nothing is chosen', async () => {
    const el = await pickerFixture(
      html`<payment-picker>
        <payment-option value="alipay" disabled></payment-option>
        <payment-option value="wechat-pay"></payment-option>
      </payment-picker>`,
    );
    expect(rows(el).map((r) => r.tabIndex)).to.deep.equal([-1, 0]);
  });

  it('ArrowDown and ArrowRight move to the next method and choose it', async () => {
    const el = await threeMethods();
    el.focus();
    await press(el, 'ArrowDown');
    expect([checkedId(el), focusedId(el), el.value]).to.deep.equal([
      'wechat-pay',
      'wechat-pay',
      'wechat-pay',
    ]);
    await press(el, 'ArrowRight');
    expect([checkedId(el), focusedId(el)]).to.deep.equal(['unionpay', 'unionpay']);
    expect(rows(el).map((r) => r.tabIndex)).to.deep.equal([-1, -1, 0]);
  });

  it('ArrowUp and ArrowLeft move to the previous method and choose it', async () => {
    const el = await threeMethods('unionpay');
    el.focus();
    await press(el, 'ArrowUp');
    expect([checkedId(el), focusedId(el)]).to.deep.equal(['wechat-pay', 'wechat-pay']);
    await press(el, 'ArrowLeft');
    expect([checkedId(el), focusedId(el)]).to.deep.equal(['alipay', 'alipay']);
  });

  it('wraps from the last method to the first and back', async () => {
    const el = await threeMethods('unionpay');
    el.focus();
    await press(el, 'ArrowDown');
    expect(checkedId(el)).to.equal('alipay');
    await press(el, 'ArrowUp');
    expect(checkedId(el)).to.equal('unionpay');
  });

  it('skips disabled methods', async () => {
    const el = await pickerFixture(
      html`<payment-picker value="alipay">
        <payment-option value="alipay"></payment-option>
        <payment-option value="wechat-pay" disabled></payment-option>
        <payment-option value="unionpay"></payment-option>
        <payment-option value="card" disabled></payment-option>
      </payment-picker>`,
    );
    el.focus();
    await press(el, 'ArrowDown');
    expect(checkedId(el)).to.equal('unionpay');
    await press(el, 'ArrowDown');
    expect(checkedId(el)).to.equal('alipay');
    await press(el, 'ArrowUp');
    expect(checkedId(el)).to.equal('unionpay');
  });

  it('Home and End choose the first and the last enabled method', async () => {
    const el = await pickerFixture(
      html`<payment-picker value="wechat-pay">
        <payment-option value="alipay" disabled></payment-option>
        <payment-option value="wechat-pay"></payment-option>
        <payment-option value="unionpay"></payment-option>
        <payment-option value="jd-pay"></payment-option>
        <payment-option value="card" disabled></payment-option>
      </payment-picker>`,
    );
    el.focus();
    await press(el, 'End');
    expect([checkedId(el), focusedId(el)]).to.deep.equal(['jd-pay', 'jd-pay']);
    await press(el, 'Home');
    expect([checkedId(el), focusedId(el)]).to.deep.equal(['wechat-pay', 'wechat-pay']);
  });

  it('Space chooses the focused method when nothing is chosen yet', async () => {
    const el = await threeMethods('');
    const events = recordEvents(el, ['change']);
    el.focus();
    expect(focusedId(el)).to.equal('alipay');
    expect(checkedId(el)).to.equal(null);
    await press(el, 'Space');
    expect(checkedId(el)).to.equal('alipay');
    expect(events).to.have.length(1);
  });

  it('swaps Left and Right in right-to-left text, but not Up and Down', async () => {
    const el = await threeMethods('wechat-pay', 'rtl');
    el.focus();
    await press(el, 'ArrowLeft');
    expect(checkedId(el)).to.equal('unionpay');
    await press(el, 'ArrowRight');
    expect(checkedId(el)).to.equal('wechat-pay');
    await press(el, 'ArrowDown');
    expect(checkedId(el)).to.equal('unionpay');
  });

  it('reads the direction from CSS, so an inherited dir works inside shadow roots too', async () => {
    const el = await threeMethods('alipay');
    el.style.direction = 'rtl';
    el.focus();
    await press(el, 'ArrowLeft');
    expect(checkedId(el)).to.equal('wechat-pay');
  });

  it('ignores arrow keys with modifiers, so browser shortcuts keep working', async () => {
    const el = await threeMethods('alipay');
    el.focus();
    await sendKeys({ down: 'Alt' });
    await press(el, 'ArrowDown');
    await sendKeys({ up: 'Alt' });
    expect(checkedId(el)).to.equal('alipay');
  });

  it('does nothing with the keyboard while the whole control is disabled', async () => {
    const el = await threeMethods('alipay');
    el.disabled = true;
    await el.updateComplete;
    expect(rows(el).every((r) => r.tabIndex === -1)).to.be.true;
    row(el, 'alipay').focus();
    await press(el, 'ArrowDown');
    expect(el.value).to.equal('alipay');
  });

  it('shows a visible focus ring on the focused row', async () => {
    const el = await threeMethods('alipay');
    document.querySelector<HTMLButtonElement>('#before')!.focus();
    await press(el, 'Tab');
    const style = getComputedStyle(row(el, 'alipay'));
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('gives every row and the More button a target of at least 24×24 CSS px', async () => {
    const el = await pickerFixture(
      html`<payment-picker visible-count="1">
        <payment-option value="alipay"></payment-option>
        <payment-option value="wechat-pay"></payment-option>
      </payment-picker>`,
    );
    const targets = [...rows(el), el.shadowRoot!.querySelector('[part="more-button"]')!];
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.width, target.outerHTML).to.be.at.least(24);
      expect(box.height, target.outerHTML).to.be.at.least(24);
    }
  });

  it('scrolls the newly chosen row into view in a scrolling container', async () => {
    const wrapper = await pickerFixture<HTMLDivElement>(
      html`<div style="block-size: 150px; overflow: auto">
        <payment-picker hide-hints visible-count="0" value="alipay">
          ${['alipay', 'wechat-pay', 'unionpay', 'jd-pay', 'ecny', 'bestpay', 'hebao', 'card'].map(
            (id) => html`<payment-option value=${id}></payment-option>`,
          )}
        </payment-picker>
      </div>`,
    );
    const el = wrapper.querySelector('payment-picker')!;
    el.focus();
    expect(wrapper.scrollTop).to.equal(0);
    await press(el, 'End');
    expect(focusedId(el)).to.equal('card');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const box = row(el, 'card').getBoundingClientRect();
    const view = wrapper.getBoundingClientRect();
    expect(wrapper.scrollTop).to.be.greaterThan(0);
    expect(box.bottom).to.be.at.most(view.bottom + 1);
    expect(box.top).to.be.at.least(view.top - 1);
  });

  it('moves focus and the tab stop before the change event, and keeps one tab stop', async () => {
    const el = await threeMethods();
    el.focus();
    let seen: { focused: string | null; stops: number[] } | null = null;
    el.addEventListener('change', () => {
      seen = { focused: focusedId(el), stops: rows(el).map((r) => r.tabIndex) };
    });
    await press(el, 'ArrowDown');
    expect(seen).to.deep.equal({ focused: 'wechat-pay', stops: [-1, 0, -1] });
    expect(rows(el).map((r) => r.tabIndex)).to.deep.equal([-1, 0, -1]);
  });

  it('keeps focus and the tab stop on the same method when the list changes around it', async () => {
    const el = await pickerFixture<PaymentPicker>(
      html`<payment-picker value="wechat-pay" hide-hints></payment-picker>`,
    );
    el.methods = [{ id: 'alipay' }, { id: 'wechat-pay' }, { id: 'unionpay' }];
    await settle(el);
    row(el, 'wechat-pay').focus();

    el.methods = [{ id: 'wechat-pay' }, { id: 'unionpay' }, { id: 'alipay' }];
    await settle(el);
    expect(focusedId(el)).to.equal('wechat-pay');
    expect(rows(el).map((r) => r.tabIndex)).to.deep.equal([0, -1, -1]);

    el.methods = [{ id: 'jd-pay' }, { id: 'card' }, { id: 'wechat-pay' }];
    await settle(el);
    expect(focusedId(el)).to.equal('wechat-pay');
    expect(checkedId(el)).to.equal('wechat-pay');
  });
});
