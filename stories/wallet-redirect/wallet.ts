import type { ArgTypes } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { fn, waitFor, within } from 'storybook/test';
import type { CheckStatus } from '../../src/status/tracker.js';
import type { Environment, PaymentSession, PaymentStatus } from '../../src/core/types.js';
import '../../src/wallet-redirect/wallet-redirect.js';
import { environments } from '../support/environments.js';
import type {
  WalletErrorDetail,
  WalletNextDetail,
  WalletFlowDetail,
  WalletRedirect,
  WalletRedirectDetail,
  WalletRefreshDetail,
  WalletShareDetail,
  WalletStatusDetail,
  WalletStringOverrides,
} from '../../src/wallet-redirect/wallet-redirect.js';

export type { WalletRedirect };

/**
 * The controls of every `<wallet-redirect>` story: its attributes (by attribute name), its object
 * properties, one story-only control (`expiresInSeconds`), and event spies.
 */
export interface WalletArgs {
  /** An object is written to the attribute as JSON; a string goes in as it is (bad JSON too). */
  session: PaymentSession | string | null;
  flow: 'auto' | 'redirect' | 'qr' | 'share';
  'poll-interval': number;
  'redirect-timeout': number;
  'allowed-schemes': string;
  resume: boolean;
  /** Story only: sets `expiresAt` this many seconds after each render, so countdowns run. */
  expiresInSeconds: number | null;
  environment: Environment | null;
  checkStatus: CheckStatus | undefined;
  navigate: (url: string) => void;
  strings: WalletStringOverrides | null;
  /** The shop's own image for the method, on the QR code's frame. */
  'wallet-icon': string;
  onWalletFlow: (detail: WalletFlowDetail) => void;
  onWalletRedirect: (detail: WalletRedirectDetail) => void;
  onWalletStatus: (detail: WalletStatusDetail) => void;
  onWalletRefresh: (detail: WalletRefreshDetail) => void;
  onWalletShare: (detail: WalletShareDetail) => void;
  onWalletError: (detail: WalletErrorDetail) => void;
  onWalletContinue: (detail: WalletNextDetail) => void;
  onWalletChangeMethod: (detail: WalletNextDetail) => void;
}

export { environments };

/** An Alipay payment with every flow, as the shop's server returns it (no network is used). */
export const alipaySession: PaymentSession = {
  id: 'order-42',
  method: 'alipay',
  amount: '128.00',
  currency: 'CNY',
  payee: 'Tea House',
  redirectUrl: 'alipays://platformapi/startapp?saId=10000007&qrcode=bax08431zyvhbtlsbbmq0020',
  qrPayload: 'https://qr.alipay.com/bax08431zyvhbtlsbbmq0020',
  shareUrl: 'https://shop.example/friend-pay/order-42',
};

/**
 * A status transport that answers without a network: each session (a new one on every render)
 * hears `statuses` in turn, the last one repeated. `calls` counts every check.
 */
export function statusReplies(
  ...statuses: PaymentStatus[]
): CheckStatus & { readonly calls: number } {
  const heard = new WeakMap<object, number>();
  let calls = 0;
  const check: CheckStatus = (session) => {
    calls++;
    const index = heard.get(session) ?? 0;
    heard.set(session, index + 1);
    const status = statuses[Math.min(index, statuses.length - 1)] ?? 'pending';
    return Promise.resolve({ status: status as never });
  };
  return Object.defineProperty(check, 'calls', { get: () => calls }) as CheckStatus & {
    readonly calls: number;
  };
}

/**
 * A shop that says `pending` until the session's `expiresAt` has passed, then `expired`, as a
 * status endpoint should: the element hides the code at the deadline, but only this reply ends
 * the payment.
 */
export const expiringShop: CheckStatus = (session) =>
  Promise.resolve({
    status: Date.now() >= Date.parse(session.expiresAt ?? '') ? 'expired' : 'pending',
  });

