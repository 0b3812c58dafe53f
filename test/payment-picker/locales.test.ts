import { expect, html } from '@open-wc/testing';
import { DESKTOP, part, pickerFixture, row, settle, type PaymentPicker } from './helpers.js';

function inLang(lang: string) {
  return pickerFixture<HTMLElement>(
    html`<div lang=${lang}>
      <payment-picker
        amount="128"
        currency="CNY"
        visible-count="2"
        value="wechat-pay"
        .environment=${DESKTOP}
      >
        <payment-option value="alipay"></payment-option>
        <payment-option value="wechat-pay"></payment-option>
        <payment-option value="unionpay"></payment-option>
        <payment-option value="card" disabled></payment-option>
      </payment-picker>
    </div>`,
  ).then((div) => div.querySelector('payment-picker')!);
}

function texts(el: PaymentPicker) {
  const text = (node: Element | null) => node?.textContent?.trim() ?? null;
  return {
    legend: text(part(el, 'legend')),
    total: text(part(el, 'total')),
    labels: [...el.shadowRoot!.querySelectorAll('[part="label"]')].map(text),
    // The hint shows on the chosen row only (WeChat Pay here).
    hint: text(row(el, 'wechat-pay').querySelector('[part="hint"]')),
    more: text(part(el, 'more-button')),
  };
}

describe('<payment-picker> locales', () => {
  it('en', async () => {
    const el = await inLang('en');
    expect(texts(el)).to.deep.equal({
      legend: 'Payment method',
      total: 'Total CN¥128.00',
      labels: ['Alipay', 'WeChat Pay'],
      hint: 'Scan a QR code with WeChat',
      more: 'More payment methods (2)',
    });
  });

  it('zh-CN', async () => {
    const el = await inLang('zh-CN');
    expect(texts(el)).to.deep.equal({
      legend: '支付方式',
      total: '合计 ¥128.00',
      labels: ['支付宝', '微信支付'],
      hint: '用微信扫码支付',
      more: '更多支付方式（2）',
    });
    await expect(el).to.be.accessible();
  });

  it('zh-TW', async () => {
    const el = await inLang('zh-TW');
    expect(texts(el)).to.deep.equal({
      legend: '付款方式',
      total: '總計 CN¥128.00',
      labels: ['支付寶', '微信支付'],
      hint: '用微信掃碼付款',
      more: '更多付款方式（2）',
    });
    await expect(el).to.be.accessible();
  });

  it('zh-HK shows Traditional Chinese strings', async () => {
    const el = await inLang('zh-HK');
    expect(texts(el).legend).to.equal('付款方式');
  });

  it('other languages fall back to English strings but format the total in their own locale', async () => {
    const el = await inLang('de-DE');
    expect(texts(el).legend).to.equal('Payment method');
    expect(texts(el).total).to.equal('Total 128,00\u00a0CN¥');
  });

  it('marks its content with the resolved language, for correct pronunciation', async () => {
    const el = await inLang('zh-CN');
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('zh-CN');
  });

  it('shows the localized reason of a disabled method without one', async () => {
    const el = await inLang('zh-CN');
    part(el, 'more-button')!.click();
    await settle(el);
    expect(row(el, 'card').querySelector('[part="reason"]')!.textContent).to.equal('暂不可用');
  });

  it('follows a change of the ancestor’s lang attribute', async () => {
    const el = await inLang('en');
    el.parentElement!.setAttribute('lang', 'zh-TW');
    await new Promise((resolve) => setTimeout(resolve));
    await settle(el);
    expect(texts(el).legend).to.equal('付款方式');
    expect(texts(el).labels).to.deep.equal(['支付寶', '微信支付']);
  });

  it('strings overrides any visible string, partially', async () => {
    const el = await inLang('en');
    el.strings = {
      pickerLabel: 'Pay with',
      methodLabels: { alipay: 'Alipay (支付宝)' },
      hintQr: 'Use {app} to scan',
    };
    await settle(el);
    const t = texts(el);
    expect([t.legend, t.labels[0], t.labels[1], t.hint]).to.deep.equal([
      'Pay with',
      'Alipay (支付宝)',
      'WeChat Pay',
      'Use WeChat to scan',
    ]);
  });

  it('the label attribute overrides the localized legend', async () => {
    const el = await inLang('zh-CN');
    el.label = '选择付款方式';
    await settle(el);
    expect(texts(el).legend).to.equal('选择付款方式');
  });
});
