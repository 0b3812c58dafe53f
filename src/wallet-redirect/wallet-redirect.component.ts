import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { formatAmount } from '../core/money.js';
import { DEFAULT_ALLOWED_SCHEMES } from '../core/safe-url.js';
import { isFinalStatus } from '../core/session.js';
import type { CheckStatus } from '../status/tracker.js';
import type {
  Environment,
  Flow,
  FlowPreference,
  PaymentSession,
  PaymentStatus,
} from '../core/types.js';
import { LocaleController } from '../i18n/locale.js';
import type { WalletStringOverrides } from '../i18n/strings.js';
import { styledRoot } from '../styles/adopt.js';
import { themeStyles, visuallyHidden } from '../styles/theme.js';
import { openWallet, stopWatching } from './app-open.js';
import { loadInApp } from './in-app-loader.js';
import { refreshing, schemesConverter, sessionChanged, sessionConverter } from './converters.js';
import { finalActions } from './final-actions.js';
import { syncCountdown } from './countdown.js';
import { pendingView } from './flow-panel.js';
import { linkLeftOut } from './hand.js';
import { localized } from './localized.js';
import { finalView } from './panels/final.js';
import { statusBar } from './panels/status-bar.js';
import { errorMessage, notice } from './panels/text.js';
import { prepareShownCode } from './qr-code.js';
import { chooseFlowAgain, startSession } from './session-change.js';
import { shareLink } from './sharing.js';
import { isOver, sessionState, type SessionState } from './state.js';
import { walletStyles } from './wallet-redirect.styles.js';
import { panelStyles } from './panels/panels.styles.js';
import { glyphHueStyles } from '../styles/glyphs.styles.js';
import {
  checkNow,
  keepForResume,
  restorePending,
  startTracking,
  stopTracking,
} from './tracking.js';

const defaultNavigate = (url: string): void => window.location.assign(url);

