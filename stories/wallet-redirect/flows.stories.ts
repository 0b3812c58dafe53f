import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { deepActiveElement, press } from '../support/keyboard.js';
import {
  alipaySession,
  announced,
  environments,
  getWallet,
  inside,
  part,
  qrCode,
  stubSharing,
  tabNames,
  type WalletArgs,
  walletMeta,
} from './wallet.js';
import walletIconUrl from '../payment-picker/assets/shop-wallet.svg?no-inline';

/**
 * `<wallet-redirect>` hands the payment to the wallet the way that works where the shopper is:
 * a QR code on a computer, the wallet app on a phone, a link for a friend, or how to leave an
 * in-app browser that blocks the wallet. Each story fixes the `environment`, so it shows the
 * same flow in any browser; the status transport is a local `checkStatus` (no network).
 */
const meta = {
  title: 'Wallet redirect/Flows',
  tags: ['autodocs'],
  ...walletMeta,
} satisfies Meta<WalletArgs>;

export default meta;
type Story = StoryObj<WalletArgs>;

/**
 * On a computer, as the cashiers lay it out: amount and payee first, then the code on a card with
 * the wallet's mark and name, the instruction ("Open Alipay on your phone…") and the time left
 * under it. No "Open app" tab: the wallet's app is on the phone. Tabs switch to the other flows.
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
    await expect(part(wallet, 'countdown')).toHaveTextContent(/Pay within (15:00|14:5\d)/);
    await expect(part(wallet, 'wallet-mark')).toHaveTextContent('Alipay');
    // Reading order: the amount comes before the code, the instruction and time after it.
    const order = (a: Element, b: Element) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING;
    await expect(order(part(wallet, 'amount')!, code)).toBeTruthy();
    await expect(order(code, part(wallet, 'hint')!)).toBeTruthy();
    await expect(order(code, part(wallet, 'countdown')!)).toBeTruthy();
    await expect(inside(wallet).getByRole('button', { name: 'Save image' })).toBeVisible();
    await expect(inside(wallet).getByRole('button', { name: 'Copy link' })).toBeVisible();

    await expect(inside(wallet).getByRole('tablist', { name: 'How to pay' })).toBeVisible();
    await expect(tabNames(wallet)).toEqual(['Scan code', 'Ask a friend']);
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
 * On a phone, nobody can scan their own screen. The seeds' answer (Taobao, 2023): save the code
 * and scan it from the album. The panel leads with "Save image" (the filled button), the three
 * steps under the code naming the app ("Open Alipay and tap Scan"; in zh-CN 保存二维码到相册 →
 * 打开支付宝扫一扫 → 从相册选取二维码), and "Ask a friend" beside it.
 */
export const QrOnPhone: Story = {
  args: { environment: environments.mobile, flow: 'qr' },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    await expect(await qrCode(wallet, 'QR code to pay CN¥128.00 with Alipay')).toBeVisible();
    await expect(
      inside(wallet).getByRole('heading', { name: 'Save the code, then scan it' }),
    ).toBeVisible();
    const steps = [...part(wallet, 'save-steps')!.querySelectorAll('li')].map((li) =>
      li.textContent!.trim(),
    );
    await expect(steps).toEqual([
      'Save the code to your photos',
      'Open Alipay and tap Scan',
      'Choose the code from your album',
    ]);
    // Not "scan with your phone" on the phone itself.
    await expect(part(wallet, 'qr-panel')).not.toHaveTextContent('on your phone');
    const save = inside(wallet).getByRole('button', { name: 'Save image' });
    const buttons = [...part(wallet, 'actions')!.querySelectorAll('button')];
    await expect(buttons[0]).toBe(save);
    await expect(save).toHaveClass('primary');
    await userEvent.click(inside(wallet).getByRole('button', { name: 'Ask a friend' }));
    await expect(args.onWalletFlow).toHaveBeenLastCalledWith({ flow: 'share', reason: 'user' });
    await expect(part(wallet, 'share-panel')).toBeVisible();
    await userEvent.click(inside(wallet).getByRole('tab', { name: 'Scan code' }));
    await expect(part(wallet, 'save-steps')).toBeVisible();
  },
};

/** The same on a phone in Simplified Chinese: the app is 支付宝 (for WeChat Pay, 微信, not 微信支付). */
export const QrOnPhoneInChinese: Story = {
  args: {
    environment: environments.mobile,
    flow: 'qr',
    session: { ...alipaySession, method: 'wechat-pay' },
  },
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    const wallet = await getWallet(canvasElement);
    await expect(await qrCode(wallet, /微信支付/)).toBeVisible();
    const steps = [...part(wallet, 'save-steps')!.querySelectorAll('li')].map((li) =>
      li.textContent!.trim(),
    );
    await expect(steps).toEqual(['保存二维码到相册', '打开微信扫一扫', '从相册选取二维码']);
    await expect(inside(wallet).getByRole('button', { name: '保存图片' })).toBeVisible();
    await expect(part(wallet, 'wallet-mark')).toHaveTextContent('微信支付');
    await expect(part(wallet, 'countdown')).toHaveTextContent(/请在 1[45]:\d\d 内完成支付/);
  },
};

