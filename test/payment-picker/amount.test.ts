// The total (`amount` + `currency`) is shown exactly or not at all: an amount that cannot be
// shown exactly fires `picker-error` `invalid-amount`, warns once and shows a localized note in
// place of the total, never `∞` or a rounded figure, and the rest of the picker keeps working.
import { expect, html } from '@open-wc/testing';
import type { PickerErrorEvent } from '../../src/payment-picker/payment-picker.js';
import { checkedId, part, pickerFixture, row, settle, type PaymentPicker } from './helpers.js';

let warnings: unknown[][] = [];
let events: PickerErrorEvent[] = [];
const realWarn = console.warn;
const onError = (event: Event) => events.push(event as PickerErrorEvent);

function picker(amount: string, currency: string, lang = 'en') {
  return pickerFixture(
    html`<payment-picker lang=${lang} name="method" amount=${amount} currency=${currency}>
      <payment-option value="alipay"></payment-option>
      <payment-option value="wechat-pay"></payment-option>
    </payment-picker>`,
  );
}

/** Everything the shopper can read in the picker, with the total or its note. */
const shownText = (el: PaymentPicker) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

const CASES: [what: string, amount: string, currency: string, reason: string][] = [
  ['an exponent, 1e309', '1e309', 'CNY', 'amount "1e309" is not a decimal string in major units'],
  ['a 400-digit amount (∞ before)', '9'.repeat(400), 'CNY', 'is too large to show'],
  ['a negative amount, -5', '-5', 'CNY', 'amount "-5" is not a decimal string in major units'],
  ['an amount with currency ""', '128.00', '', 'currency is missing'],
  ['99.999 CNY (CN¥100.00 before)', '99.999', 'CNY', 'has more decimals than CNY allows'],
  ['100.5 JPY', '100.5', 'JPY', 'amount "100.5" has more decimals than JPY allows'],
];

describe('<payment-picker> amount that cannot be shown', () => {
  beforeEach(() => {
    warnings = [];
    events = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    document.addEventListener('picker-error', onError);
  });
  afterEach(() => {
    console.warn = realWarn;
    document.removeEventListener('picker-error', onError);
  });

  for (const [what, amount, currency, reason] of CASES) {
    it(`${what}: invalid-amount, one warning, a note instead of the total, the rest works`, async () => {
      const el = await picker(amount, currency);
      await settle(el);
      expect(events).to.have.length(1);
      const { detail } = events[0]!;
      expect(detail.code).to.equal('invalid-amount');
      expect(detail.message).to.contain(reason);
      expect(detail.errors).to.deep.equal([{ field: 'amount', message: detail.message }]);
      expect(events[0]!.bubbles && events[0]!.composed).to.be.true;
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('invalid-amount').and.contain(detail.message);

      expect(part(el, 'total')).to.equal(null);
      expect(part(el, 'amount-error')!.textContent!.trim()).to.equal('The total can’t be shown');
      expect(shownText(el)).not.to.match(/∞|100\.00|\d{5}/);
      expect(part(el, 'list')!.getAttribute('aria-describedby')).to.contain('amount-error');
      await expect(el).to.be.accessible();

      row(el, 'wechat-pay').click();
      await settle(el);
      expect(checkedId(el)).to.equal('wechat-pay');
      expect(el.value).to.equal('wechat-pay');
      expect(events).to.have.length(1);
      expect(warnings).to.have.length(1);
    });
  }

  it('shows the note in the picker’s language', async () => {
    const zhCN = await picker('-5', 'CNY', 'zh-CN');
    const zhTW = await picker('-5', 'CNY', 'zh-TW');
    expect(part(zhCN, 'amount-error')!.textContent!.trim()).to.equal('无法显示金额');
    expect(part(zhTW, 'amount-error')!.textContent!.trim()).to.equal('無法顯示金額');
  });

  it('strings.invalidAmount overrides the note', async () => {
    const el = await pickerFixture(
      html`<payment-picker amount="-5" currency="CNY" .strings=${{ invalidAmount: 'No total' }}>
        <payment-option value="alipay"></payment-option>
      </payment-picker>`,
    );
    expect(part(el, 'amount-error')!.textContent!.trim()).to.equal('No total');
  });

  it('reports again only when amount or currency change', async () => {
    const el = await picker('-5', 'CNY');
    await settle(el);
    expect(events.map((e) => e.detail.message)).to.deep.equal([
      'amount "-5" is not a decimal string in major units',
    ]);
    // Other updates (a choice, the language) re-render the note without reporting again.
    row(el, 'alipay').click();
    el.lang = 'zh-CN';
    el.amount = '-5';
    await settle(el);
    expect(part(el, 'amount-error')!.textContent!.trim()).to.equal('无法显示金额');
    expect([events.length, warnings.length]).to.deep.equal([1, 1]);

    el.currency = 'JPY';
    await settle(el);
    expect([events.length, warnings.length]).to.deep.equal([2, 2]);

    el.amount = '128';
    await settle(el);
    expect(part(el, 'amount-error')).to.equal(null);
    expect(part(el, 'total')!.textContent).to.equal('合计 JP¥128');
    expect(events).to.have.length(2);

    el.amount = '128.5';
    await settle(el);
    expect(part(el, 'total')).to.equal(null);
    expect(events.map((e) => e.detail.message)[2]).to.equal(
      'amount "128.5" has more decimals than JPY allows',
    );

    // Trailing zeros beyond the currency's decimals are fine: shown exactly.
    el.currency = 'CNY';
    el.amount = '99.9900';
    await settle(el);
    expect(part(el, 'total')!.textContent).to.equal('合计 ¥99.99');
    // A blank amount is nothing to show: no total, no note, nothing reported, whatever currency says.
    for (const [amount, currency] of [
      ['', 'CNY'],
      ['', ''],
      ['   ', 'not a currency'],
    ]) {
      el.amount = amount!;
      el.currency = currency!;
      await settle(el);
      expect(part(el, 'total')).to.equal(null);
      expect(part(el, 'amount-error')).to.equal(null);
    }
    expect([events.length, warnings.length]).to.deep.equal([3, 3]);
  });
});
