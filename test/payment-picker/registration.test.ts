import { expect } from '@open-wc/testing';
import { PaymentOption, PaymentPicker } from '../../src/index.js';

describe('registration', () => {
  it('defines <payment-picker> and <payment-option>', () => {
    expect(customElements.get('payment-picker')).to.equal(PaymentPicker);
    expect(customElements.get('payment-option')).to.equal(PaymentOption);
    expect(document.createElement('payment-picker')).to.be.instanceOf(PaymentPicker);
  });

  it('importing the registering module twice (two bundles on a page) does not throw', async () => {
    // A query string makes the browser evaluate a second copy of the module, as a second bundle would.
    await import(
      /* @vite-ignore */ `../../src/payment-picker/payment-picker.ts?copy=${Date.now()}`
    );
    expect(customElements.get('payment-picker')).to.equal(PaymentPicker);
  });

  it('the class modules register nothing by themselves', async () => {
    const module = (await import(
      /* @vite-ignore */ `../../src/payment-picker/payment-picker.component.ts?copy=${Date.now()}`
    )) as { PaymentPicker: CustomElementConstructor };
    expect(module.PaymentPicker).not.to.equal(PaymentPicker);
    expect(customElements.getName(module.PaymentPicker)).to.equal(null);
  });
});
