/**
 * What the picker looks like, measured (issue 14): wallet glyphs, the contrast of a disabled
 * picker, links in the shop's content, the font stack per locale, the "More" button of the
 * button family, and mixed-direction text on a right-to-left page.
 */
import { expect, html } from '@open-wc/testing';
import { PaymentPicker } from '../../src/payment-picker/payment-picker.component.js';
import { part, pickerFixture, row, settle } from './helpers.js';

const KNOWN = [
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

/** [r, g, b, alpha] of a computed color: `rgb()`/`rgba()` or `color(srgb …)` (from color-mix). */
function channels(color: string): number[] {
  const numbers = (color.match(/[\d.]+/g) ?? []).map(Number);
  if (color.startsWith('color(')) {
    const [r = 0, g = 0, b = 0, a = 1] = numbers;
    return [r * 255, g * 255, b * 255, a];
  }
  const [r = 0, g = 0, b = 0, a = 1] = numbers;
  return [r, g, b, a];
}

function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The parent of `node` in the flat tree (slots and shadow hosts included). */
const flatParent = (node: Element): Element | null =>
  node.assignedSlot ?? node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);

/** The first opaque background behind `el` in the flat tree (the page's wrapper sets one). */
function backgroundOf(el: Element): number[] {
  for (let node: Element | null = el; node; node = flatParent(node)) {
    const bg = channels(getComputedStyle(node).backgroundColor);
    if (bg[3]! > 0.99) return bg;
  }
  throw new Error('no opaque background');
}

/** The product of the opacities of `el` and its ancestors in the flat tree. */
function opacityOf(el: Element): number {
  let opacity = 1;
  for (let node: Element | null = el; node; node = flatParent(node))
    opacity *= Number(getComputedStyle(node).opacity);
  return opacity;
}

/** A page of `scheme`: its color-scheme and its canvas background, as a storefront would have. */
const page = (scheme: string) => `color-scheme: ${scheme}; background: Canvas`;

describe('<payment-picker> wallet glyphs', () => {
  it('draws each known wallet as a filled tile in its own hue, with its own symbol', async () => {
    const el = await pickerFixture(
      html`<payment-picker
        visible-count="0"
        .methods=${KNOWN.map((id) => ({ id }))}
      ></payment-picker>`,
    );
    const tiles = KNOWN.map((id) => row(el, id).querySelector('[part="icon"] svg')!);
    for (const svg of tiles) {
      expect(svg.getBoundingClientRect().width).to.equal(36);
      const tile = svg.firstElementChild!;
      expect(getComputedStyle(tile).fill).to.equal(getComputedStyle(svg).color);
      expect(getComputedStyle(svg.querySelector('g')!).fill).to.equal('rgb(255, 255, 255)');
    }
    const symbols = new Set(tiles.map((svg) => svg.querySelector('g')!.innerHTML));
    expect(symbols.size, 'a symbol per wallet').to.equal(KNOWN.length);
    // The three red-ish Chinese wallets of the old glyphs are three hues now.
    const hue = (id: string) => getComputedStyle(row(el, id).querySelector('[part="icon"]')!).color;
    const reds = ['unionpay', 'jd-pay', 'ecny'].map(hue);
    expect(new Set(reds).size).to.equal(3);
    // Each wallet's hue under a white symbol: at least 3:1, as a graphic must be.
    for (const id of KNOWN.filter((known) => !['apple-pay', 'google-pay', 'card'].includes(known)))
      expect(contrast(channels(hue(id)), [255, 255, 255]), id).to.be.at.least(3);
  });

  it('falls back to system colors in forced-colors mode', () => {
    const rules = PaymentPicker.elementStyles
      .flatMap((style) => [
        ...(style instanceof CSSStyleSheet ? style : style.styleSheet!).cssRules,
      ])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule)
      .filter((rule) => rule.conditionText.includes('forced-colors'))
      .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
    expect(rules.join('\n')).to.match(/svg g \{ fill: canvas; stroke: canvas; \}/i);
  });
});

describe('<payment-picker> disabled contrast', () => {
  for (const scheme of ['light', 'dark']) {
    it(`keeps every text at 4.5:1 or more while disabled (${scheme})`, async () => {
      const div = await pickerFixture<HTMLElement>(
        html`<div style=${page(scheme)}>
          <payment-picker
            disabled
            value="alipay"
            amount="128"
            currency="CNY"
            .methods=${[
              { id: 'wechat-pay', badge: '¥5 off', description: 'Balance or bank card' },
              { id: 'alipay', description: 'Balance, Huabei' },
              { id: 'card', disabled: true, disabledReason: 'Not for this order' },
            ]}
          ></payment-picker>
        </div>`,
      );
      const el = div.querySelector('payment-picker')!;
      const texts = [...el.shadowRoot!.querySelectorAll('bdi')];
      expect(texts.length).to.be.greaterThan(6);
      for (const text of texts) {
        const ratio = contrast(channels(getComputedStyle(text).color), backgroundOf(text));
        expect(ratio, text.textContent!).to.be.at.least(4.5);
        expect(opacityOf(text), text.textContent!).to.equal(1);
      }
    });
  }
});

