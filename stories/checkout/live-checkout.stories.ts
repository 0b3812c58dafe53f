import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { FinalStatus } from '../../src/core/types.js';
import type { WalletRedirect } from '../../src/wallet-redirect/wallet-redirect.js';
import { environments, getPicker, inside } from '../support/picker.js';
import { landingSession, lookUpJsapi, sandboxReachable, settlePayment } from './sandbox.js';
import { defineSandboxShop, type SandboxShop } from './sandbox-shop.js';

defineSandboxShop();

/** The story's controls: what the shop sends the sandbox, and how `<wallet-redirect>` is set up. */
interface LiveArgs {
  method: string;
  amount: string;
  currency: string;
  payee: string;
  ttlSeconds: number;
  flow: 'auto' | 'redirect' | 'qr' | 'share';
  pollInterval: number;
  redirectTimeout: number;
  phone: boolean;
  anyApp: boolean;
}

/**
 * The whole checkout for real: `<payment-picker>` → the shop's code creates a payment on the
 * sandbox wallet provider (`POST /sandbox/sessions`) → `<wallet-redirect>` hands it off → you pay
 * on the sandbox's wallet page (from a second tab, or by scanning the code with a phone on the
 * same network) → the story shows paid, because the sandbox says so.
 *
 * `npm start` runs the sandbox beside Storybook. In a static build there is no sandbox, and the
 * stories say so instead of failing. In the story tests, each `play` function places the order
 * and stands in for the shopper's phone (the JSON form of the wallet page's buttons).
 *
 * Once `wallet-status` says `paid`, the shop sets `disabled` on the `<payment-picker>` and on its
 * pay button, so the order can't be paid twice (see `onStatus` in sandbox-shop.ts).
 */
const meta = {
  title: 'Checkout/Live checkout',
  tags: ['!autodocs'],
  args: {
    method: '',
    amount: '128.00',
    currency: 'CNY',
    payee: 'Sandbox Shop',
    ttlSeconds: 900,
    flow: 'auto',
    pollInterval: 2000,
    redirectTimeout: 2500,
    phone: false,
    anyApp: false,
  },
  argTypes: {
    method: { control: 'select', options: ['', 'wechat-pay', 'alipay', 'unionpay'] },
    flow: { control: 'inline-radio', options: ['auto', 'redirect', 'qr', 'share'] },
    ttlSeconds: { control: { type: 'number', min: 1, max: 86400 } },
    phone: { description: 'Preview on a phone (Android Chrome) instead of this browser' },
    anyApp: { description: 'One code for any app (聚合码): the code opens the landing page' },
  },
  render: (args) =>
    html`<sandbox-shop
      method=${args.method}
      amount=${args.amount}
      currency=${args.currency}
      payee=${args.payee}
      flow=${args.flow}
      .ttlSeconds=${args.ttlSeconds}
      .pollInterval=${args.pollInterval}
      .redirectTimeout=${args.redirectTimeout}
      .environment=${args.phone ? environments.mobile : null}
      .keepPage=${args.phone}
      .anyApp=${args.anyApp}
    ></sandbox-shop>`,
} satisfies Meta<LiveArgs>;

export default meta;
type Story = StoryObj<LiveArgs>;

// ------------------------------------------------------------------ play helpers

/** The shop, once it knows whether the sandbox answers. */
async function getShop(canvasElement: HTMLElement): Promise<{ shop: SandboxShop; live: boolean }> {
  await customElements.whenDefined('sandbox-shop');
  const shop = canvasElement.querySelector('sandbox-shop')!;
  const live = await sandboxReachable();
  await waitFor(() => expect(shop.textContent).not.toContain('Looking for the sandbox'));
  return { shop, live };
}

/** Without a sandbox, the story says so plainly and the order button is off. */
async function expectNoSandboxNote(canvasElement: HTMLElement): Promise<void> {
  const canvas = within(canvasElement);
  await expect(canvas.getByRole('note')).toHaveTextContent(
    'No sandbox wallet is reachable from this page.',
  );
  await expect(canvas.getByRole('button', { name: 'Place order and pay' })).toBeDisabled();
}

/** Picks `methodName` in the picker and places the order; returns the pending hand-off. */
async function placeOrder(
  canvasElement: HTMLElement,
  shop: SandboxShop,
  methodName: string,
): Promise<WalletRedirect> {
  const picker = await getPicker(canvasElement);
  await userEvent.click(inside(picker).getByRole('radio', { name: methodName }));
  await userEvent.click(within(canvasElement).getByRole('button', { name: 'Place order and pay' }));
  return waitForPending(shop);
}

/** Waits for a `<wallet-redirect>` tracking a session (a new one after `previousId`). */
async function waitForPending(shop: SandboxShop, previousId?: string): Promise<WalletRedirect> {
  return waitFor(
    () => {
      const wallet = shop.wallet;
      expect(wallet?.status).toBe('pending');
      expect(shop.currentSession?.id).not.toBe(previousId);
      return wallet!;
    },
    { timeout: 5000 },
  );
}