/**
 * Give it the `session` your server got when it created the payment. The element picks the flow
 * that works here (`chooseFlow`), lets the shopper switch between the flows the session allows,
 * and reflects the status your server reports — it never decides on its own that a payment
 * succeeded. Every URL is checked before use; an unsafe one removes only its own flow.
 *
 * @summary Hands a payment off to the wallet: opens the wallet app, shows a QR code to scan, a
 * link to send to a friend, or how to leave an in-app browser that blocks the wallet; then
 * follows the payment's status until it is paid, failed, expired or cancelled.
 *
 * @slot paid - Shown when the payment is paid, instead of the default thank-you text.
 * @slot failed - Shown when the payment failed, instead of the default text.
 * @slot expired - Shown when the payment expired, instead of the default text.
 * @slot cancelled - Shown when the payment was cancelled, instead of the default text.
 * @slot paid-actions - Replaces the "Continue" button when paid (e.g. your own "View order" link).
 * @slot failed-actions - Replaces "Try again" and "Choose another method" when the payment failed.
 * @slot expired-actions - Replaces "Get a new code" and "Choose another method" after expiry.
 * @slot cancelled-actions - Replaces "Try again" and "Choose another method" when cancelled.
 *
 * @event {WalletFlowEvent} wallet-flow - A flow was chosen, switched to or fallen back to: `detail` `{flow, reason}`.
 * @event {WalletRedirectEvent} wallet-redirect - Cancelable, before navigating to the wallet: `detail` `{url}`. `preventDefault()` stops the navigation.
 * @event {WalletStatusEvent} wallet-status - The status changed: `detail` `{status, session}`; `pending` when tracking starts, then exactly one final status.
 * @event {WalletRefreshEvent} wallet-refresh - The shopper asks for a new code after expiry ("Get a new code"), or to pay again after a failure or cancellation ("Try again"): `detail` `{session}`. Set a new `session`.
 * @event {WalletContinueEvent} wallet-continue - Paid, and the shopper pressed "Continue": `detail` `{session, status}`. Go on to the order (or slot your own `paid-actions`).
 * @event {WalletChangeMethodEvent} wallet-change-method - Not paid, and the shopper pressed "Choose another method": `detail` `{session, status}`. Show your picker again.
 * @event {WalletShareEvent} wallet-share - The link was shared or copied: `detail` `{via: 'share' | 'clipboard'}`.
 * @event {WalletErrorEvent} wallet-error - `detail` `{code, message}`; codes `invalid-session` (nothing can be shown), `invalid-field` (a malformed optional field was left out), `invalid-amount` (the amount cannot be shown exactly; a note takes its place), `unsafe-url`, `qr-too-long`, `status-unreachable`, `share-failed`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart tabs - The tab list of the flows.
 * @csspart tab - One tab; `tab-selected` is added to the chosen one.
 * @csspart panel - The panel of the chosen flow.
 * @csspart title - The heading of a panel.
 * @csspart hint - Explanatory text in a panel.
 * @csspart summary - Amount and payee.
 * @csspart amount - The formatted amount.
 * @csspart amount-note - Shown instead of the amount when it cannot be shown exactly.
 * @csspart payee - The payee.
 * @csspart open-button - The "Pay … with …" button of the redirect flow.
 * @csspart qr-frame - The frame around a QR code.
 * @csspart qr-code - The QR code's `<svg>`.
 * @csspart qr-placeholder - Shown while a code is prepared, or when it cannot be shown.
 * @csspart countdown - The time left to pay; `countdown-calm`, `countdown-soon` (under 2 minutes) or `countdown-now` (under 1 minute) is added.
 * @csspart actions - The "Save image" and "Copy link" buttons.
 * @csspart save-button - "Save image".
 * @csspart copy-button - "Copy link" (QR flow).
 * @csspart share-button - "Share payment link".
 * @csspart copy-page-button - "Copy page link" (open-in-browser flow).
 * @csspart menu-arrow - The arrow pointing at the in-app browser's ⋯ menu.
 * @csspart steps - The steps to open the page in a browser.
 * @csspart link-field - The selectable link shown when sharing or copying failed.
 * @csspart link-input - Its read-only input.
 * @csspart link-message - Its explanation.
 * @csspart status - The "Waiting for your payment" line (after the code expired: "Paid just now?").
 * @csspart check-button - "I have paid" (checks the status at once).
 * @csspart unreachable - The note shown while the shop cannot be reached.
 * @csspart notice - A note such as "Alipay didn't open".
 * @csspart error - Error messages (invalid session, unsafe link, code too long).
 * @csspart final - The final view; `final-paid`, `final-failed`, `final-expired`, `final-cancelled` are added.
 * @csspart final-heading - The final view's heading (focused when paid or failed).
 * @csspart final-amount - The amount, large, in the paid view.
 * @csspart final-actions - The next steps of a final view.
 * @csspart continue-button - "Continue" (paid).
 * @csspart retry-button - "Try again" (failed, cancelled).
 * @csspart refresh-button - "Get a new code" (expired).
 * @csspart change-method-button - "Choose another method" (not paid).
 * @csspart wallet-mark - The wallet's mark and name on the QR code's frame.
 * @csspart qr-card - The QR code with its mark, instructions and countdown.
 * @csspart save-steps - On a phone: save the code, open the wallet's scanner, pick the code.
 * @csspart ask-friend-button - "Ask a friend" beside "Save image" on a phone (to the share flow).
 * @csspart qr-unavailable - Shown in the code's place when it is too long to show.
 * @csspart browser-overlay - On a phone in an in-app browser: the dimmed layer pointing at the app's ⋯ menu.
 * @csspart overlay-close - Its "Got it" button.
 *
 * @cssproperty --pp-accent - Buttons, selected tab, focus ring.
 * @cssproperty --pp-on-accent - Text on the accent.
 * @cssproperty --pp-text - Main text color.
 * @cssproperty --pp-text-muted - Secondary text color.
 * @cssproperty --pp-surface - Background of the card.
 * @cssproperty --pp-border - Borders.
 * @cssproperty --pp-danger - Error messages, the last minute of the countdown.
 * @cssproperty --pp-warning - The countdown's last two minutes; the shop can't be reached.
 * @cssproperty --pp-radius - Corner radius (default `12px`).
 * @cssproperty --pp-font - Font family.
 * @cssproperty --pp-gap - Base spacing (default `8px`).
 * @cssproperty --pp-focus-ring - `outline` of focused controls.
 */
