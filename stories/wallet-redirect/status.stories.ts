import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { PaymentStatus } from '../../src/core/types.js';
import { deepActiveElement } from '../support/keyboard.js';
import {
  announced,
  defaultArgs,
  getWallet,
  inside,
  part,
  renderWallet,
  expiringShop,
  statusReplies,
  unreachableShop,
  type WalletArgs,
  type WalletRedirect,
  walletMeta,
} from './wallet.js';

/**
 * The status is only what the shop's server says. Here a local `checkStatus` plays the server
 * (no network): pending while the shopper pays, then one final status — paid, failed, expired or
 * cancelled — each with its own view, a slot for the shop's content, and an announcement.
 */
const meta = {
  title: 'Wallet redirect/Status',
  tags: ['autodocs'],
  ...walletMeta,
  args: { ...defaultArgs, 'poll-interval': 300 },
} satisfies Meta<WalletArgs>;

export default meta;
type Story = StoryObj<WalletArgs>;

/** The statuses `wallet-status` reported, in order. */
function statuses(args: WalletArgs): PaymentStatus[] {
  const spy = args.onWalletStatus as unknown as { mock: { calls: [{ status: PaymentStatus }][] } };
  return spy.mock.calls.map(([detail]) => detail.status);
}

/** Waits for the final view of `status` and checks what every final view has in common. */
async function finalView(wallet: WalletRedirect, status: PaymentStatus): Promise<HTMLElement> {
  await waitFor(() => expect(part(wallet, `final-${status}`)).not.toBeNull(), { timeout: 4000 });
  await expect(wallet.status).toBe(status);
  // Nothing to wait for any more: no status line, no tabs, no code.
  await expect(part(wallet, 'status')).toBeNull();
  await expect(inside(wallet).queryByRole('tablist')).toBeNull();
  await expect(part(wallet, 'qr-code')).toBeNull();
  return part(wallet, `final-${status}`)!;
}

const pendingShop = statusReplies('pending');

/**
 * Waiting for the payment: the status line under the flow, and "I have paid", which asks the
 * shop at once (the shopper is back from the wallet app).
 */
export const Pending: Story = {
  args: { 'poll-interval': 2000, checkStatus: pendingShop },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    await expect(part(wallet, 'status')).toHaveTextContent('Waiting for your payment…');
    await waitFor(() => expect(pendingShop.calls).toBeGreaterThan(0));
    const before = pendingShop.calls;
    const check = inside(wallet).getByRole('button', { name: 'I have paid' });
    await userEvent.click(check);
    await waitFor(() => expect(pendingShop.calls).toBe(before + 1));
    await waitFor(() => expect(check).toHaveTextContent('Checking…'));
    await expect(check).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(check).toHaveTextContent('I have paid'), { timeout: 3000 });
    await expect(wallet.status).toBe('pending');
    await expect(statuses(args)).toEqual(['pending']);
    await expect(part(wallet, 'unreachable')).toBeNull();
  },
};

/**
 * Under two minutes the countdown says so in words and turns amber: "Only 1:50 left to pay" —
 * text and weight, not colour alone.
 */
export const TwoMinutesLeft: Story = {
  args: { expiresInSeconds: 110 },
  play: async ({ canvasElement }) => {
    const wallet = await getWallet(canvasElement);
    const countdown = part(wallet, 'countdown')!;
    await expect(countdown).toHaveTextContent(/Only 1:[45]\d left to pay/);
    await expect(countdown.getAttribute('part')).toBe('countdown countdown-soon');
    await expect(getComputedStyle(countdown).fontWeight).toBe('600');
  },
};

/**
 * The last minute: "Hurry: 0:59 left", in red with a mark, ticking every second on screen; screen
 * readers hear about it once, "One minute left to pay.", not every second.
 */
export const OneMinuteLeft: Story = {
  args: { expiresInSeconds: 61 },
  play: async ({ canvasElement }) => {
    const wallet = await getWallet(canvasElement);
    await expect(part(wallet, 'countdown')).toHaveTextContent(/Only 1:0[01] left to pay/);
    await waitFor(() => expect(announced(wallet)).toBe('One minute left to pay.'), {
      timeout: 3000,
    });
    await waitFor(() => expect(part(wallet, 'countdown')).toHaveTextContent(/Hurry: 0:5\d left/), {
      timeout: 3000,
    });
    await expect(part(wallet, 'countdown')!.getAttribute('part')).toBe('countdown countdown-now');
    await expect(wallet.status).toBe('pending');
  },
};