/**
 * A shop that holds the wallets' brand assets shows its own image for the method on the code's
 * frame (`wallet-icon`, the same `icon` as in the picker); the library's own glyphs are neutral.
 */
export const WithShopIcon: Story = {
  args: { 'wallet-icon': walletIconUrl },
  play: async ({ canvasElement }) => {
    const wallet = await getWallet(canvasElement);
    const image = part(wallet, 'wallet-mark')!.querySelector('img')!;
    await expect(image.getAttribute('src')).toBe(walletIconUrl);
    await expect(image).toHaveAttribute('alt', '');
    await expect(part(wallet, 'wallet-mark')).toHaveTextContent('Alipay');
    await waitFor(() => expect(image.naturalWidth).toBeGreaterThan(0));
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
    await expect(inside(wallet).getByRole('heading', { name: 'Pay in Alipay' })).toBeVisible();
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
 * page in a real browser. As pages made for WeChat do, the whole screen dims and an arrow points
 * from the top-right corner at WeChat's own ⋯ menu; "Got it" (or Escape, or a tap on the dimmed
 * area) leaves the panel with the steps, "Copy page link", and the QR code and the friend link as
 * alternatives in the tabs. The story ends on this panel.
 */
export const OpenInBrowserInWeChat: Story = {
  args: { environment: environments.wechat },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    await expect(args.onWalletFlow).toHaveBeenCalledWith({
      flow: 'open-in-browser',
      reason: 'blocked-in-app',
    });
    // The overlay: over the whole screen, the arrow in its top-right corner, "Got it" focused.
    const overlay = part(wallet, 'browser-overlay')!;
    await expect(overlay).toBeVisible();
    await expect(overlay).toHaveTextContent('Tap ⋯ at the top right and choose “Open in Safari”.');
    const box = overlay.getBoundingClientRect();
    await expect([box.left, box.top, box.width, box.height]).toEqual([
      0,
      0,
      window.innerWidth,
      window.innerHeight,
    ]);
    const arrow = part(wallet, 'menu-arrow')!;
    await expect(arrow).toHaveAttribute('aria-hidden', 'true');
    await expect(window.innerWidth - arrow.getBoundingClientRect().right).toBeLessThan(24);
    await expect(arrow.getBoundingClientRect().top).toBeLessThan(16);
    const gotIt = inside(wallet).getByRole('button', { name: 'Got it' });
    await waitFor(() => expect(deepActiveElement()).toBe(gotIt));
    await press('{Escape}');
    await waitFor(() => expect(part(wallet, 'browser-overlay')).toBeNull());

    await expect(
      inside(wallet).getByRole('heading', { name: 'Open this page in your browser' }),
    ).toBeVisible();
    await expect(part(wallet, 'hint')).toHaveTextContent('Alipay can’t be opened inside WeChat.');
    await expect(part(wallet, 'steps')).toHaveTextContent(
      'Tap ⋯ at the top right and choose “Open in Safari”.',
    );
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

    // The code is one tab away, and back: the story ends on its subject.
    await userEvent.click(inside(wallet).getByRole('tab', { name: 'Scan code' }));
    await expect(await qrCode(wallet, 'QR code to pay CN¥128.00 with Alipay')).toBeVisible();
    await expect(args.onWalletFlow).toHaveBeenLastCalledWith({ flow: 'qr', reason: 'user' });
    await userEvent.click(inside(wallet).getByRole('tab', { name: 'Open in browser' }));
    await expect(part(wallet, 'open-in-browser-panel')).toBeVisible();
    await expect(part(wallet, 'browser-overlay')).toBeNull();
  },
};

/**
 * The flow tabs follow the WAI-ARIA tabs pattern: one tab stop, Left/Right move and choose
 * (wrapping), Home/End go to the ends. The keys are real key presses in the story tests. (On a
 * phone, showing the code first, so all three flows are there.)
 */
export const TabsSwitching: Story = {
  args: { environment: environments.mobile, flow: 'qr' },
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
    await expect(args.onWalletFlow).toHaveBeenNthCalledWith(1, { flow: 'qr', reason: 'requested' });
    await expect(args.onWalletFlow).toHaveBeenLastCalledWith({ flow: 'qr', reason: 'user' });
    await expect(args.navigate).not.toHaveBeenCalled();
  },
};
