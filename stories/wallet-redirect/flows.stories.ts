import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { deepActiveElement, press } from '../support/keyboard.js';
import {
  alipaySession,
  announced,
  defaultArgs,
  environments,
  getWallet,
  inside,
  part,
  qrCode,
  renderWallet,
  stubSharing,
  tabNames,
  walletArgTypes,
  type WalletArgs,
} from './wallet.js';

/**
 * `<wallet-redirect>` hands the payment to the wallet the way that works where the shopper is:
 * a QR code on a computer, the wallet app on a phone, a link for a friend, or how to leave an
 * in-app browser that blocks the wallet. Each story fixes the `environment`, so it shows the
 * same flow in any browser; the status transport is a local `checkStatus` (no network).
 */
const meta = {
  title: 'Wallet redirect/Flows',
  component: 'wallet-redirect',
  tags: ['autodocs'],
  args: { ...defaultArgs },
  argTypes: walletArgTypes,
  render: (args) => renderWallet(args),
} satisfies Meta<WalletArgs>;

export default meta;
type Story = StoryObj<WalletArgs>;

/**
 * On a computer: a QR code to scan with the phone, named with amount and wallet, with amount,
 * payee and the time left beside it. Tabs switch to the other flows the session allows.
 */
export const QrOnDesktop: Story = {
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    const code = await qrCode(wallet, 'QR code to pay CN¥128.00 with Alipay');
    await expect(code).toBeVisible();
    await expect(part(wallet, 'qr-code')).toBe(code);
    await expect(inside(wallet).getByRole('heading', { name: 'Scan to pay' })).toBeVisible();
    await expect(part(wallet, 'hint')).toHaveTextContent(
      'Open Alipay on your phone and scan this code.',
    );
    await expect(part(wallet, 'amount')).toHaveTextContent('CN¥128.00');
    await expect(part(wallet, 'payee')).toHaveTextContent('Tea House');
    await expect(part(wallet, 'countdown')).toHaveTextContent(/Expires in (15:00|14:5\d)/);
    await expect(inside(wallet).getByRole('button', { name: 'Save image' })).toBeVisible();
    await expect(inside(wallet).getByRole('button', { name: 'Copy link' })).toBeVisible();

    await expect(inside(wallet).getByRole('tablist', { name: 'How to pay' })).toBeVisible();
    await expect(tabNames(wallet)).toEqual(['Open app', 'Scan code', 'Ask a friend']);
    await expect(inside(wallet).getByRole('tab', { selected: true })).toHaveTextContent(
      'Scan code',
    );
    await expect(inside(wallet).getByRole('tabpanel', { name: 'Scan code' })).toContainElement(
      code,
    );
    await expect(part(wallet, 'status')).toHaveTextContent('Waiting for your payment…');
    await expect(args.onWalletFlow).toHaveBeenCalledOnce();
    await expect(args.onWalletFlow).toHaveBeenCalledWith({
      flow: 'qr',
      reason: 'desktop',
    });
    await expect(args.onWalletStatus).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'pending' }),
    );
    await expect(wallet.activeFlow).toBe('qr');
    await expect(args.onWalletError).not.toHaveBeenCalled();
  },
};

/**
 * Ask a friend to pay (找朋友帮忙付): a button that shares the link, and a code of the link for a
 * friend standing beside the shopper. Without a share sheet (desktop Chromium), Share copies the
 * link to the clipboard; the story stubs both so it behaves alike in every browser.
 */
export const ShareOnDesktop: Story = {
  args: { flow: 'share' },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    await expect(
      inside(wallet).getByRole('heading', { name: 'Ask a friend to pay' }),
    ).toBeVisible();
    await expect(part(wallet, 'hint')).toHaveTextContent(
      'Send this link to a friend who can pay CN¥128.00 for you.',
    );
    await expect(await qrCode(wallet, 'QR code of the payment link for a friend')).toBeVisible();
    await expect(args.onWalletFlow).toHaveBeenCalledWith({ flow: 'share', reason: 'requested' });

    const copied: string[] = [];
    const restore = stubSharing({
      share: undefined,
      writeText: (text) => (copied.push(text), Promise.resolve()),
    });
    try {
      await userEvent.click(inside(wallet).getByRole('button', { name: 'Share payment link' }));
      await waitFor(() => expect(args.onWalletShare).toHaveBeenCalledOnce());
    } finally {
      restore();
    }
    await expect(args.onWalletShare).toHaveBeenCalledWith({ via: 'clipboard' });
    await expect(copied).toEqual([alipaySession.shareUrl]);
    await waitFor(() => expect(announced(wallet)).toBe('Link copied.'));
    await expect(part(wallet, 'link-field')).toBeNull();
  },
};

