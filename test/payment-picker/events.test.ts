import { expect, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { part, pickerFixture, recordEvents, row, settle } from './helpers.js';

function picker() {
  return pickerFixture(
    html`<payment-picker value="alipay">
      <payment-option value="alipay"></payment-option>
      <payment-option value="wechat-pay"></payment-option>
      <payment-option value="card" disabled></payment-option>
    </payment-picker>`,
  );
}

describe('<payment-picker> events', () => {
  it('fires input then change, bubbling and composed, when the shopper clicks a method', async () => {
    const el = await picker();
    const events = recordEvents(document, ['input', 'change']);
    const box = row(el, 'wechat-pay').getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + 20), Math.round(box.y + box.height / 2)],
    });
    await settle(el);
    expect(events.map((e) => e.type)).to.deep.equal(['input', 'change']);
    expect(events.every((e) => e.bubbles && e.composed && e.target === el)).to.be.true;
    expect(el.value).to.equal('wechat-pay');
  });

  it('fires change when the shopper moves with the arrow keys', async () => {
    const el = await picker();
    const events = recordEvents(el, ['change']);
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(events).to.have.length(1);
  });

  it('fires nothing when code sets value', async () => {
    const el = await picker();
    const events = recordEvents(el, ['input', 'change']);
    el.value = 'wechat-pay';
    await settle(el);
    el.setAttribute('value', 'alipay');
    await settle(el);
    expect(events).to.have.length(0);
    expect(el.selectedMethod?.id).to.equal('alipay');
  });

  it('fires nothing when the shopper clicks the method already chosen', async () => {
    const el = await picker();
    const events = recordEvents(el, ['input', 'change']);
    row(el, 'alipay').click();
    await settle(el);
    expect(events).to.have.length(0);
  });

  it('fires nothing and changes nothing when the shopper clicks a disabled method', async () => {
    const el = await picker();
    const events = recordEvents(el, ['input', 'change']);
    row(el, 'card').click();
    await settle(el);
    expect(events).to.have.length(0);
    expect(el.value).to.equal('alipay');
  });

  it('fires nothing on form reset or restore', async () => {
    const form = await pickerFixture<HTMLFormElement>(
      html`<form>
        <payment-picker name="m" value="alipay">
          <payment-option value="alipay"></payment-option
          ><payment-option value="wechat-pay"></payment-option>
        </payment-picker>
      </form>`,
    );
    const el = form.querySelector('payment-picker')!;
    row(el, 'wechat-pay').click();
    await settle(el);
    const events = recordEvents(el, ['input', 'change']);
    form.reset();
    el.formStateRestoreCallback('wechat-pay');
    await settle(el);
    expect(events).to.have.length(0);
  });

  it('fires nothing when clicking the legend or the More button', async () => {
    const el = await pickerFixture(
      html`<payment-picker visible-count="1">
        <payment-option value="alipay"></payment-option
        ><payment-option value="wechat-pay"></payment-option>
      </payment-picker>`,
    );
    const events = recordEvents(el, ['input', 'change']);
    part(el, 'legend')!.click();
    part(el, 'more-button')!.click();
    await settle(el);
    expect(events).to.have.length(0);
    expect(el.value).to.equal('');
  });
});
