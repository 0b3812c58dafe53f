import { expect } from '@open-wc/testing';
import { formatAmount, isDecimalAmount } from '../../src/core/money.js';

describe('isDecimalAmount', () => {
  for (const good of ['128', '128.5', '0.01', '0', '1234.50', '9007199254740993']) {
    it(`accepts the decimal string ${JSON.stringify(good)}`, () => {
      expect(isDecimalAmount(good)).to.be.true;
    });
  }

  const bad: unknown[] = [
    '1e3',
    '-1',
    '+1',
    ' 12',
    '12 ',
    '12,00',
    '1,234.50',
    'NaN',
    'Infinity',
    '',
    '.5',
    '5.',
    '1.2.3',
    '0x10',
    '１２',
    128,
    null,
    undefined,
    {},
  ];
  for (const value of bad) {
    it(`refuses ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`, () => {
      expect(isDecimalAmount(value)).to.be.false;
    });
  }
});

describe('formatAmount', () => {
  it('shows the yuan as a bare ¥ in zh-CN', () => {
    expect(formatAmount('1234.5', 'CNY', 'zh-CN')).to.equal('¥1,234.50');
  });

  for (const locale of ['en-US', 'zh-TW', 'zh-HK']) {
    it(`shows the yuan as CN¥ in ${locale}, never a bare ¥`, () => {
      expect(formatAmount('1234.5', 'CNY', locale)).to.equal('CN¥1,234.50');
    });
  }

  it('rounds yen to whole units with the full-width ￥ in ja-JP', () => {
    expect(formatAmount('1234.5', 'JPY', 'ja-JP')).to.equal('￥1,235');
  });

  it('formats the string exactly instead of through a binary float', () => {
    // 2^53 + 1 is not representable as a double; a float detour would print …992.
    expect(formatAmount('9007199254740993', 'USD', 'en-US')).to.equal('$9,007,199,254,740,993.00');
  });

  it('formats the smallest unit', () => {
    expect(formatAmount('0.01', 'CNY', 'zh-CN')).to.equal('¥0.01');
  });

  for (const amount of ['1e3', '-1', ' 12', '12,00', 'NaN', '']) {
    it(`returns null for the non-decimal amount ${JSON.stringify(amount)}`, () => {
      expect(formatAmount(amount, 'CNY', 'zh-CN')).to.be.null;
    });
  }

  for (const currency of ['', 'CN', 'CNYY', '12A', 'C N', '¥']) {
    it(`returns null for the malformed currency code ${JSON.stringify(currency)}`, () => {
      expect(formatAmount('1', currency, 'en-US')).to.be.null;
    });
  }

  it('falls back to English for a malformed locale instead of throwing', () => {
    expect(formatAmount('1234.5', 'CNY', 'not a locale!')).to.equal('CN¥1,234.50');
  });

  it('never throws for non-string arguments passed from untyped code', () => {
    const call = formatAmount as (...args: unknown[]) => string | null;
    expect(call(1234.5, 'CNY', 'zh-CN')).to.be.null;
    expect(call('1', null, 'zh-CN')).to.be.null;
    expect(call('1', 'CNY', undefined)).to.be.a('string');
  });
});