/** A shop that cannot be reached: every check fails, as a 503 would. `calls` counts them. */
export function unreachableShop(): CheckStatus & { readonly calls: number } {
  let calls = 0;
  const check: CheckStatus = () => {
    calls++;
    return Promise.reject(new Error('HTTP 503 from the shop (story)'));
  };
  return Object.defineProperty(check, 'calls', { get: () => calls }) as CheckStatus & {
    readonly calls: number;
  };
}

/** The element's own defaults, plus a desktop, a pending shop and a navigation spy. */
export const defaultArgs: WalletArgs = {
  session: alipaySession,
  flow: 'auto',
  'poll-interval': 2000,
  'redirect-timeout': 2500,
  'allowed-schemes': 'weixin alipays alipay upwrp',
  resume: false,
  expiresInSeconds: 15 * 60,
  environment: environments.desktop,
  checkStatus: statusReplies('pending'),
  // Never leave the story: the spy records the URL instead.
  navigate: fn(),
  strings: null,
  'wallet-icon': '',
  onWalletFlow: fn(),
  onWalletRedirect: fn(),
  onWalletStatus: fn(),
  onWalletRefresh: fn(),
  onWalletShare: fn(),
  onWalletError: fn(),
  onWalletContinue: fn(),
  onWalletChangeMethod: fn(),
};

/** The session attribute: JSON, with `expiresAt` relative to now when asked for. */
function sessionAttribute(args: WalletArgs): string | typeof nothing {
  const { session, expiresInSeconds } = args;
  if (session === null) return nothing;
  if (typeof session === 'string') return session;
  const expiresAt =
    expiresInSeconds === null
      ? session.expiresAt
      : new Date(Date.now() + expiresInSeconds * 1000).toISOString();
  return JSON.stringify({ ...session, expiresAt });
}

/** Renders the element from the args; `content` is its light DOM (slotted final views). */
export function renderWallet(
  args: WalletArgs,
  content: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  return html`<wallet-redirect
    session=${sessionAttribute(args)}
    flow=${args.flow}
    poll-interval=${args['poll-interval']}
    redirect-timeout=${args['redirect-timeout']}
    allowed-schemes=${args['allowed-schemes']}
    ?resume=${args.resume}
    .environment=${args.environment}
    .checkStatus=${args.checkStatus}
    .navigate=${(url: string) => args.navigate(url)}
    .strings=${args.strings}
    wallet-icon=${args['wallet-icon'] || nothing}
    @wallet-flow=${(e: CustomEvent<WalletFlowDetail>) => args.onWalletFlow(e.detail)}
    @wallet-redirect=${(e: CustomEvent<WalletRedirectDetail>) => args.onWalletRedirect(e.detail)}
    @wallet-status=${(e: CustomEvent<WalletStatusDetail>) => args.onWalletStatus(e.detail)}
    @wallet-refresh=${(e: CustomEvent<WalletRefreshDetail>) => args.onWalletRefresh(e.detail)}
    @wallet-share=${(e: CustomEvent<WalletShareDetail>) => args.onWalletShare(e.detail)}
    @wallet-error=${(e: CustomEvent<WalletErrorDetail>) => args.onWalletError(e.detail)}
    @wallet-continue=${(e: CustomEvent<WalletNextDetail>) => args.onWalletContinue(e.detail)}
    @wallet-change-method=${(e: CustomEvent<WalletNextDetail>) =>
      args.onWalletChangeMethod(e.detail)}
    >${content}</wallet-redirect
  >`;
}

/** The story's element, once it has rendered. */
export async function getWallet(canvasElement: HTMLElement): Promise<WalletRedirect> {
  await customElements.whenDefined('wallet-redirect');
  const wallet = canvasElement.querySelector('wallet-redirect');
  if (!wallet) throw new Error('no <wallet-redirect> in the story');
  await wallet.updateComplete;
  return wallet;
}

/** Testing Library queries inside the element's shadow root (roles, names, text). */
export function inside(wallet: WalletRedirect) {
  return within(wallet.shadowRoot as unknown as HTMLElement);
}

