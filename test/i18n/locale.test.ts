import { expect } from '@open-wc/testing';
import { localize, resolveLang } from '../../src/i18n/locale.js';
import { canonicalLang, supportedLocale, type SupportedLocale } from '../../src/i18n/locales.js';
import { mergeStrings } from '../../src/i18n/overrides.js';
import { PICKER_STRINGS } from '../../src/i18n/picker/index.js';
import { fillTemplate, type StringOverrides } from '../../src/i18n/strings.js';
import { WALLET_STRINGS } from '../../src/i18n/wallet/index.js';

const { en, 'zh-CN': zhCN, 'zh-TW': zhTW } = PICKER_STRINGS;
/** The picker's strings of `locale` with `overrides`: the one merge, on the picker's table. */
const stringsFor = (locale: SupportedLocale, overrides: StringOverrides | null) =>
  mergeStrings(PICKER_STRINGS[locale], overrides);
/** The one lookup, on the picker's table. */
const localeOf = (el: Element, overrides: StringOverrides) =>
  localize(el, PICKER_STRINGS, overrides);

describe('i18n: supportedLocale', () => {
  const cases: [string, string][] = [
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-CN', 'zh-TW'],
    ['ZH-tw', 'zh-TW'],
    ['not a tag!', 'en'],
  ];
  for (const [tag, expected] of cases) {
    it(`${JSON.stringify(tag)} → ${expected}`, () => {
      expect(supportedLocale(tag)).to.equal(expected);
    });
  }
});

describe('i18n: canonicalLang', () => {
  it('canonicalizes valid tags and falls back to en for malformed ones', () => {
    expect(canonicalLang('zh-cn')).to.equal('zh-CN');
    expect(canonicalLang('EN-us')).to.equal('en-US');
    expect(canonicalLang('@@')).to.equal('en');
  });
});

describe('i18n: resolveLang', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it('uses the element’s own lang attribute first', () => {
    container.lang = 'zh-CN';
    const el = document.createElement('span');
    el.lang = 'zh-TW';
    container.append(el);
    expect(resolveLang(el)).to.equal('zh-TW');
  });

  it('uses the nearest ancestor’s lang attribute', () => {
    container.setAttribute('lang', 'zh-TW');
    const el = document.createElement('span');
    container.append(el);
    expect(resolveLang(el)).to.equal('zh-TW');
  });

  it('skips empty lang attributes (unknown language)', () => {
    container.setAttribute('lang', 'zh-CN');
    const middle = document.createElement('div');
    middle.setAttribute('lang', '');
    const el = document.createElement('span');
    middle.append(el);
    container.append(middle);
    expect(resolveLang(el)).to.equal('zh-CN');
  });

  it('crosses shadow roots to find the host’s lang', () => {
    container.setAttribute('lang', 'zh-CN');
    const host = document.createElement('div');
    container.append(host);
    const el = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(el);
    expect(resolveLang(el)).to.equal('zh-CN');
  });

  it('falls back to the document’s lang, then the browser’s language', () => {
    const el = document.createElement('span');
    container.append(el);
    const original = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.setAttribute('lang', 'zh-HK');
      expect(resolveLang(el)).to.equal('zh-HK');
      document.documentElement.removeAttribute('lang');
      expect(resolveLang(el)).to.equal(navigator.languages[0] ?? navigator.language);
    } finally {
      if (original === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', original);
    }
  });

  it('a detached element still resolves (document or browser language)', () => {
    expect(resolveLang(document.createElement('span')))
      .to.be.a('string')
      .and.not.equal('');
  });
});

