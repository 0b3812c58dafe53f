import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  alipaySession,
  environments,
  getWallet,
  inside,
  part,
  qrCode,
  statusReplies,
  tabNames,
  type WalletArgs,
  walletMeta,
} from './wallet.js';

/**
 * Bad input from the shop never throws and never navigates anywhere unsafe: a visible, localized
 * message, a `wallet-error` with a code, and whatever is still safe stays usable.
 */
const meta = {
  title: 'Wallet redirect/Errors',
  tags: ['autodocs'],
  ...walletMeta,
} satisfies Meta<WalletArgs>;

export default meta;
type Story = StoryObj<WalletArgs>;

const neverAsked = statusReplies('pending');

/**
 * The `session` attribute is not JSON (here, cut short): `invalid-session`, a message in the
 * page's language, and nothing tracked.
 */
export const InvalidSession: Story = {
  args: {
    session: '{"id": "order-42", "method": "alipay", "amount": "128.00"',
    checkStatus: neverAsked,
  },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    await expect(part(wallet, 'error')).toHaveTextContent(
      'This payment can’t be shown. Please go back and try again.',
    );
    await expect(args.onWalletError).toHaveBeenCalledOnce();
    await expect(args.onWalletError).toHaveBeenCalledWith(
      expect.objectContaining({
        code: 'invalid-session',
        message: expect.stringContaining('JSON'),
      }),
    );
    await expect(wallet.status).toBe('idle');
    await expect(wallet.activeFlow).toBeNull();
    await expect(inside(wallet).queryByRole('tablist')).toBeNull();
    await expect(inside(wallet).queryAllByRole('button')).toHaveLength(0);
    await expect(args.onWalletStatus).not.toHaveBeenCalled();
    await expect(neverAsked.calls).toBe(0);

    // The message follows the page's language.
    const frame = wallet.closest('[lang]')!;
    const lang = frame.getAttribute('lang')!;
    try {
      frame.setAttribute('lang', 'zh-CN');
      await waitFor(() =>
        expect(part(wallet, 'error')).toHaveTextContent('无法显示此笔支付，请返回后重试。'),
      );
      frame.setAttribute('lang', 'zh-TW');
      await waitFor(() =>
        expect(part(wallet, 'error')).toHaveTextContent('無法顯示此筆付款，請返回後重試。'),
      );
    } finally {
      frame.setAttribute('lang', lang);
    }
  },
};

/**
 * A `javascript:` `redirectUrl` is refused (`unsafe-url`): no "Open app" flow and no navigation,
 * while the QR code and the friend link of the same session still work.
 */
export const UnsafeUrl: Story = {
  args: {
    environment: environments.mobile,
    session: { ...alipaySession, redirectUrl: 'javascript:alert(document.domain)' },
  },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    await expect(part(wallet, 'error')).toHaveTextContent(
      'Some ways to pay aren’t available here.',
    );
    await expect(args.onWalletError).toHaveBeenCalledOnce();
    await expect(args.onWalletError).toHaveBeenCalledWith(
      expect.objectContaining({
        code: 'unsafe-url',
        message: expect.stringContaining('redirectUrl'),
      }),
    );
    await expect(tabNames(wallet)).toEqual(['Scan code', 'Ask a friend']);
    await expect(wallet.activeFlow).toBe('qr');
    await expect(await qrCode(wallet, 'QR code to pay CN¥128.00 with Alipay')).toBeVisible();
    await expect(inside(wallet).queryByRole('button', { name: /Pay .* with Alipay/ })).toBeNull();

    wallet.open();
    await expect(args.navigate).not.toHaveBeenCalled();
    await expect(args.onWalletRedirect).not.toHaveBeenCalled();

    await userEvent.click(inside(wallet).getByRole('tab', { name: 'Ask a friend' }));
    await expect(inside(wallet).getByRole('button', { name: 'Share payment link' })).toBeVisible();
    await expect(wallet.status).toBe('pending');
  },
};

/**
 * Careless serialization: blank fields (`""`) are absent, a mistyped `shareUrl` (a number) is
 * left out with `invalid-field`, and an amount with more decimals than the currency has is never
 * rounded: `invalid-amount` and a note where the amount would be. The rest of the session works.
 */
export const MalformedFields: Story = {
  args: {
    session: {
      ...alipaySession,
      amount: '99.999',
      payee: '',
      shareUrl: 123 as unknown as string,
    },
  },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    await expect(args.onWalletError).toHaveBeenCalledWith(
      expect.objectContaining({
        code: 'invalid-field',
        message: expect.stringContaining('shareUrl'),
      }),
    );
    await expect(args.onWalletError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'invalid-amount' }),
    );
    await expect(part(wallet, 'amount-note')).toHaveTextContent(
      'Can’t be shown here. Check it in Alipay before you pay.',
    );
    await expect(part(wallet, 'payee')).toBeNull();
    // Without the friend link, a computer has the code alone (no "Open app" there): no tabs.
    await expect(tabNames(wallet)).toEqual([]);
    await expect(await qrCode(wallet, 'QR code to pay with Alipay')).toBeVisible();
    await expect(wallet.status).toBe('pending');
  },
};

/**
 * A payload too long for any QR code (5,000 characters): `qr-too-long` for the shop, and for the
 * shopper a calm note in the code's place (no red box, no countdown running beside an empty
 * frame) with the ways forward under it: "Ask a friend" and "Copy link". The story ends on the
 * QR tab.
 */
export const QrTooLong: Story = {
  args: {
    session: { ...alipaySession, qrPayload: `https://qr.alipay.com/${'x'.repeat(5000)}` },
  },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    await waitFor(
      () =>
        expect(args.onWalletError).toHaveBeenCalledWith(
          expect.objectContaining({ code: 'qr-too-long' }),
        ),
      { timeout: 5000 },
    );
    await wallet.updateComplete;
    await expect(part(wallet, 'qr-placeholder')).toHaveTextContent(
      'This code is too long to show on this screen.',
    );
    await expect(part(wallet, 'error')).toBeNull();
    await expect(part(wallet, 'countdown')).toBeNull();
    await expect(inside(wallet).queryByRole('img')).toBeNull();
    await expect(inside(wallet).queryByRole('button', { name: 'Save image' })).toBeNull();
    await expect(inside(wallet).getByRole('button', { name: 'Copy link' })).toBeVisible();

    await userEvent.click(inside(wallet).getByRole('button', { name: 'Ask a friend' }));
    await expect(inside(wallet).getByRole('button', { name: 'Share payment link' })).toBeVisible();
    await expect(await qrCode(wallet, 'QR code of the payment link for a friend')).toBeVisible();
    await expect(args.onWalletError).toHaveBeenCalledOnce();
    await userEvent.click(inside(wallet).getByRole('tab', { name: 'Scan code' }));
    await expect(part(wallet, 'qr-placeholder')).toBeVisible();
  },
};
