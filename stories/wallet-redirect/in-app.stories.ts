import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { PaymentSession } from '../../src/core/types.js';
import { bridgeCalls, installBridge, type BridgeAnswer } from '../support/bridges.js';
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
  statusReplies,
  tabNames,
  walletArgTypes,
  type WalletArgs,
} from './wallet.js';

/** What WeChat Pay's JSAPI order gives the shop's server to sign (fake values). */
const wechatSession: PaymentSession = {
  id: 'order-42',
  method: 'wechat-pay',
  amount: '128.00',
  currency: 'CNY',
  payee: 'Tea House',
  shareUrl: 'https://shop.example/friend-pay/order-42',
  jsapi: {
    appId: 'wx0000000000000000',
    timeStamp: '1764900000',
    nonceStr: 'story-nonce',
    package: 'prepay_id=wx-story-prepay',
    signType: 'RSA',
    paySign: 'story-signature',
  },
};

/** Alipay inside Alipay: `tradeNO` from `alipay.trade.create`. */
const alipayInAppSession: PaymentSession = {
  ...alipaySession,
  redirectUrl: undefined,
  jsapi: { tradeNO: '2025120522001400000000000042' },
};

type InAppArgs = WalletArgs & { bridge: BridgeAnswer };

/**
 * Inside WeChat or Alipay, the wallet's own pay sheet opens through the bridge the app injects
 * (`jsapi` in the session): at once when the session arrives, and from "Pay … with …". These
 * stories stand in a simulated bridge (`bridge`: what the sheet answers) for the app's; the
 * sheet's answer is only a hint, and the payment is paid only when the shop says so.
 */
const meta = {
  title: 'Wallet redirect/Pay inside the app',
  component: 'wallet-redirect',
  tags: ['autodocs'],
  args: {
    ...defaultArgs,
    session: wechatSession,
    environment: environments.wechat,
    bridge: 'hold',
  },
  argTypes: {
    ...walletArgTypes,
    bridge: {
      control: 'inline-radio',
      options: ['ok', 'processing', 'cancel', 'fail', 'hold', 'none'],
      description: 'Story only: what the simulated pay sheet answers (`none`: no bridge at all).',
      table: { category: 'story' },
    },
  },
  beforeEach: ({ args }) =>
    installBridge(
      (args as InAppArgs).environment?.inApp === 'alipay' ? 'alipay' : 'wechat',
      (args as InAppArgs).bridge,
    ),
  render: (args) => renderWallet(args),
} satisfies Meta<InAppArgs>;

export default meta;
type Story = StoryObj<InAppArgs>;

/** Waiting for the sheet: the pay button is busy ("Opening WeChat Pay…") while the sheet is up. */
export const WaitingForTheSheet: Story = {
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    await waitFor(() => expect(bridgeCalls).toHaveLength(1));
    await expect(bridgeCalls[0]).toEqual({
      name: 'getBrandWCPayRequest',
      args: wechatSession.jsapi,
    });
    await expect(args.onWalletFlow).toHaveBeenCalledWith({ flow: 'in-app', reason: 'in-app' });
    await waitFor(() =>
      expect(part(wallet, 'in-app-note')).toHaveTextContent('Opening WeChat Pay…'),
    );
    await expect(inside(wallet).getByRole('heading', { name: 'Pay here in WeChat' })).toBeVisible();
    const pay = inside(wallet).getByRole('button', { name: 'Pay CN¥128.00 with WeChat Pay' });
    await expect(pay).toHaveAttribute('aria-disabled', 'true');
    // Another tap while the sheet is up does not open a second one.
    await userEvent.click(pay);
    await expect(bridgeCalls).toHaveLength(1);
    await expect(tabNames(wallet)).toEqual(['Pay here', 'Ask a friend']);
  },
};

/**
 * The sheet said paid: the element asks the shop at once and says "Confirming your payment…";
 * here the shop confirms on its second reply, and only then is the payment paid.
 */
export const Confirming: Story = {
  args: { bridge: 'ok', checkStatus: statusReplies('pending', 'pending', 'paid') },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    await waitFor(
      () =>
        expect(args.onWalletStatus).toHaveBeenLastCalledWith(
          expect.objectContaining({ status: 'paid' }),
        ),
      { timeout: 5000 },
    );
    const calls = (args.onWalletStatus as unknown as { mock: { calls: unknown[][] } }).mock.calls;
    await expect(calls.map(([detail]) => (detail as { status: string }).status)).toEqual([
      'pending',
      'paid',
    ]);
    await expect(part(wallet, 'final-paid')).not.toBeNull();
    // Nothing of the signed jsapi reaches an event.
    await expect(JSON.stringify(calls)).not.toContain('story-signature');
  },
};

/** The shopper closed the sheet: still pending, "Payment not finished", and "Pay again". */
export const Cancelled: Story = {
  args: { bridge: 'cancel' },
  play: async ({ canvasElement }) => {
    const wallet = await getWallet(canvasElement);
    await waitFor(() =>
      expect(part(wallet, 'in-app-note')).toHaveTextContent('Payment not finished'),
    );
    await expect(announced(wallet)).toBe(
      'Payment not finished. You can pay again, or pay another way.',
    );
    const again = inside(wallet).getByRole('button', { name: 'Pay again' });
    await expect(again).not.toHaveAttribute('aria-disabled', 'true');
    await expect(wallet.status).toBe('pending');
  },
};