/**
 * Paid: the amount again, large, a thank-you, and "Continue" (完成), which fires `wallet-continue`
 * for the shop to show the order. Focus moves to the heading (the shopper is here and nothing
 * else has focus), and it is announced.
 */
export const Paid: Story = {
  args: { checkStatus: statusReplies('pending', 'paid') },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    const view = await finalView(wallet, 'paid');
    const heading = inside(wallet).getByRole('heading', { name: 'Payment received' });
    await expect(view).toContainElement(heading);
    await waitFor(() => expect(deepActiveElement()).toBe(heading));
    await expect(part(wallet, 'final-amount')).toHaveTextContent('CN¥128.00');
    await expect(view).toHaveTextContent('Thank you! Your payment is confirmed.');
    await userEvent.click(inside(wallet).getByRole('button', { name: 'Continue' }));
    await expect(args.onWalletContinue).toHaveBeenCalledWith({
      status: 'paid',
      session: expect.objectContaining({ id: 'order-42' }),
    });
    await expect(announced(wallet)).toBe('Payment received');
    await expect(statuses(args)).toEqual(['pending', 'paid']);
    await expect(args.onWalletStatus).toHaveBeenLastCalledWith(
      expect.objectContaining({ session: expect.objectContaining({ id: 'order-42' }) }),
    );
  },
};

/**
 * Failed: no money was taken; focus moves to the heading. A way forward: "Try again" (a new
 * session, `wallet-refresh`) and "Choose another method" (`wallet-change-method`).
 */
export const Failed: Story = {
  args: { checkStatus: statusReplies('pending', 'failed') },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    const view = await finalView(wallet, 'failed');
    const heading = inside(wallet).getByRole('heading', { name: 'Payment failed' });
    await waitFor(() => expect(deepActiveElement()).toBe(heading));
    await expect(view).toHaveTextContent('The payment didn’t go through. No money was taken.');
    await expect(announced(wallet)).toBe('Payment failed');
    await expect(statuses(args)).toEqual(['pending', 'failed']);
    await userEvent.click(inside(wallet).getByRole('button', { name: 'Choose another method' }));
    await expect(args.onWalletChangeMethod).toHaveBeenCalledWith({
      status: 'failed',
      session: expect.objectContaining({ id: 'order-42' }),
    });
    await userEvent.click(inside(wallet).getByRole('button', { name: 'Try again' }));
    await expect(args.onWalletRefresh).toHaveBeenCalledWith({
      session: expect.objectContaining({ id: 'order-42' }),
    });
  },
};

/**
 * Expired: at `expiresAt` (here 3 s after the story renders) the code disappears and the element
 * asks the shop, whose `expired` ends the payment (never the device's clock alone). "Get a new
 * code" fires `wallet-refresh`; the shop answers with a new `session`.
 */
export const Expired: Story = {
  args: { expiresInSeconds: 3, checkStatus: expiringShop },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    await expect(part(wallet, 'countdown')).toHaveTextContent(/Hurry: 0:0[123] left/);
    const view = await finalView(wallet, 'expired');
    await expect(
      inside(wallet).getByRole('heading', { name: 'This payment has expired' }),
    ).toBeVisible();
    await expect(view).toHaveTextContent('The time to pay ran out. Get a new code to try again.');
    await expect(statuses(args)).toEqual(['pending', 'expired']);

    await userEvent.click(inside(wallet).getByRole('button', { name: 'Get a new code' }));
    await expect(args.onWalletRefresh).toHaveBeenCalledOnce();
    await expect(args.onWalletRefresh).toHaveBeenCalledWith({
      session: expect.objectContaining({ id: 'order-42', method: 'alipay' }),
    });
    await expect(
      inside(wallet).getByRole('button', { name: 'Choose another method' }),
    ).toBeVisible();
  },
};

/**
 * The code's time ran out, but the shop still says `pending` (a shopper may be confirming in the
 * wallet at the last second): the code is hidden and "Get a new code" offered, while the element
 * keeps asking for two minutes, so a late payment still shows. `wallet-status` stays `pending`:
 * only the shop's reply ends a payment.
 */