export class WalletRedirect extends LitElement {
  static override styles = [themeStyles, visuallyHidden, walletStyles, panelStyles, glyphHueStyles];

  // The reactive properties: Lit's `static properties`, less code once built than decorators.
  // Each is documented on its field below (type, default, description); the manifest reads both.
  static override properties: PropertyDeclarations = {
    session: { converter: sessionConverter, hasChanged: sessionChanged },
    flow: {},
    pollInterval: { attribute: 'poll-interval', type: Number },
    redirectTimeout: { attribute: 'redirect-timeout', type: Number },
    allowedSchemes: { attribute: 'allowed-schemes', converter: schemesConverter },
    resume: { type: Boolean },
    checkStatus: { attribute: false },
    environment: { attribute: false },
    strings: { attribute: false },
    walletIcon: { attribute: 'wallet-icon' },
    navigate: { attribute: false },
  };

  /**
   * The PaymentSession from the shop's server (the attribute takes JSON). Validated with
   * `parseSession`; a bad one fires `wallet-error` `invalid-session`. Setting a new session
   * restarts everything: the old session's status replies are ignored from then on. An equal
   * copy of the current one (the same JSON, as a framework re-render may pass) changes nothing,
   * except as the answer to `wallet-refresh` (the shop's server finds the payment still valid):
   * then it starts over as a new session would, asking the server at once.
   */
  session: PaymentSession | null = null;

  /** The flow to show first when the session allows it: `auto`, `redirect`, `qr` or `share`. */
  flow: FlowPreference = 'auto';

  /** Status polling period while the page is visible, in ms; at least 500 (smaller values are raised). */
  pollInterval = 2000;

  /**
   * How long the page must stay visible after opening the wallet app before falling back to the
   * QR code or the share link (`wallet-flow` reason `app-not-opened`), in ms.
   */
  redirectTimeout = 2500;

  /** Non-https schemes a redirect may use (the attribute is space-separated). */
  allowedSchemes: readonly string[] = [...DEFAULT_ALLOWED_SCHEMES];

  /**
   * Keep the pending session in this tab's `sessionStorage` (only with `resume`), and restore it
   * after a reload (or when the wallet app returns to a fresh page) and keep tracking it, when no
   * `session` is set (checked on connect and whenever `resume` turns on). Setting `session` to
   * null while a payment is pending forgets that payment: it is not resumed later.
   */
  resume = false;

  /**
   * A custom status transport, `(session, {signal}) => Promise<{status, id?}>`, used instead of
   * `statusUrl`/`eventsUrl`.
   */
  checkStatus: CheckStatus | undefined = undefined;

  /**
   * The environment the flow is chosen for. Default: detected from this browser. Set it to
   * preview another environment (stories, tests, an in-app browser detected by the server).
   */
  environment: Environment | null = null;

  /** Overrides of the visible strings (a partial `WalletStrings`). The locale comes from `lang`. */
  strings: WalletStringOverrides | null = null;

  /**
   * The shop's own image for the session's method (the same `icon` as in the picker: an https: or
   * relative URL; anything else is ignored), shown with the wallet's name on the QR code's frame
   * instead of the neutral glyph. Shops that hold a wallet's brand assets show them this way.
   */
  walletIcon = '';