/** Queries inside the hand-off's shadow root. */
function insideWallet(wallet: WalletRedirect) {
  return within(wallet.shadowRoot as unknown as HTMLElement);
}

/** Waits for the final view and status the sandbox decided. */
async function expectFinal(wallet: WalletRedirect, status: FinalStatus, heading: string) {
  await waitFor(
    async () => {
      await expect(wallet.status).toBe(status);
      await expect(
        insideWallet(wallet).getByRole('heading', { name: heading }),
      ).toBeInTheDocument();
    },
    { timeout: 5000 },
  );
}

/**
 * Once paid, the shop locks the order: `disabled` on the picker and on the pay button (checked
 * by the attribute too, as a shop's CSS or a second script would see it).
 */
async function expectOrderLocked(canvasElement: HTMLElement, locked = true): Promise<void> {
  const picker = canvasElement.querySelector('payment-picker')!;
  const payButton = within(canvasElement).getByRole('button', {
    name: 'Place order and pay',
    hidden: true,
  });
  await waitFor(() => expect(picker.disabled).toBe(locked));
  if (locked) {
    await expect(picker).toHaveAttribute('disabled');
    await expect(payButton).toBeDisabled();
  } else {
    await expect(picker).not.toHaveAttribute('disabled');
    await expect(payButton).toBeEnabled();
  }
}

/** Waits for the QR code to be drawn. */
async function expectQrCode(wallet: WalletRedirect): Promise<void> {
  await waitFor(
    () => expect(wallet.shadowRoot!.querySelector('svg[part~="qr-code"]')).not.toBeNull(),
    { timeout: 5000 },
  );
}

// ------------------------------------------------------------------ stories

/**
 * Desktop: pick WeChat Pay and place the order; scan the code with your phone (on the same
 * network as `npm start`), or open the sandbox wallet page in a new tab, and confirm.
 */
export const ScanQrCode: Story = {
  name: 'Scan a QR code',
  args: { flow: 'qr' },
  play: async ({ canvasElement }) => {
    const { shop, live } = await getShop(canvasElement);
    if (!live) return expectNoSandboxNote(canvasElement);
    const wallet = await placeOrder(canvasElement, shop, 'WeChat Pay');
    await expect(wallet.activeFlow).toBe('qr');
    await expectQrCode(wallet);
    await expect(insideWallet(wallet).getByRole('img')).toHaveAccessibleName(
      expect.stringContaining('WeChat Pay'),
    );
    await settlePayment(shop.currentSession!.id, 'confirm');
    await expectFinal(wallet, 'paid', 'Payment received');
    await expectOrderLocked(canvasElement);
  },
};

/**
 * "Ask a friend to pay": the shopper shares the friend-pay link (or lets a friend beside them
 * scan it); the friend pays on the sandbox's friend-pay page, and the shop's page shows paid.
 */
