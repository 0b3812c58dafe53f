import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { part, pickerFixture, row, settle } from './helpers.js';

function withCardFields(value = 'card') {
  return pickerFixture(
    html`<payment-picker value=${value} name="m">
      <payment-option value="alipay"></payment-option>
      <payment-option value="card">
        <iframe title="Card details" srcdoc="provider fields"></iframe>
        <label>Instalments <input id="instalments" value="3" /></label>
      </payment-option>
      <payment-option value="wechat-pay">
        <p>Scan with WeChat after placing the order.</p>
      </payment-option>
    </payment-picker>`,
  );
}

describe('<payment-picker> content of a <payment-option>', () => {
  it('shows the chosen option’s content under its row, still in the light DOM', async () => {
    const el = await withCardFields();
    const card = el.querySelector('payment-option[value="card"]')!;
    const slot = part(el, 'content')!.querySelector('slot')!;
    expect(slot.assignedElements()).to.deep.equal([card]);
    expect(card.parentElement).to.equal(el);
    const iframe = card.querySelector('iframe')!;
    expect(iframe.getBoundingClientRect().height).to.be.greaterThan(0);
    // The panel sits right after the chosen row.
    expect(row(el, 'card').nextElementSibling).to.equal(part(el, 'content'));
    await expect(el).to.be.accessible();
  });

  it('hides the content of options that are not chosen', async () => {
    const el = await withCardFields('alipay');
    const iframe = el.querySelector('iframe')!;
    expect(iframe.getBoundingClientRect().height).to.equal(0);
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.equal(0);
    expect(part(el, 'content')).to.equal(null);
  });

  it('keeps a provider iframe the same connected node, with the same document, while choices change', async () => {
    const el = await withCardFields();
    const iframe = el.querySelector('iframe')!;
    await waitUntil(() => iframe.contentDocument?.body?.textContent === 'provider fields');
    // State inside the provider's frame, as card fields would hold it.
    (iframe.contentWindow as Window & { typed?: string }).typed = '4242';
    const doc = iframe.contentDocument;
    row(el, 'alipay').click();
    await settle(el);
    row(el, 'card').click();
    await settle(el);
    expect(el.querySelector('iframe')).to.equal(iframe);
    expect(iframe.isConnected).to.be.true;
    expect(iframe.contentDocument === doc, 'same document').to.be.true;
    expect((iframe.contentWindow as Window & { typed?: string }).typed).to.equal('4242');
    expect(iframe.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('lets interactive content take focus and keep its arrow keys and Space', async () => {
    const el = await withCardFields();
    const input = el.querySelector<HTMLInputElement>('#instalments')!;
    input.focus();
    expect(document.activeElement).to.equal(input);
    input.setSelectionRange(1, 1);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(document.activeElement).to.equal(input);
    expect(input.value).to.equal('3 ');
    expect(el.value).to.equal('card');
  });

  it('clicks inside the content do not change the choice', async () => {
    const el = await withCardFields();
    el.querySelector<HTMLInputElement>('#instalments')!.click();
    await settle(el);
    expect(el.value).to.equal('card');
  });

  it('shows no panel for an option without content', async () => {
    const el = await withCardFields('alipay');
    expect(part(el, 'content')).to.equal(null);
  });

  it('moves the panel with the choice', async () => {
    const el = await withCardFields();
    row(el, 'wechat-pay').click();
    await settle(el);
    const slot = part(el, 'content')!.querySelector('slot')!;
    expect(slot.assignedElements()).to.deep.equal([
      el.querySelector('payment-option[value="wechat-pay"]'),
    ]);
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('a <payment-option> outside a picker just shows its content', async () => {
    const option = await pickerFixture<HTMLElement>(
      html`<payment-option value="x"><span>hello</span></payment-option>`,
    );
    await (option as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(option.shadowRoot!.querySelector('slot')).to.exist;
    expect(option.querySelector('span')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});
