import { expect, html } from '@open-wc/testing';
import {
  checkedId,
  description,
  DESKTOP,
  IN_WECHAT,
  MOBILE,
  part,
  pickerFixture,
  row,
  settle,
  shownIds,
  type PaymentPicker,
} from './helpers.js';

function rowText(el: PaymentPicker, id: string, partName: string): string {
  return row(el, id).querySelector(`[part~="${partName}"]`)?.textContent?.trim() ?? '';
}

describe('<payment-picker> methods', () => {
  it('reads methods from <payment-option> children, in order, with localized default labels', async () => {
    const el = await pickerFixture(
      html`<payment-picker>
        <payment-option value="wechat-pay"></payment-option>
        <payment-option value="alipay"></payment-option>
        <payment-option value="shop-credit" label="Store credit"></payment-option>
      </payment-picker>`,
    );
    expect(shownIds(el)).to.deep.equal(['wechat-pay', 'alipay', 'shop-credit']);
    expect(
      ['wechat-pay', 'alipay', 'shop-credit'].map((id) => rowText(el, id, 'label')),
    ).to.deep.equal(['WeChat Pay', 'Alipay', 'Store credit']);
  });

  it('gives every known id a default label and a glyph', async () => {
    const ids = [
      'alipay',
      'wechat-pay',
      'unionpay',
      'jd-pay',
      'ecny',
      'bestpay',
      'hebao',
      'card',
      'apple-pay',
      'google-pay',
      'paypal',
    ];
    const el = await pickerFixture(
      html`<payment-picker
        visible-count="0"
        .methods=${ids.map((id) => ({ id }))}
      ></payment-picker>`,
    );
    expect(shownIds(el)).to.deep.equal(ids);
    const labels = ids.map((id) => rowText(el, id, 'label'));
    expect(labels).to.deep.equal([
      'Alipay',
      'WeChat Pay',
      'UnionPay Cloud QuickPass',
      'JD Pay',
      'Digital RMB (e-CNY)',
      'Bestpay',
      'Hebao',
      'Bank card',
      'Apple Pay',
      'Google Pay',
      'PayPal',
    ]);
    const glyphs = ids.map((id) => row(el, id).querySelector('[part="icon"] svg')!.innerHTML);
    expect(new Set(glyphs).size, 'each known id has its own glyph').to.equal(ids.length);
  });

  it('a label attribute overrides the default label', async () => {
    const el = await pickerFixture(
      html`<payment-picker>
        <payment-option value="card" label="Visa / Mastercard"></payment-option>
      </payment-picker>`,
    );
    expect(rowText(el, 'card', 'label')).to.equal('Visa / Mastercard');
  });

  it('reads the methods property, which wins over children', async () => {
    const el = await pickerFixture(
      html`<payment-picker .methods=${[{ id: 'paypal' }]}>
        <payment-option value="alipay"></payment-option>
      </payment-picker>`,
    );
    expect(shownIds(el)).to.deep.equal(['paypal']);
  });

  it('reads the methods attribute as JSON', async () => {
    const el = await pickerFixture(
      html`<payment-picker
        methods='[{"id":"alipay","badge":"¥5 off"},{"id":"gift","label":"Gift card"}]'
      ></payment-picker>`,
    );
    expect(shownIds(el)).to.deep.equal(['alipay', 'gift']);
    expect(rowText(el, 'alipay', 'badge')).to.equal('¥5 off');
  });

  it('follows added, removed and changed <payment-option> children', async () => {
    const el = await pickerFixture(
      html`<payment-picker>
        <payment-option value="alipay"></payment-option>
      </payment-picker>`,
    );
    const added = document.createElement('payment-option');
    added.setAttribute('value', 'card');
    el.append(added);
    await settle(el);
    expect(shownIds(el)).to.deep.equal(['alipay', 'card']);

    added.label = 'Credit card';
    added.disabled = true;
    await settle(el);
    expect(rowText(el, 'card', 'label')).to.equal('Credit card');
    expect(row(el, 'card').getAttribute('aria-disabled')).to.equal('true');

    el.querySelector('payment-option[value="alipay"]')!.remove();
    await settle(el);
    expect(shownIds(el)).to.deep.equal(['card']);
  });

  it('shows badge and description, and names each row by its label only', async () => {
    const el = await pickerFixture(
      html`<payment-picker hide-hints>
        <payment-option
          value="alipay"
          badge="¥5 off"
          description="Huabei instalments available"
        ></payment-option>
      </payment-picker>`,
    );
    const alipay = row(el, 'alipay');
    const labelledBy = el.shadowRoot!.getElementById(alipay.getAttribute('aria-labelledby')!)!;
    expect(labelledBy.textContent).to.equal('Alipay');
    expect(description(el, alipay)).to.equal('¥5 off Huabei instalments available');
    expect(rowText(el, 'alipay', 'description')).to.equal('Huabei instalments available');
  });

  it('exposes a radiogroup named by the visible legend, and radios with checked, disabled and described states', async () => {
    const el = await pickerFixture(
      html`<payment-picker label="Pay with" value="alipay" hide-hints>
        <payment-option value="alipay"></payment-option>
        <payment-option
          value="card"
          disabled
          disabled-reason="Cards are not accepted for gift orders"
        ></payment-option>
      </payment-picker>`,
    );
    const group = part(el, 'list')!;
    expect(group.getAttribute('role')).to.equal('radiogroup');
    const legend = el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!;
    expect(legend).to.equal(part(el, 'legend'));
    expect(legend.textContent).to.equal('Pay with');
    const radios = [...group.querySelectorAll('[role="radio"]')].map((radio) => [
      el.shadowRoot!.getElementById(radio.getAttribute('aria-labelledby')!)!.textContent,
      radio.getAttribute('aria-checked'),
      radio.getAttribute('aria-disabled'),
      description(el, radio),
    ]);
    expect(radios).to.deep.equal([
      ['Alipay', 'true', null, ''],
      ['Bank card', 'false', 'true', 'Cards are not accepted for gift orders'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows a disabled method’s reason under its label and in its accessible description', async () => {
    const el = await pickerFixture(
      html`<payment-picker>
        <payment-option
          value="wechat-pay"
          disabled
          disabled-reason="This shop doesn't accept WeChat Pay yet"
        ></payment-option>
        <payment-option value="card" disabled></payment-option>
      </payment-picker>`,
    );
    const wechat = row(el, 'wechat-pay');
    expect(wechat.getAttribute('aria-disabled')).to.equal('true');
    expect(rowText(el, 'wechat-pay', 'reason')).to.equal("This shop doesn't accept WeChat Pay yet");
    expect(description(el, wechat)).to.contain("This shop doesn't accept WeChat Pay yet");
    expect(description(el, row(el, 'card'))).to.equal('Unavailable');
    await expect(el).to.be.accessible();
  });

  it('marks the parts of the chosen and the disabled options for styling', async () => {
    const el = await pickerFixture(
      html`<payment-picker value="alipay">
        <payment-option value="alipay"></payment-option>
        <payment-option value="card" disabled></payment-option>
      </payment-picker>`,
    );
    const options = [...el.shadowRoot!.querySelectorAll('[part~="option"]')].map((o) =>
      o.getAttribute('part'),
    );
    expect(options).to.deep.equal(['option option-checked', 'option option-disabled']);
    for (const name of [
      'base',
      'header',
      'legend',
      'list',
      'row',
      'radio',
      'icon',
      'label',
      'reason',
    ]) {
      expect(part(el, name), name).to.exist;
    }
  });

  it('shows the total with Intl.NumberFormat in the picker’s locale', async () => {
    const wrapper = await pickerFixture<HTMLElement>(
      html`<div>
        <payment-picker lang="en-US" amount="1234.5" currency="CNY"
          ><payment-option value="alipay"></payment-option
        ></payment-picker>
        <payment-picker lang="zh-CN" amount="1234.5" currency="CNY"
          ><payment-option value="alipay"></payment-option
        ></payment-picker>
      </div>`,
    );
    const [en, zh] = [...wrapper.querySelectorAll('payment-picker')];
    await zh!.updateComplete;
    expect(part(en!, 'total')!.textContent).to.equal('Total CN¥1,234.50');
    expect(part(zh!, 'total')!.textContent).to.equal('合计 ¥1,234.50');
    expect(part(en!, 'list')!.getAttribute('aria-describedby')).to.contain('total');
  });

  it('shows no total without a valid amount and currency', async () => {
    const el = await pickerFixture(
      html`<payment-picker amount="12,00" currency="CNY">
        <payment-option value="alipay"></payment-option>
      </payment-picker>`,
    );
    expect(part(el, 'total')).to.equal(null);
  });

  it('checks nothing when value is empty', async () => {
    const el = await pickerFixture(
      html`<payment-picker><payment-option value="alipay"></payment-option></payment-picker>`,
    );
    expect(checkedId(el)).to.equal(null);
  });
});

describe('<payment-picker> icons', () => {
  it('shows an https icon as a decorative image (alt="")', async () => {
    const el = await pickerFixture(
      html`<payment-picker>
        <payment-option value="alipay" icon="https://cdn.example.com/alipay.svg"></payment-option>
      </payment-picker>`,
    );
    const img = row(el, 'alipay').querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('https://cdn.example.com/alipay.svg');
    expect(img.getAttribute('alt')).to.equal('');
  });

  it('shows a relative icon', async () => {
    const el = await pickerFixture(
      html`<payment-picker>
        <payment-option
          value="alipay"
          icon="/test/payment-picker/fixtures/icon.svg"
        ></payment-option>
      </payment-picker>`,
    );
    expect(row(el, 'alipay').querySelector('img')!.getAttribute('src')).to.equal(
      '/test/payment-picker/fixtures/icon.svg',
    );
  });

  for (const icon of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'http://example.com/x.png',
    'java\tscript:alert(1)',
  ]) {
    it(`ignores the icon ${JSON.stringify(icon)} and shows the glyph`, async () => {
      const el = await pickerFixture(
        html`<payment-picker .methods=${[{ id: 'alipay', icon }]}></payment-picker>`,
      );
      expect(row(el, 'alipay').querySelector('img')).to.equal(null);
      expect(row(el, 'alipay').querySelector('[part="icon"] svg')).to.exist;
    });
  }

  it('falls back to the glyph when the icon fails to load', async () => {
    const el = await pickerFixture(
      html`<payment-picker>
        <payment-option value="alipay" icon="/does-not-exist.png"></payment-option>
      </payment-picker>`,
    );
    const img = row(el, 'alipay').querySelector('img')!;
    await new Promise((resolve) => img.addEventListener('error', resolve, { once: true }));
    await settle(el);
    expect(row(el, 'alipay').querySelector('img')).to.equal(null);
    expect(row(el, 'alipay').querySelector('[part="icon"] svg')).to.exist;
  });
});

describe('<payment-picker> hints', () => {
  // The hint shows on the chosen row only (issue 14: on every row it read as a status).
  function hints(environment: typeof DESKTOP, value = '') {
    return pickerFixture(
      html`<payment-picker .environment=${environment} value=${value}>
        <payment-option value="alipay"></payment-option>
        <payment-option value="wechat-pay"></payment-option>
        <payment-option value="card"></payment-option>
      </payment-picker>`,
    );
  }

  it('on a desktop, says wallets are paid by scanning a QR code with the app', async () => {
    const el = await hints(DESKTOP, 'wechat-pay');
    expect(rowText(el, 'wechat-pay', 'hint')).to.equal('Scan a QR code with WeChat');
    expect(description(el, row(el, 'wechat-pay'))).to.contain('Scan a QR code with WeChat');
    el.value = 'alipay';
    await settle(el);
    expect(rowText(el, 'alipay', 'hint')).to.equal('Scan a QR code with Alipay');
  });

  it('on a phone, says the wallet app opens', async () => {
    const el = await hints(MOBILE, 'alipay');
    expect(rowText(el, 'alipay', 'hint')).to.equal('Opens the Alipay app');
  });

  it('inside WeChat, says Alipay opens in the browser', async () => {
    const el = await hints(IN_WECHAT, 'alipay');
    expect(rowText(el, 'alipay', 'hint')).to.equal('Opens in your browser');
  });

  it('shows the hint on the chosen row only, and none while nothing is chosen', async () => {
    const el = await hints(DESKTOP);
    expect(el.shadowRoot!.querySelectorAll('[part~="hint"]')).to.have.length(0);
    row(el, 'alipay').click();
    await settle(el);
    const shown = [...el.shadowRoot!.querySelectorAll('[part~="hint"]')];
    expect(shown).to.have.length(1);
    expect(shown[0]!.closest('[role="radio"]')).to.equal(row(el, 'alipay'));
    expect(row(el, 'wechat-pay').querySelector('[part="hint"]')).to.equal(null);
  });

  it('moves the accessible description with the choice', async () => {
    const el = await hints(DESKTOP, 'alipay');
    expect(description(el, row(el, 'alipay'))).to.equal('Scan a QR code with Alipay');
    expect(description(el, row(el, 'wechat-pay'))).to.equal('');
    row(el, 'wechat-pay').click();
    await settle(el);
    expect(description(el, row(el, 'wechat-pay'))).to.equal('Scan a QR code with WeChat');
    expect(description(el, row(el, 'alipay'))).to.equal('');
    expect(row(el, 'alipay').hasAttribute('aria-describedby')).to.equal(false);
  });

  it('gives no hint where the flow is not a wallet hand-off (cards)', async () => {
    const el = await hints(DESKTOP, 'card');
    expect(row(el, 'card').querySelector('[part="hint"]')).to.equal(null);
  });

  it('gives no hint for a disabled method (its reason is shown instead)', async () => {
    const el = await pickerFixture(
      html`<payment-picker .environment=${DESKTOP}>
        <payment-option value="alipay" disabled></payment-option>
      </payment-picker>`,
    );
    expect(row(el, 'alipay').querySelector('[part="hint"]')).to.equal(null);
  });

  it('hide-hints hides them', async () => {
    const el = await pickerFixture(
      html`<payment-picker hide-hints value="alipay" .environment=${DESKTOP}>
        <payment-option value="alipay"></payment-option>
      </payment-picker>`,
    );
    expect(row(el, 'alipay').querySelector('[part="hint"]')).to.equal(null);
  });

  it('uses the detected environment when none is given', async () => {
    const el = await pickerFixture(
      html`<payment-picker value="wechat-pay"
        ><payment-option value="wechat-pay"></payment-option
      ></payment-picker>`,
    );
    // Headless Chromium on Linux is a desktop browser.
    expect(rowText(el, 'wechat-pay', 'hint')).to.equal('Scan a QR code with WeChat');
  });
});