describe('<payment-picker> links in a chosen option’s content', () => {
  for (const scheme of ['light', 'dark']) {
    it(`take the theme’s accent, readable on the surface (${scheme})`, async () => {
      const div = await pickerFixture<HTMLElement>(
        html`<div style=${page(scheme)}>
          <payment-picker value="card">
            <payment-option value="card">
              <p>See the <a href="#terms">instalment terms</a>.</p>
            </payment-option>
          </payment-picker>
        </div>`,
      );
      const el = div.querySelector('payment-picker')!;
      const link = el.querySelector('a')!;
      const accent = getComputedStyle(part(el, 'option-checked')!).borderTopColor;
      expect(getComputedStyle(link).color).to.equal(accent);
      expect(contrast(channels(accent), backgroundOf(link))).to.be.at.least(4.5);
    });
  }

  it('leave the shop’s own link styles alone', async () => {
    const el = await pickerFixture<HTMLElement>(
      html`<div>
        <style>
          .shop-link {
            color: rgb(1, 2, 3);
          }
        </style>
        <payment-picker value="card">
          <payment-option value="card"><a class="shop-link" href="#x">x</a></payment-option>
        </payment-picker>
      </div>`,
    );
    expect(getComputedStyle(el.querySelector('a')!).color).to.equal('rgb(1, 2, 3)');
  });
});

describe('<payment-picker> font stack', () => {
  const fontIn = async (lang: string) => {
    const div = await pickerFixture<HTMLElement>(
      html`<div lang=${lang}>
        <payment-picker .methods=${[{ id: 'alipay' }]}></payment-picker>
      </div>`,
    );
    return getComputedStyle(part(div.querySelector('payment-picker')!, 'label')!).fontFamily;
  };

  it('names Traditional Chinese faces for zh-TW and zh-HK', async () => {
    for (const lang of ['zh-TW', 'zh-HK']) {
      const font = await fontIn(lang);
      expect(font).to.contain('"PingFang TC"').and.contain('"Microsoft JhengHei"');
      expect(font).to.contain('"Noto Sans TC"');
      expect(font).not.to.contain(' SC"');
    }
  });

  it('names Simplified Chinese faces for zh-CN (and by default)', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const font = await fontIn(lang);
      expect(font).to.contain('"PingFang SC"').and.contain('"Microsoft YaHei"');
      expect(font).to.contain('"Noto Sans SC"');
      expect(font).not.to.contain(' TC"');
    }
  });

  it('--pp-font still replaces the whole stack', async () => {
    const el = await pickerFixture(
      html`<payment-picker
        lang="zh-TW"
        style="--pp-font: Georgia"
        .methods=${[{ id: 'alipay' }]}
      ></payment-picker>`,
    );
    expect(getComputedStyle(part(el, 'label')!).fontFamily).to.equal('Georgia');
  });
});

describe('<payment-picker> "More" button', () => {
  it('is an outlined rectangle of the button family: theme radius, 1px accent border, 36px high', async () => {
    const el = await pickerFixture(
      html`<payment-picker
        visible-count="1"
        style="--pp-radius: 6px"
        .methods=${[{ id: 'alipay' }, { id: 'card' }]}
      ></payment-picker>`,
    );
    const style = getComputedStyle(part(el, 'more-button')!);
    expect(style.borderTopLeftRadius).to.equal('6px');
    expect(style.borderTopWidth).to.equal('1px');
    expect(style.borderTopColor).to.equal(style.color); // outlined in the accent
    expect(part(el, 'more-button')!.getBoundingClientRect().height).to.be.at.least(36);
  });
});

describe('<payment-picker> on a right-to-left page', () => {
  it('isolates Latin names, sentences and amounts, so their punctuation stays in place', async () => {
    const div = await pickerFixture<HTMLElement>(
      html`<div dir="rtl" lang="ar">
        <payment-picker
          amount="1234.5"
          currency="CNY"
          value="alipay"
          .methods=${[{ id: 'alipay', description: 'Balance, Huabei.' }, { id: 'wechat-pay' }]}
        ></payment-picker>
      </div>`,
    );
    const el = div.querySelector('payment-picker')!;
    await settle(el);
    // The full stop ends the sentence: right of its first letter, as in left-to-right text.
    const walker = document.createTreeWalker(part(el, 'description')!, NodeFilter.SHOW_TEXT);
    const text = walker.nextNode()!;
    const at = (index: number) => {
      const range = document.createRange();
      range.setStart(text, index);
      range.setEnd(text, index + 1);
      return range.getBoundingClientRect().left;
    };
    expect(at(text.textContent!.length - 1)).to.be.greaterThan(at(0));
    // Names, the total and the legend too, each in its own isolate.
    for (const name of ['label', 'description', 'total', 'legend']) {
      const isolated = part(el, name)!.querySelector('bdi')!;
      expect(isolated, name).to.exist;
      expect(getComputedStyle(isolated).unicodeBidi, name).to.equal('isolate');
    }
    // The layout still mirrors: the label starts at the right.
    expect(getComputedStyle(part(el, 'label')!).direction).to.equal('rtl');
  });
});
