import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  checkedId,
  focusedId,
  part,
  pickerFixture,
  row,
  rows,
  settle,
  type PaymentPicker,
} from './helpers.js';

async function formFixture(
  picker = html`<payment-picker name="method" value="alipay">
    <payment-option value="alipay"></payment-option>
    <payment-option value="wechat-pay"></payment-option>
  </payment-picker>`,
): Promise<{ form: HTMLFormElement; el: PaymentPicker }> {
  const form = await pickerFixture<HTMLFormElement>(
    html`<form>${picker}<button>Pay</button></form>`,
  );
  return { form, el: form.querySelector('payment-picker')! };
}

/** The visible validation message, or null (text, so a failing check prints no element). */
function messageText(el: PaymentPicker): string | null {
  return part(el, 'validation-message')?.textContent?.trim() ?? null;
}

describe('<payment-picker> in a form', () => {
  it('is form-associated: form, labels and form.elements know it', async () => {
    const form = await pickerFixture<HTMLFormElement>(
      html`<form>
        <label for="pp">Pay with</label>
        <payment-picker id="pp" name="method"
          ><payment-option value="alipay"></payment-option
        ></payment-picker>
      </form>`,
    );
    const el = form.querySelector('payment-picker')!;
    expect(el.form).to.equal(form);
    expect([...el.labels].map((l) => l.textContent)).to.deep.equal(['Pay with']);
    expect([...form.elements]).to.include(el);
  });

  it('submits name=value in FormData', async () => {
    const { form } = await formFixture();
    expect([...new FormData(form)]).to.deep.equal([['method', 'alipay']]);
  });

  it('submits the method the shopper chose', async () => {
    const { form, el } = await formFixture();
    row(el, 'wechat-pay').click();
    await settle(el);
    expect(new FormData(form).get('method')).to.equal('wechat-pay');
  });

  it('submits nothing when no method is chosen', async () => {
    const { form } = await formFixture(
      html`<payment-picker name="method">
        <payment-option value="alipay"></payment-option>
      </payment-picker>`,
    );
    expect([...new FormData(form)]).to.deep.equal([]);
  });

  it('submits nothing when value matches no method, and shows nothing as chosen', async () => {
    const { form, el } = await formFixture(
      html`<payment-picker name="method" value="bitcoin">
        <payment-option value="alipay"></payment-option>
      </payment-picker>`,
    );
    expect([...new FormData(form)]).to.deep.equal([]);
    expect(checkedId(el)).to.equal(null);
    expect(el.selectedMethod).to.equal(null);
  });

  it('submits nothing when value names a disabled method', async () => {
    const { form, el } = await formFixture(
      html`<payment-picker name="method" value="alipay">
        <payment-option value="alipay" disabled></payment-option>
      </payment-picker>`,
    );
    expect([...new FormData(form)]).to.deep.equal([]);
    expect(checkedId(el)).to.equal(null);
  });

  it('takes a value that arrives before its method, once the method arrives', async () => {
    const { form, el } = await formFixture(
      html`<payment-picker name="method" value="card" loading></payment-picker>`,
    );
    expect([...new FormData(form)]).to.deep.equal([]);
    el.methods = [{ id: 'alipay' }, { id: 'card' }];
    el.loading = false;
    await settle(el);
    expect(new FormData(form).get('method')).to.equal('card');
    expect(checkedId(el)).to.equal('card');
  });

  it('submits nothing without a name', async () => {
    const { form } = await formFixture(
      html`<payment-picker value="alipay">
        <payment-option value="alipay"></payment-option>
      </payment-picker>`,
    );
    expect([...new FormData(form)]).to.deep.equal([]);
  });

  it('a change listener reads the new method from the form data, and a required form is valid', async () => {
    const { form, el } = await formFixture(
      html`<payment-picker name="method" required>
        <payment-option value="alipay"></payment-option>
        <payment-option value="wechat-pay"></payment-option>
      </payment-picker>`,
    );
    const seen: [FormDataEntryValue | null, boolean][] = [];
    el.addEventListener('change', () =>
      seen.push([new FormData(form).get('method'), form.checkValidity()]),
    );
    row(el, 'wechat-pay').click();
    expect(seen).to.deep.equal([['wechat-pay', true]]);
    await settle(el);
    expect(messageText(el)).to.equal(null);
  });

  it('a value set by code is in the form data at once, as a native control’s', async () => {
    const { form, el } = await formFixture();
    // An express "Pay with WeChat" button: choose for the shopper, then submit.
    el.value = 'wechat-pay';
    expect(new FormData(form).get('method')).to.equal('wechat-pay');
    el.value = 'paypal';
    expect([...new FormData(form)]).to.deep.equal([]);
  });

  it('form.reset() restores the value attribute (the initial value)', async () => {
    const { form, el } = await formFixture();
    row(el, 'wechat-pay').click();
    await settle(el);
    form.reset();
    await settle(el);
    expect(el.value).to.equal('alipay');
    expect(checkedId(el)).to.equal('alipay');
    expect(new FormData(form).get('method')).to.equal('alipay');
  });

  it('form.reset() empties the choice when there was no initial value', async () => {
    const { form, el } = await formFixture(
      html`<payment-picker name="method">
        <payment-option value="alipay"></payment-option>
      </payment-picker>`,
    );
    row(el, 'alipay').click();
    await settle(el);
    form.reset();
    await settle(el);
    expect(el.value).to.equal('');
    expect([...new FormData(form)]).to.deep.equal([]);
  });

  it('restores its state on back/forward navigation (formStateRestoreCallback)', async () => {
    const { el } = await formFixture();
    el.formStateRestoreCallback('wechat-pay');
    await settle(el);
    expect(checkedId(el)).to.equal('wechat-pay');
    el.formStateRestoreCallback(null);
    expect(el.value).to.equal('wechat-pay');
  });

  it('is disabled inside a disabled fieldset: not submitted, not choosable, and enabled again after', async () => {
    const form = await pickerFixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled>
          <payment-picker name="method" value="alipay" required>
            <payment-option value="alipay"></payment-option>
            <payment-option value="wechat-pay"></payment-option>
          </payment-picker>
        </fieldset>
      </form>`,
    );
    const el = form.querySelector('payment-picker')!;
    const fieldset = form.querySelector('fieldset')!;
    await settle(el);
    expect([...new FormData(form)]).to.deep.equal([]);
    expect(el.willValidate).to.be.false;
    expect(rows(el).every((r) => r.getAttribute('aria-disabled') === 'true')).to.be.true;
    row(el, 'wechat-pay').click();
    await settle(el);
    expect(el.value).to.equal('alipay');

    fieldset.disabled = false;
    await settle(el);
    expect(new FormData(form).get('method')).to.equal('alipay');
    expect(el.hasAttribute('disabled')).to.be.false;
    row(el, 'wechat-pay').click();
    await settle(el);
    expect(el.value).to.equal('wechat-pay');
  });

  it('the disabled attribute keeps it out of the form data and validation', async () => {
    const { form, el } = await formFixture();
    el.disabled = true;
    el.required = true;
    await settle(el);
    expect([...new FormData(form)]).to.deep.equal([]);
    expect(el.willValidate).to.be.false;
  });
});

describe('<payment-picker> validation', () => {
  it('is valid when not required, even with nothing chosen', async () => {
    const el = await pickerFixture(
      html`<payment-picker><payment-option value="alipay"></payment-option></payment-picker>`,
    );
    expect(el.checkValidity()).to.be.true;
    expect(el.validity.valid).to.be.true;
    expect(el.validationMessage).to.equal('');
  });

  it('required with nothing chosen: valueMissing with a message in the picker’s language', async () => {
    const el = await pickerFixture(
      html`<payment-picker required>
        <payment-option value="alipay"></payment-option>
      </payment-picker>`,
    );
    expect(el.validity.valueMissing).to.be.true;
    expect(el.validity.valid).to.be.false;
    expect(el.validationMessage).to.equal('Please choose a payment method.');
    expect(el.willValidate).to.be.true;
  });

  it('shows the required message in the language of the nearest lang, whatever the browser’s', async () => {
    const form = await pickerFixture<HTMLFormElement>(
      html`<form>
        <payment-picker name="method" required lang="zh-CN">
          <payment-option value="alipay"></payment-option>
        </payment-picker>
      </form>`,
    );
    const el = form.querySelector('payment-picker')!;
    expect(el.validationMessage).to.equal('请选择支付方式。');
    expect(form.checkValidity()).to.be.false;
    await settle(el);
    expect(part(el, 'legend')!.textContent!.trim()).to.equal('支付方式');
    expect(part(el, 'validation-message')!.textContent!.trim()).to.equal('请选择支付方式。');
  });

  it('strings.chooseMethod overrides the required message, shown and reported', async () => {
    const el = await pickerFixture(
      html`<payment-picker required .strings=${{ chooseMethod: 'Choose how you want to pay.' }}>
        <payment-option value="alipay"></payment-option>
      </payment-picker>`,
    );
    expect(el.checkValidity()).to.be.false;
    await settle(el);
    expect(el.validationMessage).to.equal('Choose how you want to pay.');
    expect(part(el, 'validation-message')!.textContent!.trim()).to.equal(
      'Choose how you want to pay.',
    );
  });

  it('becomes valid once the shopper chooses a method', async () => {
    const el = await pickerFixture(
      html`<payment-picker required>
        <payment-option value="alipay"></payment-option>
      </payment-picker>`,
    );
    row(el, 'alipay').click();
    await settle(el);
    expect(el.checkValidity()).to.be.true;
    expect(el.validationMessage).to.equal('');
  });

  it('checkValidity() fires invalid and returns false; the group is marked aria-invalid with a visible message', async () => {
    const el = await pickerFixture(
      html`<payment-picker required>
        <payment-option value="alipay"></payment-option>
      </payment-picker>`,
    );
    let invalid = 0;
    el.addEventListener('invalid', () => invalid++);
    expect(el.checkValidity()).to.be.false;
    expect(invalid).to.equal(1);
    await settle(el);
    const list = part(el, 'list')!;
    expect(list.getAttribute('aria-invalid')).to.equal('true');
    expect(list.getAttribute('aria-required')).to.equal('true');
    expect(part(el, 'validation-message')!.textContent!.trim()).to.equal(el.validationMessage);
    expect(list.getAttribute('aria-describedby')).to.contain('validation');
    await expect(el).to.be.accessible();
  });

  it('reportValidity() returns false and focuses the group', async () => {
    const el = await pickerFixture(
      html`<payment-picker required>
        <payment-option value="alipay"></payment-option>
        <payment-option value="wechat-pay"></payment-option>
      </payment-picker>`,
    );
    expect(el.reportValidity()).to.be.false;
    expect(focusedId(el)).to.equal('alipay');
  });

  it('blocks form submission while required and empty', async () => {
    const form = await pickerFixture<HTMLFormElement>(
      html`<form>
        <payment-picker name="method" required
          ><payment-option value="alipay"></payment-option
        ></payment-picker>
      </form>`,
    );
    let submitted = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted++;
    });
    form.requestSubmit();
    expect(submitted).to.equal(0);
    expect(form.checkValidity()).to.be.false;
  });

  it('clears the invalid marking when the shopper chooses', async () => {
    const el = await pickerFixture(
      html`<payment-picker required>
        <payment-option value="alipay"></payment-option>
      </payment-picker>`,
    );
    el.checkValidity();
    await settle(el);
    row(el, 'alipay').click();
    await settle(el);
    expect(part(el, 'list')!.hasAttribute('aria-invalid')).to.be.false;
    expect(part(el, 'validation-message')).to.equal(null);
  });

  it('hides the message once a value set by code makes it valid', async () => {
    const el = await pickerFixture(
      html`<payment-picker required>
        <payment-option value="alipay"></payment-option>
      </payment-picker>`,
    );
    el.checkValidity();
    await settle(el);
    expect(messageText(el)).to.equal('Please choose a payment method.');
    el.value = 'alipay';
    await settle(el);
    expect(el.validity.valid).to.be.true;
    expect(messageText(el)).to.equal(null);
    expect(part(el, 'list')!.hasAttribute('aria-invalid')).to.be.false;
  });

  it('hides the message when the method of a pending value arrives after loading', async () => {
    const el = await pickerFixture(
      html`<payment-picker value="card" required loading></payment-picker>`,
    );
    el.checkValidity();
    await settle(el);
    el.methods = [{ id: 'alipay' }, { id: 'card' }];
    el.loading = false;
    await settle(el);
    expect(checkedId(el)).to.equal('card');
    expect(el.validity.valid).to.be.true;
    expect(messageText(el)).to.equal(null);
  });

  it('shows the current custom message, and none once it is cleared', async () => {
    const el = await pickerFixture(
      html`<payment-picker required>
        <payment-option value="alipay"></payment-option>
      </payment-picker>`,
    );
    el.checkValidity();
    await settle(el);
    el.setCustomValidity('This shop cannot take payments right now');
    await settle(el);
    expect(messageText(el)).to.equal('This shop cannot take payments right now');
    el.value = 'alipay';
    el.setCustomValidity('');
    await settle(el);
    expect(messageText(el)).to.equal(null);
    expect(part(el, 'list')!.hasAttribute('aria-invalid')).to.be.false;
  });

  it('setCustomValidity() makes it invalid with that message until cleared', async () => {
    const el = await pickerFixture(
      html`<payment-picker value="alipay">
        <payment-option value="alipay"></payment-option>
      </payment-picker>`,
    );
    el.setCustomValidity('Alipay is not available for this order');
    expect(el.validity.customError).to.be.true;
    expect(el.validationMessage).to.equal('Alipay is not available for this order');
    el.setCustomValidity('');
    expect(el.validity.valid).to.be.true;
  });

  it('a <label for> click moves focus into the group', async () => {
    const form = await pickerFixture<HTMLFormElement>(
      html`<form>
        <label for="pp">Pay with</label>
        <payment-picker id="pp"><payment-option value="alipay"></payment-option></payment-picker>
      </form>`,
    );
    const el = form.querySelector('payment-picker')!;
    form.querySelector('label')!.click();
    expect(focusedId(el)).to.equal('alipay');
  });

  it('Enter in a focused row does not choose (only Space and arrows do)', async () => {
    const el = await pickerFixture(
      html`<payment-picker>
        <payment-option value="alipay"></payment-option>
      </payment-picker>`,
    );
    el.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.value).to.equal('');
  });
});

// React 19, `@lit/react`, Vue and plain code set `name` as a property; the browser takes a
// form control's field name from the attribute only.
describe('<payment-picker> name set as a property', () => {
  function optionsPicker(): PaymentPicker {
    const el = document.createElement('payment-picker');
    el.innerHTML = `<payment-option value="alipay"></payment-option>
      <payment-option value="wechat-pay"></payment-option>`;
    return el;
  }
  async function formWith(el: PaymentPicker): Promise<HTMLFormElement> {
    const form = await pickerFixture<HTMLFormElement>(html`<form></form>`);
    form.append(el);
    await settle(el);
    return form;
  }

  it('set before the picker is connected, it names the field in FormData', async () => {
    const el = optionsPicker();
    el.name = 'method';
    el.value = 'alipay';
    const form = await formWith(el);
    expect(el.getAttribute('name')).to.equal('method');
    expect([...new FormData(form)]).to.deep.equal([['method', 'alipay']]);
  });

  it('set after connecting, FormData right after includes it, as a native input’s', async () => {
    const form = await formWith(optionsPicker());
    const el = form.querySelector('payment-picker')!;
    el.value = 'wechat-pay';
    el.name = 'method';
    expect([...new FormData(form)]).to.deep.equal([['method', 'wechat-pay']]);
    const input = Object.assign(document.createElement('input'), { value: 'x' });
    form.append(input);
    input.name = 'note';
    expect([...new FormData(form)]).to.deep.equal([
      ['method', 'wechat-pay'],
      ['note', 'x'],
    ]);
  });

  it('changed later, the shopper’s choice submits under the new name (form submission too)', async () => {
    const el = optionsPicker();
    el.name = 'method';
    const form = await formWith(el);
    row(el, 'wechat-pay').click();
    el.name = 'payment';
    expect(el.name).to.equal('payment');
    expect(el.getAttribute('name')).to.equal('payment');
    let submitted: [string, FormDataEntryValue][] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = [...new FormData(form, event.submitter)];
    });
    form.requestSubmit();
    expect(submitted).to.deep.equal([['payment', 'wechat-pay']]);
  });

  it('reads back the attribute, and clears to an empty name', async () => {
    const form = await pickerFixture<HTMLFormElement>(
      html`<form>
        <payment-picker name="method" value="alipay"
          ><payment-option value="alipay"></payment-option
        ></payment-picker>
      </form>`,
    );
    const el = form.querySelector('payment-picker')!;
    expect(el.name).to.equal('method');
    el.setAttribute('name', 'payment');
    expect(el.name).to.equal('payment');
    el.name = null as unknown as string;
    expect(el.name).to.equal('');
    expect([...new FormData(form)]).to.deep.equal([]);
  });

  it('remember: a remembered method is preselected and submitted under a name set as a property', async () => {
    localStorage.setItem('payment-picker:last-method:method', 'wechat-pay');
    try {
      const el = optionsPicker();
      el.name = 'method';
      el.remember = true;
      const form = await formWith(el);
      expect(el.value).to.equal('wechat-pay');
      expect([...new FormData(form)]).to.deep.equal([['method', 'wechat-pay']]);
      row(el, 'alipay').click();
      expect(localStorage.getItem('payment-picker:last-method:method')).to.equal('alipay');
    } finally {
      localStorage.removeItem('payment-picker:last-method:method');
    }
  });
});
