// Faults found by using the picker as hostile and careless integrators would (issue 10).
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { Environment } from '../../src/core/types.js';
import { DESKTOP, pickerFixture, row, rows, type PaymentPicker } from './helpers.js';

const METHODS = [{ id: 'alipay' }, { id: 'wechat-pay' }, { id: 'card' }];

describe('<payment-picker> moved to another document', () => {
  let iframe: HTMLIFrameElement;
  beforeEach(() => {
    iframe = document.createElement('iframe');
    document.body.append(iframe);
  });
  afterEach(() => iframe.remove());

  const display = (el: Element) => iframe.contentWindow!.getComputedStyle(el).display;

  it('renders, styled, when first connected inside a same-origin iframe', async () => {
    const el = document.createElement('payment-picker');
    el.methods = METHODS;
    iframe.contentDocument!.body.append(el);
    await el.updateComplete;
    expect(rows(el)).to.have.length(3);
    expect(display(el)).to.equal('block');
    // The rows' own styles are there too: a row is laid out as a grid or flex box.
    expect(display(row(el, 'alipay'))).to.match(/flex|grid/);
  });

  it('keeps its styles when moved there after rendering, and back', async () => {
    const el = await pickerFixture<PaymentPicker>(
      html`<payment-picker .methods=${METHODS}></payment-picker>`,
    );
    iframe.contentDocument!.body.append(el);
    await el.updateComplete;
    expect(display(el)).to.equal('block');
    expect(display(row(el, 'alipay'))).to.match(/flex|grid/);
    document.body.append(el);
    await el.updateComplete;
    expect(getComputedStyle(el).display).to.equal('block');
    el.remove();
  });
});

describe('<payment-picker> environments naming Object.prototype keys', () => {
  for (const inApp of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
    it(`renders its hints for inApp "${inApp}"`, async () => {
      const el = await pickerFixture<PaymentPicker>(
        html`<payment-picker .methods=${METHODS}></payment-picker>`,
      );
      el.environment = { ...DESKTOP, mobile: true, inApp } as unknown as Environment;
      await el.updateComplete; // rejected before the fix
      expect(rows(el)).to.have.length(3);
      expect(row(el, 'alipay').textContent).to.contain('Alipay');
      el.remove();
    });
  }
});
