import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { chinaMethods } from '../support/methods.js';
import { press } from '../support/keyboard.js';
import {
  defaultArgs,
  endWithoutFocus,
  expectChosen,
  getPicker,
  inside,
  part,
  radioNames,
  renderPicker,
  textContrasts,
  type PickerArgs,
  pickerMeta,
} from '../support/picker.js';

/**
 * The picker follows its page: the language of the nearest `lang` attribute, the text direction,
 * and the color scheme. These stories pin the toolbar's locale, direction or scheme through their
 * `globals`; the story frame applies them the way a storefront would (`lang` and `dir` on an
 * ancestor, `color-scheme` on the page).
 */
const meta = {
  title: 'Payment picker/Locales and themes',
  tags: ['autodocs'],
  ...pickerMeta,
  args: {
    ...defaultArgs,
    methods: [...chinaMethods, { id: 'ecny', disabled: true }],
    'visible-count': 5,
    amount: '1234.5',
    currency: 'CNY',
    'hide-hints': true,
  },
} satisfies Meta<PickerArgs>;

export default meta;
type Story = StoryObj<PickerArgs>;

/** Simplified Chinese, from `lang="zh-CN"` on an ancestor. */
export const ZhCN: Story = {
  name: 'zh-CN',
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    await expect(picker.closest('[lang]')).toHaveAttribute('lang', 'zh-CN');
    await expect(inside(picker).getByRole('radiogroup', { name: '支付方式' })).toBeVisible();
    await expect(radioNames(picker)).toEqual([
      '微信支付',
      '支付宝',
      '云闪付',
      '银行卡',
      '数字人民币',
    ]);
    // Inside mainland China the yuan is written with a bare ¥.
    await expect(part(picker, 'total')).toHaveTextContent('合计 ¥1,234.50');
    await expect(
      inside(picker).getByRole('radio', { name: '数字人民币' }),
    ).toHaveAccessibleDescription('暂不可用');
    // Simplified Chinese faces.
    const font = getComputedStyle(part(picker, 'label')!).fontFamily;
    await expect(font).toContain('"PingFang SC"');
    await expect(font).toContain('"Microsoft YaHei"');
    await expect(font).toContain('"Noto Sans SC"');
  },
};

/**
 * Traditional Chinese, from `lang="zh-TW"` (zh-HK, zh-MO and zh-Hant get it too), in Traditional
 * Chinese faces (PingFang TC, Microsoft JhengHei, Noto Sans TC): the same characters are drawn
 * differently in the Simplified ones.
 */
export const ZhTW: Story = {
  name: 'zh-TW',
  globals: { locale: 'zh-TW' },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    await expect(inside(picker).getByRole('radiogroup', { name: '付款方式' })).toBeVisible();
    await expect(radioNames(picker)).toEqual([
      '微信支付',
      '支付寶',
      '雲閃付',
      '銀行卡',
      '數位人民幣',
    ]);
    // Outside mainland China the yuan needs its country: CN¥.
    await expect(part(picker, 'total')).toHaveTextContent('總計 CN¥1,234.50');
    const font = getComputedStyle(part(picker, 'label')!).fontFamily;
    await expect(font).toContain('"PingFang TC"');
    await expect(font).toContain('"Microsoft JhengHei"');
    await expect(font).toContain('"Noto Sans TC"');
    await expect(font).not.toContain('"PingFang SC"');

    // The language follows the page: changing the ancestor's lang re-renders the picker.
    const frame = picker.closest('[lang]')!;
    frame.setAttribute('lang', 'zh-HK');
    await picker.updateComplete;
    await expect(inside(picker).getByRole('radiogroup', { name: '付款方式' })).toBeVisible();
    frame.setAttribute('lang', 'zh-TW');
  },
};

/**
 * Right to left: the layout mirrors, and Left/Right follow the reading direction, so ArrowLeft
 * moves forward (to the next method) and ArrowRight moves back. Up/Down are unchanged. Latin
 * names, English sentences and amounts are isolated (`<bdi>`), so their punctuation stays at
 * their end instead of jumping to the front.
 */
