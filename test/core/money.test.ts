import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { amountProblem, formatAmount, isDecimalAmount } from '../../src/core/money.js';

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

  it('shows yen in whole units with the full-width ￥ in ja-JP', () => {
    expect(formatAmount('1234', 'JPY', 'ja-JP')).to.equal('￥1,234');
    expect(formatAmount('1234.00', 'JPY', 'ja-JP')).to.equal('￥1,234');
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

describe('formatAmount: exactly or not at all', () => {
  const cases: [string, string][] = [
    ['99.999', 'CNY'],
    ['100.5', 'JPY'],
    ['1234.5', 'JPY'],
    ['0.001', 'USD'],
    ['1.2345', 'BHD'],
  ];
  for (const [amount, currency] of cases) {
    it(`returns null for ${amount} ${currency}, more decimals than the currency has (never rounded)`, () => {
      expect(formatAmount(amount, currency, 'en-US')).to.be.null;
    });
  }

  it('accepts trailing zeros beyond the currency’s decimals, and leading zeros', () => {
    expect(formatAmount('99.9900', 'CNY', 'zh-CN')).to.equal('¥99.99');
    expect(formatAmount('99.9901', 'CNY', 'zh-CN')).to.be.null;
    expect(formatAmount('100.000', 'JPY', 'en-US')).to.equal('¥100');
    expect(formatAmount('100.001', 'JPY', 'en-US')).to.be.null;
    expect(formatAmount('1.234', 'BHD', 'en-US')).to.equal('BHD\u00a01.234');
    expect(formatAmount('007.50', 'CNY', 'zh-CN')).to.equal('¥7.50');
  });

  it('shows a 308-digit amount digit for digit, and null instead of ∞ beyond', () => {
    const amount = '1234567890'.repeat(30) + '12345678';
    const shown = formatAmount(amount, 'USD', 'en-US')!;
    expect(shown.replace(/[$,]/g, '')).to.equal(`${amount}.00`);
    expect(formatAmount('9'.repeat(400), 'CNY', 'en-US')).to.be.null;
    expect(formatAmount('1' + '0'.repeat(309), 'USD', 'en-US')).to.be.null;
  });

  it('shows any decimal string exactly, or gives null (never throws)', () => {
    const decimal = fc
      .tuple(
        fc.stringMatching(/^\d{1,400}$/),
        fc.option(fc.stringMatching(/^\d{1,5}$/), { nil: undefined }),
      )
      .map(([whole, fraction]) => (fraction === undefined ? whole : `${whole}.${fraction}`));
    fc.assert(
      fc.property(decimal, fc.constantFrom('CNY', 'JPY', 'BHD', 'USD'), (amount, currency) => {
        const shown = formatAmount(amount, currency, 'en-US');
        const digits = { CNY: 2, JPY: 0, BHD: 3, USD: 2 }[currency]!;
        const [whole, fraction = ''] = amount.split('.');
        const decimals = fraction.replace(/0+$/, '');
        if (decimals.length > digits || !Number.isFinite(+amount)) {
          return shown === null && amountProblem(amount, currency) !== null;
        }
        const expected =
          whole!.replace(/^0+(?=\d)/, '') + (digits ? '.' + decimals.padEnd(digits, '0') : '');
        return (
          shown?.replace(/[^\d.]/g, '') === expected && amountProblem(amount, currency) === null
        );
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.string(), (amount, currency, locale) => {
        const call = formatAmount as (...args: unknown[]) => string | null;
        const shown = call(amount, currency, locale);
        return shown === null || !shown.includes('∞');
      }),
    );
  });
});

describe('amountProblem', () => {
  const problems: [unknown, unknown, string][] = [
    ['-5', 'CNY', 'amount "-5" is not a decimal string in major units'],
    ['1e309', 'CNY', 'amount "1e309" is not a decimal string in major units'],
    ['12,00', 'CNY', 'amount "12,00" is not a decimal string in major units'],
    [' 12', 'CNY', 'amount " 12" is not a decimal string in major units'],
    [128, 'CNY', 'amount of type number is not a decimal string in major units'],
    ['128.00', '', 'currency is missing'],
    ['128.00', undefined, 'currency is missing'],
    ['128.00', 'CN', 'currency "CN" is not an ISO 4217 code'],
    ['128.00', 156, 'currency of type number is not an ISO 4217 code'],
    ['99.999', 'CNY', 'amount "99.999" has more decimals than CNY allows'],
    ['100.5', 'JPY', 'amount "100.5" has more decimals than JPY allows'],
    ['9'.repeat(400), 'CNY', 'amount "99999999999999999999…" is too large to show'],
  ];
  for (const [amount, currency, reason] of problems) {
    it(`explains ${String(amount).slice(0, 24)} ${String(currency)}: ${reason}`, () => {
      expect(amountProblem(amount, currency)).to.equal(reason);
    });
  }

  it('finds nothing wrong with what can be shown exactly', () => {
    for (const [amount, currency] of [
      ['128.00', 'CNY'],
      ['99.9900', 'CNY'],
      ['100', 'JPY'],
      ['0', 'usd'],
    ]) {
      expect(amountProblem(amount, currency), `${amount} ${currency}`).to.be.null;
    }
    expect(amountProblem('99.9901', 'CNY')).to.equal(
      'amount "99.9901" has more decimals than CNY allows',
    );
  });

  it('has nothing to show, so no problem, for no amount or a blank one, whatever the currency', () => {
    for (const amount of [undefined, null, '', '   ']) {
      for (const currency of [undefined, '', 'CNY', 'not a currency', 42]) {
        expect(amountProblem(amount, currency), `${amount} ${currency}`).to.be.null;
      }
    }
    expect(amountProblem('.', 'CNY')).to.equal('amount "." is not a decimal string in major units');
  });

  it('never throws, and keeps its message short', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (amount, currency) => {
        const problem = amountProblem(amount, currency);
        return problem === null || problem.length < 80;
      }),
    );
    expect(amountProblem(Object.create(null), 'CNY')).to.contain('of type object');
  });
});
