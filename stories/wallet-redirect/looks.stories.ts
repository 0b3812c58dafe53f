import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { deepActiveElement, press } from '../support/keyboard.js';
import {
  environments,
  getWallet,
  inside,
  part,
  qrCode,
  renderWallet,
  tabNames,
  type WalletArgs,
  walletMeta,
} from './wallet.js';

/**
 * The element follows its page: the language of the nearest `lang` attribute (amounts too: a
 * bare ¥ in mainland China, CN¥ elsewhere), the text direction and the color scheme, pinned here
 * through each story's `globals`. Every other story can be seen in any of them from the toolbar.
 */
const meta = {
  title: 'Wallet redirect/Locales and themes',
  tags: ['autodocs'],
  ...walletMeta,
} satisfies Meta<WalletArgs>;

export default meta;
type Story = StoryObj<WalletArgs>;

/** Simplified Chinese, from `lang="zh-CN"` on an ancestor: the yuan is a bare ¥. */
export const ZhCN: Story = {
  name: 'zh-CN',
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    const wallet = await getWallet(canvasElement);
    await expect(wallet.closest('[lang]')).toHaveAttribute('lang', 'zh-CN');
    await expect(await qrCode(wallet, '用支付宝支付 ¥128.00 的二维码')).toBeVisible();
    await expect(part(wallet, 'amount')).toHaveTextContent(/^¥128\.00$/);
    await expect(inside(wallet).getByRole('tablist', { name: '支付方式' })).toBeVisible();
    await expect(tabNames(wallet)).toEqual(['扫码支付', '找朋友帮忙付']);
    await expect(part(wallet, 'hint')).toHaveTextContent('请打开手机支付宝，扫描二维码。');
    await expect(part(wallet, 'countdown')).toHaveTextContent(/请在 1[45]:\d\d 内完成支付/);
    await expect(part(wallet, 'status')).toHaveTextContent('等待支付结果…');
    await expect(inside(wallet).getByRole('button', { name: '我已支付' })).toBeVisible();
  },
};

/** Traditional Chinese, from `lang="zh-TW"` (zh-HK and zh-Hant too): the yuan is CN¥. */
export const ZhTW: Story = {
  name: 'zh-TW',
  globals: { locale: 'zh-TW' },
  args: { environment: environments.mobile },
  play: async ({ canvasElement }) => {
    const wallet = await getWallet(canvasElement);
    await expect(part(wallet, 'amount')).toHaveTextContent(/^CN¥128\.00$/);
    await expect(
      inside(wallet).getByRole('button', { name: '使用支付寶付款 CN¥128.00' }),
    ).toBeVisible();
    await expect(inside(wallet).getByRole('tablist', { name: '付款方式' })).toBeVisible();
    await expect(tabNames(wallet)).toEqual(['開啟 App', '掃碼付款', '請朋友代付']);
    await expect(part(wallet, 'status')).toHaveTextContent('等待付款結果…');
    inside(wallet).getByRole('tab', { name: '掃碼付款' }).click();
    await expect(await qrCode(wallet, '用支付寶付款 CN¥128.00 的 QR 碼')).toBeVisible();
  },
};

/**
 * Right to left: the layout mirrors, the arrow keeps pointing at the app's ⋯ menu (top right: it
 * is the app's chrome, not the page's), and
 * Left/Right in the tabs follow the reading direction (ArrowLeft goes to the next tab).
 */
export const RTL: Story = {
  globals: { direction: 'rtl' },
  args: { environment: environments.wechat },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    await expect(getComputedStyle(wallet).direction).toBe('rtl');
    await expect(getComputedStyle(part(wallet, 'menu-arrow')!).transform).toBe('none');
    const tab = (name: string) => inside(wallet).getByRole('tab', { name });
    await expect(tabNames(wallet)).toEqual(['Open in browser', 'Scan code', 'Ask a friend']);
    // The first tab is on the right.
    await expect(tab('Open in browser').getBoundingClientRect().left).toBeGreaterThan(
      tab('Scan code').getBoundingClientRect().left,
    );
    tab('Open in browser').focus();
    await press('{ArrowLeft}');
    await waitFor(() => expect(tab('Scan code')).toHaveAttribute('aria-selected', 'true'));
    await expect(deepActiveElement()).toBe(tab('Scan code'));
    await press('{ArrowRight}');
    await waitFor(() => expect(tab('Open in browser')).toHaveAttribute('aria-selected', 'true'));
    await expect(args.onWalletFlow).toHaveBeenLastCalledWith({
      flow: 'open-in-browser',
      reason: 'user',
    });
  },
};

/**
 * Dark color scheme: the palette follows the page's `color-scheme`. The QR code keeps its own
 * white background and black modules, so phones scan it and a saved image looks right.
 */
export const Dark: Story = {
  globals: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    const wallet = await getWallet(canvasElement);
    await expect(getComputedStyle(wallet).colorScheme).toBe('dark');
    const base = part(wallet, 'base')!;
    await expect(luminance(getComputedStyle(base).backgroundColor)).toBeLessThan(0.1);
    await expect(luminance(getComputedStyle(part(wallet, 'title')!).color)).toBeGreaterThan(0.6);
    const code = await qrCode(wallet, 'QR code to pay CN¥128.00 with Alipay');
    await expect(code.querySelector('rect')).toHaveAttribute('fill', '#ffffff');
    await expect(code.querySelector('path')).toHaveAttribute('fill', '#000000');
  },
};

/**
 * A brand theme from `--pp-*` custom properties on any ancestor (shared with `<payment-picker>`),
 * plus `::part()` for what they do not cover. No component CSS is touched.
 */
export const CustomTheme: Story = {
  args: { flow: 'share' },
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
          --pp-gap: 6px;
          --pp-font: Georgia, 'Songti SC', serif;
          --pp-focus-ring: 3px dashed #9a3412;
        }
        .brand-checkout wallet-redirect::part(title) {
          text-transform: uppercase;
          letter-spacing: 0.08em;
        }
      </style>
      <div class="brand-checkout">${renderWallet(args)}</div>`,
  play: async ({ canvasElement }) => {
    const wallet = await getWallet(canvasElement);
    const share = inside(wallet).getByRole('button', { name: 'Share payment link' });
    await expect(getComputedStyle(share).backgroundColor).toBe('rgb(154, 52, 18)');
    await expect(getComputedStyle(share).color).toBe('rgb(255, 255, 255)');
    await expect(getComputedStyle(share).borderTopLeftRadius).toBe('4px');
    await expect(getComputedStyle(part(wallet, 'base')!).backgroundColor).toBe(
      'rgb(255, 251, 245)',
    );
    const title = part(wallet, 'title')!;
    await expect(getComputedStyle(title).fontFamily).toContain('Georgia');
    await expect(getComputedStyle(title).textTransform).toBe('uppercase');

    inside(wallet).getByRole('tab', { name: 'Ask a friend' }).focus();
    await press('{ArrowLeft}');
    const focused = inside(wallet).getByRole('tab', { name: 'Scan code' });
    await waitFor(() => expect(deepActiveElement()).toBe(focused));
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
