import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import * as flows from './flows.stories.js';
import * as status from './status.stories.js';
import {
  defaultArgs,
  environments,
  getWallet,
  inside,
  part,
  renderWallet,
  walletArgTypes,
  type WalletArgs,
} from './wallet.js';

/** The Storybook viewport "phone" (.storybook/preview.ts): 390×844, as an iPhone 12–15. */
const PHONE_WIDTH = 390;
const onAPhone = { viewport: { value: 'phone', isRotated: false } };

/**
 * The hand-off on a phone, 390 px wide: the same stories as under Flows and Status (their args,
 * render and `play` checks, imported from there), shown in the "phone" viewport. Each also checks
 * that it fits: nothing wider than the screen, no sideways scrolling of the page or the panel.
 * In the story tests @storybook/addon-vitest sizes the test frame to the story's viewport, so
 * these run at 390×844 there too.
 */
const meta = {
  title: 'Wallet redirect/On a phone',
  component: 'wallet-redirect',
  // Viewports apply to a story's own canvas only, not inline on a docs page.
  tags: ['!autodocs'],
  args: { ...defaultArgs },
  argTypes: walletArgTypes,
  globals: onAPhone,
  render: (args) => renderWallet(args),
} satisfies Meta<WalletArgs>;

export default meta;
type Story = StoryObj<WalletArgs>;
type Context = StoryContext<WalletArgs>;

/** The story runs at phone width, and neither the page nor the panel scrolls sideways. */
async function expectFitsThePhone(canvasElement: HTMLElement): Promise<void> {
  await expect(window.innerWidth).toBe(PHONE_WIDTH);
  const page = document.documentElement;
  await expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth);
  const wallet = await getWallet(canvasElement);
  await expect(wallet.getBoundingClientRect().right).toBeLessThanOrEqual(PHONE_WIDTH);
  const base = part(wallet, 'base')!;
  await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
  for (const panel of wallet.shadowRoot!.querySelectorAll<HTMLElement>('[role="tabpanel"]')) {
    await expect(panel.scrollWidth).toBeLessThanOrEqual(panel.clientWidth);
  }
}

/** `story` from another file, at phone width: its args, and its `play` followed by the fit check. */
function onPhone(story: Story, storyMeta: { args?: Partial<WalletArgs> }): Story {
  return {
    args: { ...storyMeta.args, ...story.args },
    play: async (context: Context) => {
      await story.play?.(context);
      await expectFitsThePhone(context.canvasElement);
    },
  };
}

/** The wallet app didn't open: the QR code, with a note, on the phone itself. */
export const QrFallback: Story = {
  name: 'QR fallback (app did not open)',
  ...onPhone(flows.RedirectFallback, flows.default),
};

/** Ask a friend to pay, on a phone (a share sheet where the browser has one). */
export const Share: Story = {
  name: 'Ask a friend',
  ...onPhone(
    {
      ...flows.ShareOnDesktop,
      args: { ...flows.ShareOnDesktop.args, environment: environments.mobile },
    },
    flows.default,
  ),
};

/** Open the wallet app: one button that commits to pay. */
export const Redirect: Story = {
  name: 'Open the wallet app',
  ...onPhone(flows.RedirectOnMobile, flows.default),
};

/** Paid: the thank-you, focus on its heading. */
export const Paid: Story = {
  ...onPhone(
    { ...status.Paid, args: { ...status.Paid.args, environment: environments.mobile } },
    status.default,
  ),
};

/** Failed: no money was taken. */
export const Failed: Story = {
  ...onPhone(
    { ...status.Failed, args: { ...status.Failed.args, environment: environments.mobile } },
    status.default,
  ),
};

/**
 * Alipay inside WeChat's browser, on the phone where it happens: how to open the page in a real
 * browser. The story ends on that panel (the Flows story goes on to the other tabs).
 */
export const OpenInBrowserInWeChat: Story = {
  name: 'Open in browser in WeChat',
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
    await expect(part(wallet, 'menu-arrow')).toBeVisible();
    await expect(inside(wallet).getByRole('button', { name: 'Copy page link' })).toBeVisible();
    await expect(inside(wallet).getByRole('tab', { selected: true })).toHaveTextContent(
      'Open in browser',
    );
    await expectFitsThePhone(canvasElement);
  },
};