/** The sheet failed: `in-app-failed` for the shop, a message, "Pay again" and the other flows. */
export const Failed: Story = {
  args: { bridge: 'fail' },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    await waitFor(() =>
      expect(args.onWalletError).toHaveBeenCalledWith(
        expect.objectContaining({ code: 'in-app-failed' }),
      ),
    );
    await waitFor(() => expect(part(wallet, 'in-app-note')).toHaveTextContent('didn’t go through'));
    await expect(inside(wallet).getByRole('button', { name: 'Pay again' })).toBeVisible();
    await expect(tabNames(wallet)).toContain('Ask a friend');
  },
};

/**
 * No bridge after 3 s (an old app, or a browser that only says it is WeChat): the element says
 * so and moves to the next flow the session allows (`wallet-flow` reason `bridge-unavailable`).
 */
export const BridgeUnavailable: Story = {
  args: { bridge: 'none' },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    await waitFor(() => expect(wallet.activeFlow).not.toBe('in-app'), { timeout: 5000 });
    await expect(args.onWalletFlow).toHaveBeenLastCalledWith({
      flow: 'share',
      reason: 'bridge-unavailable',
    });
    await wallet.updateComplete;
    await expect(part(wallet, 'notice')).toHaveTextContent(
      'WeChat Pay can’t be opened on this page. Please pay another way.',
    );
    await expect(inside(wallet).getByRole('button', { name: 'Share payment link' })).toBeVisible();
  },
};

/**
 * A WeChat mini program's web view may not pay: the element fires `wallet-miniprogram`
 * (cancelable) so the shop can send the shopper to its mini program's pay page, and says so.
 */
export const MiniProgram: Story = {
  args: { environment: environments.miniProgram },
  play: async ({ canvasElement }) => {
    const wallet = await getWallet(canvasElement);
    await waitFor(() =>
      expect(
        inside(wallet).getByRole('heading', { name: 'Continue in the mini program' }),
      ).toBeVisible(),
    );
    await expect(bridgeCalls).toHaveLength(0);
  },
};

/** Alipay inside Alipay: `AlipayJSBridge.call('tradePay', {tradeNO})`; 9000 is confirmed with the shop. */
export const InAlipay: Story = {
  args: {
    session: alipayInAppSession,
    environment: environments.alipay,
    bridge: 'ok',
    checkStatus: statusReplies('pending', 'paid'),
  },
  play: async ({ canvasElement, args }) => {
    const wallet = await getWallet(canvasElement);
    await waitFor(() => expect(bridgeCalls).toHaveLength(1));
    await expect(bridgeCalls[0]).toEqual({
      name: 'tradePay',
      args: { tradeNO: '2025120522001400000000000042' },
    });
    await waitFor(() => expect(part(wallet, 'final-paid')).not.toBeNull(), { timeout: 5000 });
    await expect(args.onWalletStatus).toHaveBeenLastCalledWith(
      expect.objectContaining({ status: 'paid' }),
    );
  },
};

/** The same in Simplified Chinese: 在微信内支付, 使用微信支付支付 ¥128.00, 在此支付. */
export const InWeChatInChinese: Story = {
  args: { bridge: 'cancel' },
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    const wallet = await getWallet(canvasElement);
    await waitFor(() => expect(part(wallet, 'in-app-note')).toHaveTextContent('支付未完成'));
    await expect(inside(wallet).getByRole('heading', { name: '在微信内支付' })).toBeVisible();
    await expect(tabNames(wallet)[0]).toBe('在此支付');
    await expect(inside(wallet).getByRole('button', { name: '重新支付' })).toBeVisible();
  },
};

/**
 * One code for any app (聚合码) on a computer: the code opens the shop's own page, which WeChat,
 * Alipay or Cloud QuickPass opens and pays in with its own sheet. The card names them all.
 */
export const AnyAppCodeOnDesktop: Story = {
  args: {
    session: {
      id: 'order-42',
      method: 'wechat-pay',
      amount: '128.00',
      currency: 'CNY',
      payee: 'Tea House',
      qrPayload: 'https://shop.example/pay/order-42',
      scanWith: ['wechat-pay', 'alipay', 'unionpay'],
    },
    environment: environments.desktop,
    bridge: 'none',
  },
  play: async ({ canvasElement }) => {
    const wallet = await getWallet(canvasElement);
    await expect(await qrCode(wallet, /QR code to pay/)).toBeVisible();
    await expect(part(wallet, 'hint')).toHaveTextContent(
      'Scan with WeChat, Alipay, or Cloud QuickPass',
    );
    const marks = [...part(wallet, 'wallet-mark')!.querySelectorAll<HTMLElement>('[data-id]')];
    await expect(marks.map((mark) => mark.dataset['id'])).toEqual([
      'wechat-pay',
      'alipay',
      'unionpay',
    ]);
  },
};