/** The element with `part` in the shadow root, or null. */
export function part(wallet: WalletRedirect, name: string): HTMLElement | null {
  return wallet.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** The tab labels, in order. */
export function tabNames(wallet: WalletRedirect): string[] {
  return inside(wallet)
    .queryAllByRole('tab')
    .map((tab) => tab.textContent!.trim());
}

/** The live region's text (what screen readers hear last). */
export function announced(wallet: WalletRedirect): string {
  return wallet.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

/** Waits until the QR code named `name` is drawn (the encoder is loaded on first use). */
export async function qrCode(wallet: WalletRedirect, name: string | RegExp): Promise<HTMLElement> {
  return waitFor(() => inside(wallet).getByRole('img', { name }), { timeout: 5000 });
}

/**
 * Replaces `navigator.share` and `navigator.clipboard.writeText` for one story, so sharing is
 * the same in every browser (headless Chromium has no share sheet, desktop Chrome has one).
 * Call the returned function to put the originals back.
 */
export function stubSharing(options: {
  share?: ((data: ShareData) => Promise<void>) | undefined;
  writeText: (text: string) => Promise<void>;
}): () => void {
  const hadShare = Object.hasOwn(navigator, 'share');
  const ownShare = Object.getOwnPropertyDescriptor(navigator, 'share');
  Object.defineProperty(navigator, 'share', { configurable: true, value: options.share });
  const clipboard = navigator.clipboard;
  const ownWrite = clipboard && Object.getOwnPropertyDescriptor(clipboard, 'writeText');
  if (clipboard) {
    Object.defineProperty(clipboard, 'writeText', {
      configurable: true,
      value: options.writeText,
    });
  }
  return () => {
    if (hadShare && ownShare) Object.defineProperty(navigator, 'share', ownShare);
    else delete (navigator as unknown as Record<string, unknown>)['share'];
    if (!clipboard) return;
    if (ownWrite) Object.defineProperty(clipboard, 'writeText', ownWrite);
    else delete (clipboard as unknown as Record<string, unknown>)['writeText'];
  };
}

const attribute = { category: 'attributes' } as const;
const property = { category: 'properties' } as const;
const story = { category: 'story' } as const;
const hidden = { disable: true } as const;

/** Controls for every attribute and object property; descriptions come from the manifest. */
export const walletArgTypes: ArgTypes = {
  session: { control: 'object', table: attribute },
  flow: { control: 'inline-radio', options: ['auto', 'redirect', 'qr', 'share'], table: attribute },
  'poll-interval': { control: { type: 'number', min: 100, step: 100 }, table: attribute },
  'redirect-timeout': { control: { type: 'number', min: 0, step: 100 }, table: attribute },
  'allowed-schemes': { control: 'text', table: attribute },
  resume: { control: 'boolean', table: attribute },
  expiresInSeconds: {
    control: { type: 'number', min: 1, step: 1 },
    description: 'Story only: `expiresAt` is set this many seconds after each render.',
    table: story,
  },
  environment: { control: 'object', table: property },
  strings: { control: 'object', table: property },
  'wallet-icon': { control: 'text', table: attribute },
  walletIcon: { control: false },
  checkStatus: { control: false, table: property },
  navigate: { control: false, table: property },
  // The same fields as properties, and the read-only state: documented, no control.
  pollInterval: { control: false },
  redirectTimeout: { control: false },
  allowedSchemes: { control: false },
  status: { control: false },
  activeFlow: { control: false },
  onWalletFlow: { table: hidden },
  onWalletRedirect: { table: hidden },
  onWalletStatus: { table: hidden },
  onWalletRefresh: { table: hidden },
  onWalletContinue: { table: hidden },
  onWalletChangeMethod: { table: hidden },
  onWalletShare: { table: hidden },
  onWalletError: { table: hidden },
};

/**
 * What every `<wallet-redirect>` story file's meta shares: the component, the element's defaults
 * as args, the controls and the render. Spread it after the file's own `title` and `tags`
 * (those two stay literal: Storybook's indexer reads them without running the file).
 */
export const walletMeta = {
  component: 'wallet-redirect',
  args: defaultArgs,
  argTypes: walletArgTypes,
  render: (args: WalletArgs) => renderWallet(args),
};