export const FriendPays: Story = {
  name: 'A friend pays',
  args: { flow: 'share' },
  play: async ({ canvasElement }) => {
    const { shop, live } = await getShop(canvasElement);
    if (!live) return expectNoSandboxNote(canvasElement);
    const wallet = await placeOrder(canvasElement, shop, 'Alipay');
    await expect(wallet.activeFlow).toBe('share');
    const panel = insideWallet(wallet);
    await expect(panel.getByRole('heading', { name: 'Ask a friend to pay' })).toBeVisible();
    await expect(panel.getByRole('button', { name: /Share/ })).toBeVisible();
    await expect(shop.currentSession?.shareUrl).toMatch(/\/sandbox\/friend\//);
    await settlePayment(shop.currentSession!.id, 'confirm');
    await expectFinal(wallet, 'paid', 'Payment received');
    await expectOrderLocked(canvasElement);
  },
};

/**
 * On a phone the hand-off opens the wallet app. Storybook's frame cannot leave, so the "app"
 * never opens here: after `redirect-timeout` the page is still visible, and the element falls
 * back to the QR code with a note (`wallet-flow` reason `app-not-opened`).
 */
export const RedirectWithFallback: Story = {
  name: 'Open the wallet app, with fallback',
  args: { phone: true, redirectTimeout: 1200 },
  play: async ({ canvasElement }) => {
    const { shop, live } = await getShop(canvasElement);
    if (!live) return expectNoSandboxNote(canvasElement);
    const wallet = await placeOrder(canvasElement, shop, 'Alipay');
    await expect(wallet.activeFlow).toBe('redirect');
    await waitFor(() =>
      expect(wallet.shadowRoot!.querySelector('[part~="open-button"]')).not.toBeNull(),
    );
    const openButton = wallet.shadowRoot!.querySelector<HTMLElement>('[part~="open-button"]')!;
    await expect(openButton).toHaveAccessibleName('Pay CN¥128.00 with Alipay');
    await userEvent.click(openButton);
    await waitFor(() => expect(wallet.activeFlow).toBe('qr'), { timeout: 4000 });
    await expect(wallet.shadowRoot!.querySelector('[part~="notice"]')).toHaveTextContent(
      'Alipay didn’t open. You can pay another way instead.',
    );
    // The element asked to navigate to the session's redirectUrl (the sandbox's "app" page).
    await expect(
      within(canvasElement).getByRole('link', { name: "the wallet app's page" }),
    ).toHaveAttribute('href', shop.currentSession!.redirectUrl);
    await settlePayment(shop.currentSession!.id, 'confirm');
    await expectFinal(wallet, 'paid', 'Payment received');
    await expectOrderLocked(canvasElement);
  },
};

/**
 * The code lives only a few seconds here (`ttlSeconds`): when it expires the code is hidden and
 * "Get a new code" fires `wallet-refresh`; the shop creates a new payment and the new code shows.
 */
export const ExpiryAndRefresh: Story = {
  name: 'Expiry and a new code',
  args: { flow: 'qr', ttlSeconds: 3 },
  play: async ({ canvasElement }) => {
    const { shop, live } = await getShop(canvasElement);
    if (!live) return expectNoSandboxNote(canvasElement);
    const wallet = await placeOrder(canvasElement, shop, 'WeChat Pay');
    const firstId = shop.currentSession!.id;
    await expectQrCode(wallet);
    await waitFor(() => expect(wallet.status).toBe('expired'), { timeout: 6000 });
    await userEvent.click(insideWallet(wallet).getByRole('button', { name: 'Get a new code' }));
    const renewed = await waitForPending(shop, firstId);
    await expectQrCode(renewed);
    await settlePayment(shop.currentSession!.id, 'confirm');
    await expectFinal(renewed, 'paid', 'Payment received');
    await expectOrderLocked(canvasElement);
  },
};

/** The shopper declines in the wallet: the sandbox says `failed`, and so does the page. */
export const Declined: Story = {
  args: { flow: 'qr' },
  play: async ({ canvasElement }) => {
    const { shop, live } = await getShop(canvasElement);
    if (!live) return expectNoSandboxNote(canvasElement);
    const wallet = await placeOrder(canvasElement, shop, 'UnionPay Cloud QuickPass');
    await expectQrCode(wallet);
    await settlePayment(shop.currentSession!.id, 'decline');
    await expectFinal(wallet, 'failed', 'Payment failed');
    // Not paid: nothing to lock.
    await expectOrderLocked(canvasElement, false);
  },
};

/**
 * One code for any app (聚合码): the code opens the sandbox's landing page (`qrPayload`), and the
 * panel names every wallet that can scan it (`scanWith`). Scan it with a phone on the same
 * network and pay there (the landing page simulates WeChat's or Alipay's pay sheet when its user
 * agent says it is inside one, or opens the sandbox wallet page in any other browser). Here the
 * `play` function stands in for the phone inside Alipay: it asks for the landing page's session
 * of the same order, looks the order up as the pay sheet does, and confirms; the desktop turns
 * paid because the sandbox says so.
 */
export const ScanWithAnyApp: Story = {
  name: 'Scan with any app',
  args: { flow: 'qr', anyApp: true },
  play: async ({ canvasElement }) => {
    const { shop, live } = await getShop(canvasElement);
    if (!live) return expectNoSandboxNote(canvasElement);
    const wallet = await placeOrder(canvasElement, shop, 'WeChat Pay');
    const session = shop.currentSession!;
    await expect(session.scanWith).toEqual(['wechat-pay', 'alipay']);
    await expect(session.qrPayload).toMatch(new RegExp(`/sandbox/landing/${session.id}$`));
    await expect(wallet.activeFlow).toBe('qr');
    await expectQrCode(wallet);
    const panel = wallet.shadowRoot!.querySelector<HTMLElement>('[part~="panel"]')!;
    await expect(panel).toHaveTextContent(/WeChat/);
    await expect(panel).toHaveTextContent(/Alipay/);

    // The phone, inside Alipay: the landing page's session is the same order, with a tradeNO.
    const onPhone = await landingSession(session.id, 'alipay');
    await expect(onPhone.id).toBe(session.id);
    await expect(onPhone.jsapi).toEqual({ tradeNO: expect.stringMatching(/^\d{28}$/) });
    const order = await lookUpJsapi('alipay', onPhone.jsapi);
    await expect(order).toMatchObject({ id: session.id, amount: '128.00', status: 'pending' });
    await expect(wallet.status).toBe('pending');
    await settlePayment(order.id, 'confirm');
    await expectFinal(wallet, 'paid', 'Payment received');
    await expectOrderLocked(canvasElement);
  },
};