/**
 * When neither a share sheet nor the clipboard takes the link, it is shown in a read-only field
 * to select and send by hand, and `wallet-error` `share-failed` is fired.
 */
export const ShareLinkField: Story = {
  args: { flow: 'share' },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    const restore = stubSharing({
      share: undefined,
      writeText: () => Promise.reject(new DOMException('Denied (story)', 'NotAllowedError')),
    });
    try {
      await userEvent.click(inside(wallet).getByRole('button', { name: 'Share payment link' }));
      await waitFor(() => expect(part(wallet, 'link-field')).not.toBeNull());
    } finally {
      restore();
    }
    const field = inside(wallet).getByRole('textbox', { name: 'Payment link' });
    await expect(field).toHaveValue(alipaySession.shareUrl);
    await expect(field).toHaveAttribute('readonly');
    await expect(part(wallet, 'link-message')).toHaveTextContent(
      'Couldn’t share or copy the link. Select it below and send it yourself.',
    );
    await expect(args.onWalletError).toHaveBeenCalledOnce();
    await expect(args.onWalletError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'share-failed' }),
    );
    await expect(args.onWalletShare).not.toHaveBeenCalled();
  },
};

/**
 * On a phone: one button that says it commits to pay, and opens the wallet app. The story's
 * `navigate` records the URL instead of leaving; `wallet-redirect` fires first (cancelable).
 * A long `redirect-timeout` keeps the "Opening…" state on screen.
 */
export const RedirectOnMobile: Story = {
  args: { environment: environments.mobile, 'redirect-timeout': 8000 },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    await expect(
      inside(wallet).getByRole('heading', { name: 'Pay in the Alipay app' }),
    ).toBeVisible();
    await expect(part(wallet, 'amount')).toHaveTextContent('CN¥128.00');
    await expect(part(wallet, 'payee')).toHaveTextContent('Tea House');
    await expect(args.onWalletFlow).toHaveBeenCalledWith({ flow: 'redirect', reason: 'mobile' });
    const pay = inside(wallet).getByRole('button', { name: 'Pay CN¥128.00 with Alipay' });
    await expect(pay).toBe(part(wallet, 'open-button'));

    await userEvent.click(pay);
    await expect(args.onWalletRedirect).toHaveBeenCalledOnce();
    await expect(args.onWalletRedirect).toHaveBeenCalledWith({
      url: alipaySession.redirectUrl,
    });
    await expect(args.navigate).toHaveBeenCalledOnce();
    await expect(args.navigate).toHaveBeenCalledWith(alipaySession.redirectUrl);
    await waitFor(() => expect(pay).toHaveTextContent('Opening Alipay…'));
    await expect(pay).toHaveAttribute('aria-disabled', 'true');
    // A second tap while opening does nothing.
    await userEvent.click(pay);
    await expect(args.navigate).toHaveBeenCalledOnce();
  },
};

/**
 * The wallet app did not open: the page stayed visible for `redirect-timeout` ms, so the element
 * falls back to the QR code (`wallet-flow` reason `app-not-opened`) and says so.
 */
export const RedirectFallback: Story = {
  args: { environment: environments.mobile, 'redirect-timeout': 400 },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    await userEvent.click(
      inside(wallet).getByRole('button', { name: 'Pay CN¥128.00 with Alipay' }),
    );
    await expect(args.navigate).toHaveBeenCalledOnce();
    await expect(args.navigate).toHaveBeenCalledWith(alipaySession.redirectUrl);
    await waitFor(() => expect(wallet.activeFlow).toBe('qr'), { timeout: 3000 });
    await expect(args.onWalletFlow).toHaveBeenLastCalledWith({
      flow: 'qr',
      reason: 'app-not-opened',
    });
    await wallet.updateComplete;
    await expect(part(wallet, 'notice')).toHaveTextContent(
      'Alipay didn’t open. You can pay another way instead.',
    );
    await expect(inside(wallet).getByRole('tab', { selected: true })).toHaveTextContent(
      'Scan code',
    );
    await expect(await qrCode(wallet, 'QR code to pay CN¥128.00 with Alipay')).toBeVisible();
    await expect(announced(wallet)).toBe('Alipay didn’t open. You can pay another way instead.');
  },
};