  /**
   * How the element navigates to the wallet. Default: `location.assign(url)`. Replace it to
   * observe navigation in tests, or to route app links through your own code.
   */
  navigate: (url: string) => void = defaultNavigate;

  // ---- Internals. The session's state is one object, replaced whole when a session arrives
  // (state.ts). The modules that act for the element (session-change, tracking, app-open,
  // sharing, countdown, qr-code, switch-flow, flow-panel) reach it through the `_` members; the
  // panels get plain values. A session's events wait until it rendered, so listeners see it.

  /** @internal */ state_: SessionState = sessionState(null, false);
  /** A share is under way; it outlives a change of session. @internal */ sharing_ = false;
  /** @internal */ clockOffset_: number | undefined;
  /** @internal */ countdownTimer_: ReturnType<typeof setTimeout> | undefined;
  /** Focus the outcome's heading after the next render. @internal */ focusFinal_ = false;

  /** The live region's text. @internal */
  #announcement = '';
  /** Events to dispatch after the next render (a new session's, or a new choice of flow). @internal */
  #events: (() => void)[] = [];
  /** Start a tracker after the next render (a new session, or new tracker options). @internal */
  #startQueued = false;
  /** The window of the document this element is in while connected (iframes have their own). @internal */
  #view: Window | null = null;
  /** Focus was inside the shadow root before this update (it must not fall to the page). @internal */
  #hadFocus = false;

  constructor() {
    super();
    new LocaleController(this);
  }

  /** The payment's status as the shop's server reported it: `idle` before a session. */
  get status(): PaymentStatus {
    return this.state_.status;
  }

  /** The flow shown now (`redirect`, `qr`, `share`, `open-in-browser`), or null. */
  get activeFlow(): Flow | null {
    return this.state_.flow;
  }

  /**
   * Opens the wallet, as the "Pay … with …" button does: fires the cancelable `wallet-redirect`,
   * navigates, then falls back if the page is still visible after `redirect-timeout`. Call it
   * from a click handler: browsers open apps only on a user gesture. Does nothing while an
   * opening is under way, when the session has no usable redirect, or after a final status.
   */
  open(): void {
    if (this.state_.flow === 'in-app') void loadInApp().then((chunk) => chunk.payInApp(this));
    else openWallet(this);
  }

  /**
   * Shares the friend-pay link, as the "Share payment link" button does: the share sheet, else
   * the clipboard, else a selectable field (`share-failed`). Call it from a click handler. Does
   * nothing while a share is under way, when the session has no safe `shareUrl`, or after a
   * final status.
   */
  share(): Promise<void> {
    return shareLink(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The document's own window: a removed iframe unloads its document (`pagehide`) while the
    // element inside still counts as connected to it; nothing may keep running for it then.
    this.#view = this.ownerDocument.defaultView;
    this.#view?.addEventListener('pagehide', this.#onPageHide);
    if (this.hasUpdated) startTracking(this);
    syncCountdown(this);
    restorePending(this);
  }

  /** @internal */
  protected override createRenderRoot(): ShadowRoot {
    return styledRoot(this, WalletRedirect);
  }

  /** Moved into another document (a same-origin iframe): its styles follow. @internal */
  adoptedCallback(): void {
    if (this.shadowRoot) styledRoot(this, WalletRedirect);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#halt();
  }

  /** The document unloads (a removed iframe, or the page itself): stop everything. @internal */
  #onPageHide = (event: PageTransitionEvent): void => {
    if (event.persisted) return; // into the back/forward cache: it may come back
    this.#halt();
  };