export const ExpiredAwaitingShop: Story = {
  name: 'Expired, the shop not yet',
  args: { expiresInSeconds: 2, checkStatus: pendingShop },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    await waitFor(() => expect(part(wallet, 'final-expired')).not.toBeNull(), { timeout: 4000 });
    await expect(part(wallet, 'qr-code')).toBeNull();
    await expect(part(wallet, 'status')).toHaveTextContent('Paid just now? We’ll confirm it here.');
    await expect(inside(wallet).getByRole('button', { name: 'I have paid' })).toBeVisible();
    await expect(inside(wallet).getByRole('button', { name: 'Get a new code' })).toBeVisible();
    await expect(statuses(args)).toEqual(['pending']);
    await expect(wallet.status).toBe('pending');
  },
};

/** Cancelled (by the shopper in the wallet, or by the shop). Focus stays where it was. */
export const Cancelled: Story = {
  args: { checkStatus: statusReplies('pending', 'cancelled') },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    const view = await finalView(wallet, 'cancelled');
    await expect(inside(wallet).getByRole('heading', { name: 'Payment cancelled' })).toBeVisible();
    await expect(view).toHaveTextContent('This payment was cancelled.');
    await expect(announced(wallet)).toBe('Payment cancelled');
    await expect(inside(wallet).getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(
      inside(wallet).getByRole('button', { name: 'Choose another method' }),
    ).toBeVisible();
    await expect(statuses(args)).toEqual(['pending', 'cancelled']);
  },
};

/**
 * The shop's own content in the `paid` slot (order number, next step) replaces the default
 * text, and its own link in `paid-actions` replaces "Continue"; the heading and the amount stay.
 * Slots `failed`, `expired`, `cancelled` and their `-actions` work alike. Links in the shop's
 * content take the theme's accent.
 */
export const PaidWithCustomSlotContent: Story = {
  args: { checkStatus: statusReplies('pending', 'paid') },
  render: (args) =>
    renderWallet(
      args,
      html`<p slot="paid">Order 42 is confirmed. Your tea ships tomorrow.</p>
        <a slot="paid-actions" href="#orders">View your order</a>`,
    ),
  play: async ({ canvasElement }) => {
    const wallet = await getWallet(canvasElement);
    const view = await finalView(wallet, 'paid');
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Order 42 is confirmed. Your tea ships tomorrow.')).toBeVisible();
    const link = canvas.getByRole('link', { name: 'View your order' });
    await expect(link).toBeVisible();
    const slot = view.querySelector<HTMLSlotElement>('slot[name="paid"]')!;
    await expect(slot.assignedElements()).toEqual([canvasElement.querySelector('[slot="paid"]')]);
    const actions = view.querySelector<HTMLSlotElement>('slot[name="paid-actions"]')!;
    await expect(actions.assignedElements()).toEqual([link]);
    // The defaults are the slots' fallbacks: in the DOM, not rendered.
    await expect(view.innerText).not.toContain('Thank you!');
    await expect(part(wallet, 'continue-button')!.checkVisibility()).toBe(false);
    await expect(inside(wallet).getByRole('heading', { name: 'Payment received' })).toBeVisible();
    await expect(part(wallet, 'final-amount')).toHaveTextContent('CN¥128.00');
  },
};

const downShop = unreachableShop();

/**
 * The shop cannot be reached: after a few failed checks a note says so (once, with one
 * `wallet-error` `status-unreachable`), and the element keeps trying, backing off.
 */
export const StatusUnreachable: Story = {
  args: { 'poll-interval': 100, checkStatus: downShop },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    await waitFor(() => expect(part(wallet, 'unreachable')).not.toBeNull(), { timeout: 5000 });
    await expect(part(wallet, 'unreachable')).toHaveTextContent(
      'We can’t reach the shop right now; still trying.',
    );
    await expect(announced(wallet)).toBe('We can’t reach the shop right now; still trying.');
    // A warning, with a mark: not the calm pulse of waiting.
    const line = part(wallet, 'status')!;
    await expect(line.classList.contains('unreachable')).toBe(true);
    await expect(line.querySelector('svg.alert')).not.toBeNull();
    await expect(line.querySelector('.pulse')).toBeNull();
    await expect(args.onWalletError).toHaveBeenCalledOnce();
    await expect(args.onWalletError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'status-unreachable' }),
    );
    // Still trying, still pending, and the error is not repeated.
    const seen = downShop.calls;
    await waitFor(() => expect(downShop.calls).toBeGreaterThan(seen), { timeout: 5000 });
    await expect(args.onWalletError).toHaveBeenCalledOnce();
    await expect(wallet.status).toBe('pending');
    await expect(part(wallet, 'status')).toHaveTextContent('Waiting for your payment…');
  },
};