/**
 * Alipay inside WeChat: WeChat blocks Alipay's links, so the shopper is shown how to open the
 * page in a real browser (an arrow to the ⋯ menu, the steps, "Copy page link"), with the QR code
 * and the friend link as alternatives in the tabs.
 */
export const OpenInBrowserInWeChat: Story = {
  args: { environment: environments.wechat },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    await expect(args.onWalletFlow).toHaveBeenCalledWith({
      flow: 'open-in-browser',
      reason: 'blocked-in-app',
    });
    await expect(
      inside(wallet).getByRole('heading', { name: 'Open this page in your browser' }),
    ).toBeVisible();
    await expect(part(wallet, 'hint')).toHaveTextContent('Alipay can’t be opened inside WeChat.');
    await expect(part(wallet, 'steps')).toHaveTextContent(
      'Tap ⋯ at the top right and choose “Open in Safari”.',
    );
    const arrow = part(wallet, 'menu-arrow')!;
    await expect(arrow).toBeVisible();
    await expect(arrow).toHaveAttribute('aria-hidden', 'true');
    await expect(tabNames(wallet)).toEqual(['Open in browser', 'Scan code', 'Ask a friend']);

    const copied: string[] = [];
    const restore = stubSharing({ writeText: (text) => (copied.push(text), Promise.resolve()) });
    try {
      await userEvent.click(inside(wallet).getByRole('button', { name: 'Copy page link' }));
      await waitFor(() => expect(copied).toEqual([window.location.href]));
    } finally {
      restore();
    }
    await waitFor(() => expect(announced(wallet)).toBe('Link copied.'));

    await userEvent.click(inside(wallet).getByRole('tab', { name: 'Scan code' }));
    await expect(await qrCode(wallet, 'QR code to pay CN¥128.00 with Alipay')).toBeVisible();
    await expect(args.onWalletFlow).toHaveBeenLastCalledWith({ flow: 'qr', reason: 'user' });
  },
};

/**
 * The flow tabs follow the WAI-ARIA tabs pattern: one tab stop, Left/Right move and choose
 * (wrapping), Home/End go to the ends. The keys are real key presses in the story tests.
 */
export const TabsSwitching: Story = {
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    const tab = (name: string) => inside(wallet).getByRole('tab', { name });
    const expectOn = async (name: string, panelPart: string) => {
      await waitFor(() => expect(tab(name)).toHaveAttribute('aria-selected', 'true'));
      await expect(deepActiveElement()).toBe(tab(name));
      await expect(part(wallet, panelPart)).not.toBeNull();
      await expect(inside(wallet).getAllByRole('tab', { selected: true })).toHaveLength(1);
    };
    await expect(tab('Scan code')).toHaveAttribute('tabindex', '0');
    await expect(tab('Ask a friend')).toHaveAttribute('tabindex', '-1');
    tab('Scan code').focus();

    await press('{ArrowRight}');
    await expectOn('Ask a friend', 'share-panel');
    await press('{ArrowRight}');
    await expectOn('Open app', 'redirect-panel');
    await press('{ArrowLeft}');
    await expectOn('Ask a friend', 'share-panel');
    await press('{Home}');
    await expectOn('Open app', 'redirect-panel');
    await press('{End}');
    await expectOn('Ask a friend', 'share-panel');
    await press('{ArrowLeft}');
    await expectOn('Scan code', 'qr-panel');

    await expect(args.onWalletFlow).toHaveBeenCalledTimes(7);
    await expect(args.onWalletFlow).toHaveBeenLastCalledWith({ flow: 'qr', reason: 'user' });
    await expect(args.navigate).not.toHaveBeenCalled();
  },
};