  /** Stops tracking, the app-opened watch and the countdown. @internal */
  #halt(): void {
    this.#view?.removeEventListener('pagehide', this.#onPageHide);
    this.#view = null;
    stopTracking(this);
    stopWatching(this);
    clearTimeout(this.countdownTimer_);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#hadFocus = !!this.shadowRoot?.activeElement;
    // `resume` turned on later (frameworks often set properties after connecting).
    if (changed.has('resume') && this.isConnected) restorePending(this);
    if (changed.has('resume') && this.state_.tracker) keepForResume(this);
    const state = this.state_;
    if (changed.has('session')) {
      // A new session, or an equal copy answering `wallet-refresh`: start over (`sessionChanged`).
      refreshing.delete(changed.get('session') as object);
      this.#events = startSession(this);
      this.#startQueued = !!this.state_.hand;
    } else if (
      state.hand &&
      !isOver(state) &&
      (changed.has('flow') || changed.has('environment') || changed.has('allowedSchemes'))
    ) {
      this.#events = chooseFlowAgain(this);
    }
    if ((changed.has('checkStatus') || changed.has('pollInterval')) && this.state_.tracker) {
      // The tracker reads its options once: follow the new ones with a fresh tracker.
      stopTracking(this);
      this.#startQueued = true;
    }
    prepareShownCode(this); // here, so that render only reads it
  }

  protected override updated(): void {
    const events = this.#events;
    this.#events = [];
    for (const dispatch of events) dispatch();
    if (this.#startQueued) {
      this.#startQueued = false;
      startTracking(this);
    }
    // The outcome's heading after paid or failed. Otherwise, when the render removed the focused
    // control (a final status, the fallback after the app did not open, an expired code), focus
    // stays here: on the heading, the chosen tab or the panel, never lost to the page.
    // The overlay over an in-app browser covers the page: its "Got it" takes focus once.
    const overlay = this.renderRoot.querySelector<HTMLElement>('[part="overlay-close"]');
    if (overlay && !this.state_.overlayFocused) {
      this.state_.overlayFocused = true;
      overlay.focus({ preventScroll: true });
    } else if (this.focusFinal_ || (this.#hadFocus && !this.shadowRoot!.activeElement)) {
      this.focusFinal_ = false;
      this.renderRoot
        .querySelector<HTMLElement>('#final-heading,[aria-selected="true"],#panel')
        // Not scrolled to: a page (or a docs page of many) must not jump; it is announced anyway.
        ?.focus({ preventScroll: true });
    }
  }

  /** Says `text` through the live region. @internal */
  announce_(text: string): void {
    // A live region speaks when its content changes, and one render shows only the last value:
    // the same text twice in a row differs by a silent no-break space, so it is heard again.
    this.#announcement = this.#announcement === text ? text + '\u00a0' : text;
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const { lang, strings } = localized(this);
    const state = this.state_;
    const { hand, status: reported } = state;
    // The code expired while the server has not said so yet: the expired view, still listening.
    const status = state.codeExpired && reported === 'pending' ? 'expired' : reported;
    const final = isFinalStatus(status);
    const session = hand?.session;
    const amount =
      session?.amount && session.currency
        ? formatAmount(session.amount, session.currency, lang)
        : null;
    // "Waiting for your payment", or after the code expired "Paid just now?"; shown unless final.
    const statusLine = statusBar(
      strings,
      final ? strings.lateCheck : strings.waiting,
      !!state.checking,
      !!state.unreachable,
      () => checkNow(this),
    );
    let body: TemplateResult | typeof nothing = nothing;
    if (state.invalid) {
      body = errorMessage(strings.invalidSession);
    } else if (hand && final) {
      const listening = status !== reported; // expired here, not yet on the server
      body = html`${finalView(strings, status, amount, finalActions(this))}
      ${listening ? statusLine : nothing}`;
    } else if (hand) {
      body = pendingView(this, strings, lang, amount, statusLine);
    }
    return html`<div class="base" part="base" lang=${lang}>
      ${hand && !final && linkLeftOut(hand) ? notice(strings.unsafeUrl, 'error') : nothing} ${body}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.#announcement}
      </div>
    </div>`;
  }
}