export const RTL: Story = {
  globals: { direction: 'rtl' },
  args: {
    value: 'wechat-pay',
    methods: [
      { id: 'wechat-pay', description: 'Balance or bank card.' },
      { id: 'alipay' },
      { id: 'unionpay' },
      { id: 'card' },
      { id: 'ecny', disabled: true },
    ],
  },
  play: async ({ canvasElement, args }) => {
    const picker = await getPicker(canvasElement);
    await expect(getComputedStyle(picker).direction).toBe('rtl');
    // The full stop ends "Balance or bank card.": to the right of its first letter.
    const description = part(picker, 'description')!;
    const text = document.createTreeWalker(description, NodeFilter.SHOW_TEXT).nextNode()!;
    const left = (index: number) => {
      const range = document.createRange();
      range.setStart(text, index);
      range.setEnd(text, index + 1);
      return range.getBoundingClientRect().left;
    };
    await expect(left(text.textContent!.length - 1)).toBeGreaterThan(left(0));
    for (const name of ['legend', 'total', 'label', 'description'])
      await expect(getComputedStyle(part(picker, name)!.querySelector('bdi')!).unicodeBidi).toBe(
        'isolate',
      );
    const wechat = inside(picker).getByRole('radio', { name: 'WeChat Pay' });
    // Mirrored: the first row's radio mark is at its right edge.
    const mark = part(picker, 'radio')!.getBoundingClientRect();
    await expect(mark.left).toBeGreaterThan(
      wechat.getBoundingClientRect().left + wechat.offsetWidth / 2,
    );

    wechat.focus();
    await press('{ArrowLeft}');
    await expectChosen(picker, 'Alipay', 'alipay');
    await press('{ArrowLeft}');
    await expectChosen(picker, 'UnionPay Cloud QuickPass', 'unionpay');
    await press('{ArrowRight}');
    await expectChosen(picker, 'Alipay', 'alipay');
    await expect(args.onChange).toHaveBeenCalledTimes(3);
  },
};

/** Dark color scheme: the picker's default palette follows the page's `color-scheme`. */
export const Dark: Story = {
  globals: { scheme: 'dark' },
  args: { value: 'alipay' },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    await expect(getComputedStyle(picker).colorScheme).toBe('dark');
    const card = part(picker, 'option')!;
    await expect(luminance(getComputedStyle(card).backgroundColor)).toBeLessThan(0.1);
    await expect(luminance(getComputedStyle(part(picker, 'label')!).color)).toBeGreaterThan(0.6);
    await userEvent.click(inside(picker).getByRole('radio', { name: 'Bank card' }));
    await expectChosen(picker, 'Bank card', 'card');
    await endWithoutFocus(picker);
  },
};

/**
 * A disabled picker in the dark scheme: its text keeps a contrast of at least 4.5:1 (which axe
 * does not check on disabled controls).
 */
export const DarkDisabled: Story = {
  name: 'Dark, disabled',
  globals: { scheme: 'dark' },
  args: { value: 'alipay', disabled: true },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    await expect(getComputedStyle(picker).colorScheme).toBe('dark');
    const measured = textContrasts(picker);
    await expect(measured.length).toBeGreaterThan(5);
    for (const { text, ratio, opacity } of measured)
      await expect({ text, enough: ratio >= 4.5, opacity }).toEqual({
        text,
        enough: true,
        opacity: 1,
      });
  },
};

/**
 * A brand theme from `--pp-*` custom properties on any ancestor, plus `::part()` for what the
 * properties do not cover. No component CSS is touched.
 */
export const CustomTheme: Story = {
  args: { value: 'wechat-pay' },
  render: (args) =>
    html`<style>
        .brand-checkout {
          --pp-accent: #9a3412;
          --pp-on-accent: #ffffff;
          --pp-text: #292524;
          --pp-text-muted: #57534e;
          --pp-surface: #fffbf5;
          --pp-border: #d6c7b4;
          --pp-radius: 4px;
          --pp-gap: 4px;
          --pp-font: Georgia, 'Songti SC', serif;
          --pp-focus-ring: 3px dashed #9a3412;
        }
        .brand-checkout payment-picker::part(legend) {
          text-transform: uppercase;
          letter-spacing: 0.08em;
        }
        .brand-checkout payment-picker::part(option-checked) {
          box-shadow: 0 2px 0 0 #9a3412;
        }
      </style>
      <div class="brand-checkout">${renderPicker(args)}</div>`,
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    const checked = part(picker, 'option-checked')!;
    await expect(getComputedStyle(checked).borderTopColor).toBe('rgb(154, 52, 18)');
    await expect(getComputedStyle(checked).borderTopLeftRadius).toBe('4px');
    await expect(getComputedStyle(part(picker, 'label')!).fontFamily).toContain('Georgia');
    await expect(getComputedStyle(part(picker, 'legend')!).textTransform).toBe('uppercase');

    inside(picker).getByRole('radio', { name: 'WeChat Pay' }).focus();
    await press('{ArrowDown}');
    const focused = inside(picker).getByRole('radio', { name: 'Alipay' });
    await expect(getComputedStyle(focused).outlineStyle).toBe('dashed');
    await expect(getComputedStyle(focused).outlineWidth).toBe('3px');
  },
};

/** Relative luminance (0 black … 1 white) of a computed `rgb()`/`rgba()` color. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((channel) => {
    const value = Number(channel) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
