import { fixtureSync } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/wallet-redirect/wallet-redirect.js';
import type { WalletRedirect } from '../../src/wallet-redirect/wallet-redirect.component.js';
import type { CheckStatus } from '../../src/status/tracker.js';
import type { Environment, PaymentSession, PaymentStatus } from '../../src/core/types.js';

export type { WalletRedirect };

import { DESKTOP, IN_WECHAT, MOBILE } from '../support/environments.js';

export { DESKTOP, IN_WECHAT, MOBILE };

/** A complete Alipay session with every flow. */
export const SESSION: PaymentSession = {
  id: 'order-42',
  method: 'alipay',
  amount: '128.00',
  currency: 'CNY',
  payee: 'Tea House',
  redirectUrl: 'alipays://platformapi/startapp?saId=10000007&qrcode=abc',
  qrPayload: 'https://qr.alipay.com/bax08431zyvhbtlsbbmq0020',
  shareUrl: 'https://shop.example/friend-pay/order-42',
};

/** A status transport the test answers by hand. */
export interface FakeStatus {
  checkStatus: CheckStatus;
  calls: {
    session: PaymentSession;
    signal: AbortSignal;
    resolve: (s: PaymentStatus | object) => void;
    reject: (e: unknown) => void;
  }[];
  /** Resolves when the call count reaches `n`. */
  waitForCalls(n: number, timeout?: number): Promise<void>;
}

export function fakeStatus(): FakeStatus {
  const calls: FakeStatus['calls'] = [];
  const checkStatus: CheckStatus = (session, { signal }) =>
    new Promise((resolve, reject) => {
      calls.push({
        session,
        signal,
        resolve: (s) =>
          resolve((typeof s === 'string' ? { status: s } : s) as { status: PaymentStatus }),
        reject,
      });
    });
  return {
    checkStatus,
    calls,
    waitForCalls: (n, timeout = 3000) =>
      waitFor(() => calls.length >= n, timeout, `${n} status calls`),
  };
}

/** Polls `condition` every 10 ms. */
export async function waitFor(
  condition: () => boolean,
  timeout = 3000,
  what = 'condition',
): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Options for {@link mount}. */
export interface MountOptions {
  session?: PaymentSession | null;
  environment?: Environment;
  /** `null`: no checkStatus (the element polls statusUrl with fetch). */
  checkStatus?: CheckStatus | null;
  navigate?: (url: string) => void;
  attrs?: Record<string, string>;
  lang?: string;
  dir?: string;
  /** Listen before the session is set. */
  events?: string[];
}

/**
 * Creates a `<wallet-redirect>` (not with open-wc's `fixture`, which waits for animation frames
 * that background test pages do not get), records events, then sets the session.
 */
export async function mount(
  options: MountOptions = {},
): Promise<{ el: WalletRedirect; events: CustomEvent[] }> {
  const wrapper = fixtureSync<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'en'} dir=${options.dir ?? 'ltr'}></div>`,
  );
  const el = document.createElement('wallet-redirect');
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  el.environment = options.environment ?? DESKTOP;
  el.navigate = options.navigate ?? (() => {});
  if (options.checkStatus !== null)
    el.checkStatus = options.checkStatus ?? fakeStatus().checkStatus;
  const events = recordEvents(el, options.events ?? ALL_EVENTS);
  wrapper.append(el);
  if (options.session !== null) el.session = options.session ?? SESSION;
  await settle(el);
  return { el, events };
}

export const ALL_EVENTS = [
  'wallet-flow',
  'wallet-redirect',
  'wallet-status',
  'wallet-refresh',
  'wallet-share',
  'wallet-error',
];

export function recordEvents(target: EventTarget, types: string[]): CustomEvent[] {
  const events: CustomEvent[] = [];
  for (const type of types) target.addEventListener(type, (e) => events.push(e as CustomEvent));
  return events;
}

export function ofType<T = unknown>(events: CustomEvent[], type: string): T[] {
  return events.filter((e) => e.type === type).map((e) => e.detail as T);
}

export async function settle(el: WalletRedirect): Promise<void> {
  await el.updateComplete;
  await sleep(0);
  await el.updateComplete;
}

/** The first element matching `selector` in the shadow root. */
export function $(el: WalletRedirect, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function part(el: WalletRedirect, name: string): HTMLElement | null {
  return $(el, `[part~="${name}"]`);
}

export function tabs(el: WalletRedirect): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
}

export function tabFlows(el: WalletRedirect): string[] {
  return tabs(el).map((t) => t.dataset['flow']!);
}

/** The live region's text. */
export function liveText(el: WalletRedirect): string {
  return $(el, '[role="status"]')!.textContent!.trim();
}

/** Makes `document.visibilityState` say `state` until the returned function is called. */
export function fakeVisibility(state: 'visible' | 'hidden'): () => void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
  return () => {
    delete (document as unknown as Record<string, unknown>)['visibilityState'];
    delete (document as unknown as Record<string, unknown>)['hidden'];
  };
}

/** Waits until the QR code's `<svg>` is rendered in the panel. */
export async function qrSvg(el: WalletRedirect): Promise<SVGSVGElement> {
  await waitFor(() => $(el, 'svg.qr-svg') !== null, 5000, 'the QR code');
  return $(el, 'svg.qr-svg') as unknown as SVGSVGElement;
}

/** Something a test replaced, and how to put it back. */
export type Stub = { restore(): void };

/** Replaces `navigator.share` (or removes it with `undefined`). */
export function stubShare(impl: ((data: ShareData) => Promise<void>) | undefined): Stub {
  const had = Object.prototype.hasOwnProperty.call(navigator, 'share');
  const before = (navigator as { share?: unknown }).share;
  Object.defineProperty(navigator, 'share', { configurable: true, writable: true, value: impl });
  return {
    restore: () => {
      if (had)
        Object.defineProperty(navigator, 'share', {
          configurable: true,
          writable: true,
          value: before,
        });
      else delete (navigator as unknown as Record<string, unknown>)['share'];
    },
  };
}

/** Replaces `navigator.clipboard.writeText`. */
export function stubClipboard(impl: (text: string) => Promise<void>): Stub {
  const original = Object.getOwnPropertyDescriptor(navigator.clipboard, 'writeText');
  Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: impl });
  return {
    restore: () => {
      if (original) Object.defineProperty(navigator.clipboard, 'writeText', original);
      else delete (navigator.clipboard as unknown as Record<string, unknown>)['writeText'];
    },
  };
}
