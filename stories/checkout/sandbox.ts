/**
 * The stories' "shop server": the sandbox wallet provider, reached on the page's own origin at
 * `/sandbox/` (`npm start` and the story tests mount it). A static Storybook build on a static
 * host has no sandbox: `sandboxReachable()` says so, and the stories show a note instead.
 */
import type { PaymentSession } from '../../src/core/types.js';

/** Where the sandbox answers, relative to the page's origin. */
export const SANDBOX = '/sandbox';

let reachable: Promise<boolean> | null = null;

/** Whether the sandbox answers `GET /sandbox/health` with `{"ok": true}` (asked once per page). */
export function sandboxReachable(): Promise<boolean> {
  reachable ??= fetch(`${SANDBOX}/health`, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(3000),
  })
    .then(async (response) => {
      if (!response.ok) return false;
      const body = (await response.json()) as { ok?: unknown };
      return body.ok === true;
    })
    .catch(() => false);
  return reachable;
}

/** What the story's shop asks the sandbox for (see sandbox/README.md). */
export interface CreatePayment {
  method: string;
  amount: string;
  currency: string;
  payee?: string;
  flows?: ('redirect' | 'qr' | 'share')[];
  ttlSeconds?: number;
  /** An any-app code (聚合码): `qrPayload` opens the sandbox's landing page (see sandbox/README.md). */
  anyApp?: boolean;
}

/**
 * `POST /sandbox/sessions`: what a shop's server does after it created the payment with the
 * provider. Returns the PaymentSession for `<wallet-redirect>`.
 */
export async function createPayment(request: CreatePayment): Promise<PaymentSession> {
  const response = await fetch(`${SANDBOX}/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(5000),
  });
  if (response.status !== 201) {
    throw new Error(`The sandbox refused the payment (HTTP ${response.status}).`);
  }
  return (await response.json()) as PaymentSession;
}

/**
 * What the wallet page's Confirm / Decline buttons do, answered in JSON: the `play` functions
 * use it to stand in for the shopper's phone.
 */
export async function settlePayment(id: string, action: 'confirm' | 'decline'): Promise<void> {
  const response = await fetch(`${SANDBOX}/pay/${encodeURIComponent(id)}/${action}`, {
    method: 'POST',
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(5000),
  });
  if (!response.ok) throw new Error(`${action} failed: HTTP ${response.status}`);
}

/**
 * What the any-app landing page does when the shopper pays in `method`: asks for the session of
 * the same order in that wallet, with `jsapi` for the app's pay sheet.
 */
export async function landingSession(id: string, method: string): Promise<PaymentSession> {
  const response = await fetch(`${SANDBOX}/landing/${encodeURIComponent(id)}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ method }),
    signal: AbortSignal.timeout(5000),
  });
  if (!response.ok) throw new Error(`The landing session failed: HTTP ${response.status}`);
  return (await response.json()) as PaymentSession;
}

/**
 * What a wallet app's pay sheet asks first (the simulated sheets too): the order behind the
 * payment data it was called with.
 */
export async function lookUpJsapi(
  method: string,
  jsapi: PaymentSession['jsapi'],
): Promise<{ id: string; amount: string; payee: string; status: string }> {
  const response = await fetch(`${SANDBOX}/jsapi/lookup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ method, jsapi }),
    signal: AbortSignal.timeout(5000),
  });
  if (!response.ok) throw new Error(`The lookup failed: HTTP ${response.status}`);
  return (await response.json()) as { id: string; amount: string; payee: string; status: string };
}