describe('i18n: wallet strings', () => {
  it('every locale defines every wallet string, with the shared method names', () => {
    const { en: walletEn } = WALLET_STRINGS;
    for (const strings of [WALLET_STRINGS['zh-CN'], WALLET_STRINGS['zh-TW']]) {
      expect(Object.keys(strings).sort()).to.deep.equal(Object.keys(walletEn).sort());
      expect(Object.keys(strings.inAppNames).sort()).to.deep.equal(
        Object.keys(walletEn.inAppNames).sort(),
      );
    }
    expect(WALLET_STRINGS['zh-TW'].methodLabels).to.equal(zhTW.methodLabels);
  });

  it('the wallet merges its overrides the same way, nested maps key by key', () => {
    const strings = mergeStrings(WALLET_STRINGS.en, {
      tabQr: 'Scan',
      inAppNames: { wechat: 'Weixin' },
      methodLabels: { alipay: 42 },
    });
    expect(strings.tabQr).to.equal('Scan');
    expect(strings.inAppNames.wechat).to.equal('Weixin');
    expect(strings.inAppNames.alipay).to.equal('Alipay');
    expect(strings.methodLabels.alipay).to.equal('Alipay');
  });
});

describe('i18n: strings', () => {
  it('every locale defines every string, and every known method label', () => {
    for (const strings of [zhCN, zhTW]) {
      expect(Object.keys(strings).sort()).to.deep.equal(Object.keys(en).sort());
      expect(Object.keys(strings.methodLabels).sort()).to.deep.equal(
        Object.keys(en.methodLabels).sort(),
      );
      expect(Object.keys(strings.appNames).sort()).to.deep.equal(Object.keys(en.appNames).sort());
      for (const value of Object.values(strings)) {
        if (typeof value === 'string') expect(value).not.to.equal('');
      }
    }
  });

  it('templates keep the placeholders of the English original', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const strings of [zhCN, zhTW]) {
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        const value = en[key];
        if (typeof value === 'string')
          expect(placeholders(strings[key] as string), key).to.deep.equal(placeholders(value));
      }
    }
  });

  it('zh-TW is written in Traditional characters where they differ', () => {
    expect(zhTW.methodLabels.alipay).to.equal('支付寶');
    expect(zhTW.methodLabels.unionpay).to.equal('雲閃付');
    expect(zhCN.methodLabels.alipay).to.equal('支付宝');
  });

  it('stringsFor merges overrides, nested maps key by key', () => {
    const strings = stringsFor('en', {
      pickerLabel: 'Pay with',
      methodLabels: { card: 'Credit card' },
    });
    expect(strings.pickerLabel).to.equal('Pay with');
    expect(strings.methodLabels.card).to.equal('Credit card');
    expect(strings.methodLabels.alipay).to.equal('Alipay');
    expect(strings.appNames['wechat-pay']).to.equal('WeChat');
    expect(stringsFor('zh-CN', null)).to.equal(zhCN);
  });

  it('stringsFor ignores overrides that are not strings', () => {
    const strings = stringsFor('en', {
      total: 5,
      methodLabels: { card: null, alipay: 'Ali' },
      appNames: 'nope',
    } as never);
    expect(strings.total).to.equal(en.total);
    expect(strings.methodLabels.card).to.equal('Bank card');
    expect(strings.methodLabels.alipay).to.equal('Ali');
    expect(strings.appNames).to.deep.equal(en.appNames);
    expect(stringsFor('en', 'garbage' as never)).to.equal(en);
  });

  it('fillTemplate fills known placeholders and leaves others', () => {
    expect(fillTemplate('Total {amount}', { amount: '¥1.00' })).to.equal('Total ¥1.00');
    expect(fillTemplate('{count} more {x}', { count: 3 })).to.equal('3 more {x}');
  });

  it('localeOf combines lang, locale and strings', () => {
    const el = document.createElement('span');
    el.lang = 'zh-tw';
    document.body.append(el);
    try {
      const info = localeOf(el, { total: '共 {amount}' });
      expect(info.lang).to.equal('zh-TW');
      expect(info.locale).to.equal('zh-TW');
      expect(info.strings.total).to.equal('共 {amount}');
      expect(info.strings.pickerLabel).to.equal('付款方式');
    } finally {
      el.remove();
    }
  });
});
