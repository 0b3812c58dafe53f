import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { currentEnvironment } from '../core/environment.js';
import { fallbackFlow } from '../core/flow.js';
import { formatAmount } from '../core/money.js';
import {
  clearPendingSession,
  getSessionStorage,
  loadPendingSession,
  savePendingSession,
} from '../core/pending.js';
import type { QrSvg } from '../core/qr.js';
import { DEFAULT_ALLOWED_SCHEMES } from '../core/safe-url.js';
import { isFinalStatus, parseIsoInstant } from '../core/session.js';
import { StatusTracker, type CheckStatus } from '../core/status.js';
import { documentVisibility } from '../core/status-visibility.js';
import type {
  Environment,
  Flow,
  FlowPreference,
  FlowReason,
  KnownMethodId,
  PaymentSession,
  PaymentStatus,
} from '../core/types.js';
import { LocaleController, localeTagOf } from '../i18n/locale.js';
import { fillTemplate } from '../i18n/strings.js';
import {
  walletStringsFor,
  type WalletStringOverrides,
  type WalletStrings,
} from '../i18n/wallet-strings.js';
import { adoptStylesIn } from '../styles/adopt.js';
import { themeStyles, visuallyHidden } from '../styles/theme.js';
import { refreshing, schemesConverter, sessionChanged, sessionConverter } from './converters.js';
import { formatCountdown } from './countdown.js';
import { emit } from './events.js';
import { handOff, prepareHand, unsafeUrlError, type Hand } from './hand.js';
import { downloadQrPng } from './qr-png.js';
import { walletStyles } from './styles.js';

const defaultNavigate = (url: string): void => window.location.assign(url);

/** Where the encoding of one text as a QR code stands; `error`: the encoder could not load. */
type QrState = QrSvg | 'loading' | 'too-long' | 'error';

/** Tab labels per flow. */
const TAB_LABEL = {
  redirect: 'tabRedirect',
  qr: 'tabQr',
  share: 'tabShare',
  'open-in-browser': 'tabOpenInBrowser',
} as const;

/** The session fields a flow depends on: when one is missing for a bad value, the shopper is told. */
const FLOW_FIELDS = ['redirectUrl', 'qrPayload', 'shareUrl'];

/** The mark in the circle of each final view. */
const FINAL_ICON = {
  paid: 'M7 12.5l3.2 3.2L17 9',
  failed: 'M8.5 8.5l7 7M15.5 8.5l-7 7',
  expired: 'M12 7v5l3 2',
  cancelled: 'M8 12h8',
};

/** Selects the link field's text after the browser has placed the caret for a focus or click. */
const selectAll = (event: Event): void => {
  const input = event.currentTarget as HTMLInputElement;
  setTimeout(() => input.select());
};

/** Copies text to the clipboard; false when it is missing or refuses. Never throws. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

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
 * @slot expired - Shown when the payment expired, above the "Get a new code" button.
 * @slot cancelled - Shown when the payment was cancelled, instead of the default text.
 *
 * @event {WalletFlowEvent} wallet-flow - A flow was chosen, switched to or fallen back to: `detail` `{flow, reason}`.
 * @event {WalletRedirectEvent} wallet-redirect - Cancelable, before navigating to the wallet: `detail` `{url}`. `preventDefault()` stops the navigation.
 * @event {WalletStatusEvent} wallet-status - The status changed: `detail` `{status, session}`; `pending` when tracking starts, then exactly one final status.
 * @event {WalletRefreshEvent} wallet-refresh - The shopper asks for a new code after expiry: `detail` `{session}`. Set a new `session`.
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
 * @csspart countdown - The time left to pay.
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
 * @csspart refresh-button - "Get a new code".
 *
 * @cssproperty --pp-accent - Buttons, selected tab, focus ring.
 * @cssproperty --pp-on-accent - Text on the accent.
 * @cssproperty --pp-text - Main text color.
 * @cssproperty --pp-text-muted - Secondary text color.
 * @cssproperty --pp-surface - Background of the card.
 * @cssproperty --pp-border - Borders.
 * @cssproperty --pp-danger - Error messages.
 * @cssproperty --pp-radius - Corner radius (default `12px`).
 * @cssproperty --pp-font - Font family.
 * @cssproperty --pp-gap - Base spacing (default `8px`).
 * @cssproperty --pp-focus-ring - `outline` of focused controls.
 */
export class WalletRedirect extends LitElement {
  static override styles = [themeStyles, visuallyHidden, walletStyles];

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
    navigate: { attribute: false },
    // Internal state. Spread in, because the manifest analyzer reads only plain entries here and
    // would list each as a public field and an attribute, despite `@internal`.
    ...{ announcement: { state: true }, codeExpired: { state: true } },
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
   * How the element navigates to the wallet. Default: `location.assign(url)`. Replace it to
   * observe navigation in tests, or to route app links through your own code.
   */
  navigate: (url: string) => void = defaultNavigate;

  /** @internal */ private announcement = '';
  /** @internal */ private codeExpired = false;

  // ---- The session: validated into a hand (or invalid), then `idle` → `pending` → one final
  // status. A new session's events (`wallet-error`s, `wallet-flow`, `wallet-status` pending) are
  // dispatched after it rendered, so listeners see it on screen and may set another. While the
  // element is connected and the payment pending, a StatusTracker asks the shop's server and the
  // session is kept for resume; a final status clears it. Removal stops everything, a new
  // connection starts again, and a new session replaces the tracker, so replies about an old
  // session are never heard.

  /** The session being handed off, or null (none, or invalid). */
  /** @internal */ #hand: Hand | null = null;
  /** The session given could not be used (`invalid-session`). */
  /** @internal */ #invalid = false;
  /** @internal */ #status: PaymentStatus = 'idle';
  /** Events to dispatch after the next render (a new session's, or a new choice of flow). */
  /** @internal */ #events: (() => void)[] = [];
  /** @internal */ #tracker: StatusTracker | null = null;
  /** Start a tracker after the next render (a new session, or new tracker options). */
  /** @internal */ #startQueued = false;
  /** The shop could not be reached several times in a row (tracking goes on). */
  /** @internal */ #unreachable = false;
  /** "I have paid" was pressed a moment ago: "Checking…" (the tracker reports final statuses only). */
  /** @internal */ #checking = false;
  /** @internal */ #checkingTimer: ReturnType<typeof setTimeout> | undefined;
  /** The grace period after expiry ended without the server's word: no tracker runs. */
  /** @internal */ #lapsed = false;
  /** The window of the document this element is in while connected (iframes have their own). */
  /** @internal */ #view: Window | null = null;

  // ---- Which flow is shown: the one `chooseFlow` picked, the tab the shopper switches to, or the
  // fallback when the wallet app did not open. Every change fires `wallet-flow`.

  /** The flow shown, or null without a session. */
  /** @internal */ #flow: Flow | null = null;
  /** A note above the panel, such as "Alipay didn't open", or ''. */
  /** @internal */ #notice = '';

  // ---- Opening the wallet app (one at a time, so two rapid clicks navigate once) and watching
  // whether it opened. Set from the navigation until the result: stops the watch without one.
  /** @internal */ #unwatch: (() => void) | undefined;

  // ---- Sharing and copying.
  /** A share is under way (the share sheet is open). */
  /** @internal */ #sharing = false;
  /** Neither the share sheet nor the clipboard took the share link: show it in a field. */
  /** @internal */ #shareFailed = false;
  /** A link the clipboard refused, shown in a selectable field instead; or null. */
  /** @internal */ #fallbackLink: string | null = null;

  /** QR codes of the texts last asked for (the session's payload and share link). */
  /** @internal */ #codes = new Map<string, QrState>();

  // ---- The countdown to `expiresAt`, on the server's clock (the tracker learns it): the visible
  // m:ss changes every second, but screen readers hear about it only once, at one minute left: a
  // live region updated every second would drown everything else. `codeExpired`: the tracker
  // said the deadline passed (the server may still report a last-second payment).
  /** `expiresAt` in epoch ms on the server's clock, or null (none, or unknown). */
  /** @internal */ #deadline: number | null = null;
  /** The server's clock minus this device's, in ms, as the last tracker learnt it. */
  /** @internal */ #offset: number | undefined;
  /** @internal */ #warned = false;
  /** @internal */ #countdownTimer: ReturnType<typeof setTimeout> | undefined;

  /** @internal */ #focusFinal = false;
  /** Focus was inside the shadow root before this update (it must not fall to the page). */
  /** @internal */ #hadFocus = false;

  constructor() {
    super();
    new LocaleController(this);
  }

  /** The payment's status as the shop's server reported it: `idle` before a session. */
  get status(): PaymentStatus {
    return this.#status;
  }

  /** The flow shown now (`redirect`, `qr`, `share`, `open-in-browser`), or null. */
  get activeFlow(): Flow | null {
    return this.#flow;
  }

  /**
   * Opens the wallet, as the "Pay … with …" button does: fires the cancelable `wallet-redirect`,
   * navigates, then falls back if the page is still visible after `redirect-timeout`. Call it
   * from a click handler: browsers open apps only on a user gesture. Does nothing while an
   * opening is under way, when the session has no usable redirect, or after a final status.
   */
  open(): void {
    const hand = this.#hand;
    const url = hand?.redirectUrl;
    if (
      !url ||
      this.#over() ||
      !hand.choice.available.includes('redirect') ||
      this.#unwatch ||
      !emit(this, 'wallet-redirect', { url }, true)
    ) {
      return;
    }
    this.#unwatch = () => {}; // opening: another click does nothing meanwhile
    this.requestUpdate();
    try {
      this.navigate(url);
    } catch (error) {
      console.error('<wallet-redirect>: navigation failed', error);
    }
    // Did the app open? The page either goes to the background (`visibilitychange` → hidden, or
    // `pagehide`): it did; or it stays visible for `redirect-timeout`: it did not. `blur` alone is
    // no evidence (iOS's "Open in app?" prompt blurs the page). A hint; the server has the truth.
    const finish = (opened: boolean): void => {
      this.#stopWatching();
      if (!opened) this.#onAppNotOpened();
    };
    const doc = this.ownerDocument;
    const view = doc.defaultView ?? window;
    const onVisibility = (): void => {
      if (doc.visibilityState === 'hidden') finish(true);
    };
    const onPageHide = (): void => finish(true);
    const timeout = this.redirectTimeout;
    // A hidden page at the deadline means the app took the foreground after all.
    const timer = setTimeout(
      () => finish(doc.visibilityState === 'hidden'),
      // Not a number (a malformed attribute): the default, not an instant "didn't open".
      Number.isFinite(timeout) ? timeout : 2500, // negative: at once, as setTimeout does
    );
    doc.addEventListener('visibilitychange', onVisibility);
    view.addEventListener('pagehide', onPageHide);
    this.#unwatch = () => {
      clearTimeout(timer);
      doc.removeEventListener('visibilitychange', onVisibility);
      view.removeEventListener('pagehide', onPageHide);
    };
    this.#notice = '';
  }

  /**
   * Shares the friend-pay link, as the "Share payment link" button does: the share sheet, else
   * the clipboard, else a selectable field (`share-failed`). Call it from a click handler. Does
   * nothing while a share is under way, when the session has no safe `shareUrl`, or after a
   * final status.
   */
  async share(): Promise<void> {
    const hand = this.#hand;
    const url = hand?.shareUrl;
    if (!url || this.#sharing || this.#over()) return;
    this.#sharing = true;
    this.requestUpdate();
    const strings = this.#localized().strings;
    const text = strings.shareMessage;
    let via: 'share' | 'clipboard' | 'aborted' | 'failed' | undefined;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ url, title: text, text });
        via = 'share';
      } catch (error) {
        // Closed by the shopper: their choice, and nothing more happens. Anything else
        // (NotAllowedError without user activation, unsupported data…): try the clipboard.
        if (error instanceof DOMException && error.name === 'AbortError') via = 'aborted';
      }
    }
    via ??= (await copyText(url)) ? 'clipboard' : 'failed';
    this.#sharing = false;
    this.requestUpdate();
    // The session changed meanwhile: its outcome is dropped.
    if (this.#hand?.session !== hand.session || via === 'aborted') return;
    if (via === 'failed') {
      this.#shareFailed = true;
      this.#announce(strings.shareFailed);
      emit(this, 'wallet-error', {
        code: 'share-failed',
        message: 'Neither navigator.share nor the clipboard could take the link.',
      });
    } else {
      this.#shareFailed = false;
      this.#announce(via === 'share' ? strings.shared : strings.copied);
      emit(this, 'wallet-share', { via });
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The document's own window: a removed iframe unloads its document (`pagehide`) while the
    // element inside still counts as connected to it; nothing may keep running for it then.
    this.#view = this.ownerDocument.defaultView;
    this.#view?.addEventListener('pagehide', this.#onPageHide);
    if (this.hasUpdated) this.#startTracker();
    this.#syncCountdown();
    this.#restore();
  }

  /** @internal */
  protected override createRenderRoot(): ShadowRoot {
    const root = this.shadowRoot ?? this.attachShadow(WalletRedirect.shadowRootOptions);
    adoptStylesIn(root, WalletRedirect.elementStyles);
    return root;
  }

  /** Moved into another document (a same-origin iframe): its styles follow. @internal */
  adoptedCallback(): void {
    if (this.shadowRoot) adoptStylesIn(this.shadowRoot, WalletRedirect.elementStyles);
  }

  /** Whether this element is in a live page: connected, in a document that has a window. */
  /** @internal */ #live(): boolean {
    return this.isConnected && !!this.ownerDocument.defaultView;
  }

  /** The document unloads (a removed iframe, or the page itself): stop everything. */
  /** @internal */ #onPageHide = (event: PageTransitionEvent): void => {
    if (event.persisted) return; // into the back/forward cache: it may come back
    this.#halt();
  };

  /** Stops tracking, the app-opened watch and the countdown. */
  /** @internal */ #halt(): void {
    this.#view?.removeEventListener('pagehide', this.#onPageHide);
    this.#view = null;
    this.#stopTracker();
    this.#stopWatching();
    clearTimeout(this.#countdownTimer);
  }

  /** With `resume` and no session yet: this tab's pending session, if any. */
  /** @internal */ #restore(): void {
    if (!this.resume || this.session !== null) return;
    const pending = loadPendingSession(getSessionStorage());
    if (pending) this.session = pending;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#halt();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#hadFocus = !!this.shadowRoot?.activeElement;
    // `resume` turned on later (frameworks often set properties after connecting).
    if (changed.has('resume') && this.isConnected) this.#restore();
    if (changed.has('resume') && this.#tracker) this.#keepForResume();
    const hand = this.#hand;
    // A new session, or an equal copy answering `wallet-refresh`: start over (`sessionChanged`).
    if (changed.has('session')) {
      refreshing.delete(changed.get('session') as object);
      this.#newSession();
      return;
    }
    if (
      hand &&
      !this.#over() &&
      (changed.has('flow') || changed.has('environment') || changed.has('allowedSchemes'))
    ) {
      // Chosen again for the same session; `wallet-flow` after the render when it differs, and
      // `unsafe-url` for a URL that the new `allowedSchemes` refuse. No usable flow left: the
      // session is invalid here, as if it had been given so (`invalid-session`).
      const next = prepareHand(hand.session, this);
      if (next.choice.flow === null) return this.#newSession();
      next.malformed = hand.malformed;
      this.#hand = next;
      for (const field of next.unsafe) {
        if (!hand.unsafe.includes(field)) {
          this.#events.push(() => emit(this, 'wallet-error', unsafeUrlError(field)));
        }
      }
      const { flow, reason } = next.choice;
      if (flow !== null && flow !== this.#flow) {
        this.#flow = flow;
        this.#events.push(() => emit(this, 'wallet-flow', { flow, reason }));
      }
    }
    if ((changed.has('checkStatus') || changed.has('pollInterval')) && this.#tracker) {
      // The tracker reads its options once: follow the new ones with a fresh tracker.
      this.#stopTracker();
      this.#startQueued = true;
    }
  }

  protected override updated(): void {
    const events = this.#events;
    this.#events = [];
    for (const dispatch of events) dispatch();
    if (this.#startQueued) {
      this.#startQueued = false;
      this.#startTracker();
    }
    // The outcome's heading after paid or failed. Otherwise, when the render removed the focused
    // control (a final status, the fallback after the app did not open, an expired code), focus
    // stays here: on the heading, the chosen tab or the panel, never lost to the page.
    if (this.#focusFinal || (this.#hadFocus && !this.shadowRoot!.activeElement)) {
      this.#focusFinal = false;
      this.renderRoot
        .querySelector<HTMLElement>('#final-heading,[aria-selected="true"],#panel')
        ?.focus();
    }
  }

  /** Resets everything for `this.session` (untrusted input); its events and tracking follow the next render. */
  /** @internal */ #newSession(): void {
    // A pending payment the shop replaced or withdrew (`session = null`) is not resumed later;
    // only its own entry is removed, never another payment's.
    const previous = this.#hand;
    if (previous && this.#status === 'pending') {
      clearPendingSession(getSessionStorage(), previous.session.id);
    }
    this.#lapsed = false;
    this.#stopWatching();
    this.#shareFailed = false;
    this.#fallbackLink = null;
    this.#codes = new Map();
    this.#notice = '';
    this.codeExpired = false;
    this.#stopTracker();
    const input = this.session;
    const given = input !== null && input !== undefined;
    const { hand, errors } = given ? handOff(input, this) : { hand: null, errors: [] };
    this.#hand = hand;
    this.#invalid = given && !hand;
    this.#status = hand ? 'pending' : 'idle';
    this.#unreachable = false;
    this.#startQueued = !!hand;
    this.#events = errors.map((error) => () => emit(this, 'wallet-error', error));
    this.#flow = hand && hand.choice.flow;
    if (hand) {
      const { flow, reason } = hand.choice;
      const { session } = hand;
      this.#events.push(
        () => emit(this, 'wallet-flow', { flow: flow!, reason }),
        () => emit(this, 'wallet-status', { status: 'pending', session }),
      );
    }
    this.#deadline = parseIsoInstant(hand?.session.expiresAt);
    this.#warned = false; // restarts the warnings even for the same deadline
    this.#syncCountdown();
  }

  /** "Get a new code": the shop answers with a new session, or an equal copy of this one. */
  /** @internal */ #refresh = (): void => {
    const { session } = this;
    if (typeof session === 'object' && session) refreshing.add(session);
    emit(this, 'wallet-refresh', { session: this.#hand!.session });
  };

  /** The payment is over here: final, or its code expired. Nothing is opened or shared then. */
  /** @internal */ #over(): boolean {
    return isFinalStatus(this.#status) || this.codeExpired;
  }

  /** With `resume`, keeps the pending session for this tab; without, forgets it. */
  /** @internal */ #keepForResume(): void {
    const session = this.#hand?.session;
    if (!session || this.#status !== 'pending') return;
    if (this.resume) savePendingSession(getSessionStorage(), session);
    else clearPendingSession(getSessionStorage(), session.id);
  }

  /** Starts a tracker for the session while connected and pending. */
  /** @internal */ #startTracker(): void {
    const hand = this.#hand;
    if (!hand || !this.#live() || this.#tracker || this.#status !== 'pending') return;
    const { session } = hand;
    this.#lapsed = false;
    this.#keepForResume();
    // A new tracker has reached nobody yet: the old one's "can't reach the shop" goes.
    if (this.#unreachable) {
      this.#unreachable = false;
      this.requestUpdate();
    }
    const tracker: StatusTracker = (this.#tracker = new StatusTracker({
      session: hand.tracked,
      pollInterval: this.pollInterval,
      checkStatus: this.checkStatus,
      clockOffset: this.#offset,
      visibility: documentVisibility(this.ownerDocument, this.#view!),
      // Once, with the final status the server reported.
      onStatus: (status) => {
        if (this.#tracker !== tracker) return;
        this.#tracker = null;
        this.#status = status;
        clearPendingSession(getSessionStorage(), session.id);
        this.#stopWatching();
        this.#deadline = null;
        this.#syncCountdown();
        this.#announce(this.#localized().strings[`${status}Title`]);
        this.#focusFinal = status === 'paid' || status === 'failed';
        emit(this, 'wallet-status', { status, session });
      },
      // The server's clock was read (or this device's proved wrong): the countdown follows it.
      onClock: () => {
        if (this.#tracker !== tracker) return;
        this.#offset = tracker.clockOffset;
        this.#deadline = tracker.deadline;
        this.#syncCountdown();
        this.requestUpdate();
      },
      // The code's time ran out on the server's clock: hide it; the tracker still listens a while.
      onExpire: () => {
        if (this.#tracker !== tracker) return;
        this.#stopWatching();
        this.codeExpired = true;
        this.#announce(this.#localized().strings.expiredTitle);
      },
      // The grace period ended with no final word from the server: stop asking ("I have paid" asks again).
      onLapse: () => {
        if (this.#tracker !== tracker) return;
        this.#tracker = null;
        this.#lapsed = true;
        this.requestUpdate();
      },
      // Once per streak of failures to reach the shop; tracking goes on.
      onError: ({ message }) => {
        if (this.#tracker !== tracker) return;
        this.#unreachable = true;
        this.#announce(this.#localized().strings.unreachable);
        emit(this, 'wallet-error', { code: 'status-unreachable', message });
      },
      onRecovered: () => {
        if (this.#tracker !== tracker) return;
        this.#unreachable = false;
        this.requestUpdate();
      },
    }));
    // Started after this update: a synchronous report (no status URL) then renders normally.
    queueMicrotask(() => {
      if (this.#tracker === tracker) tracker.start();
    });
  }

  /** @internal */ #stopTracker(): void {
    const tracker = this.#tracker;
    this.#tracker = null;
    tracker?.stop();
    // "Checking…" was that tracker's check: a new session's "I have paid" works at once.
    clearTimeout(this.#checkingTimer);
    if (this.#checking) {
      this.#checking = false;
      this.requestUpdate();
    }
  }

  /** "I have paid": checks at once, showing "Checking…" for a moment. */
  /** @internal */ #checkNow = (): void => {
    if (this.#lapsed) this.#startTracker(); // after the grace period: ask again, for another one
    if (!this.#tracker || this.#checking) return;
    this.#checking = true;
    this.requestUpdate();
    this.#tracker.checkNow();
    this.#checkingTimer = setTimeout(() => {
      this.#checking = false;
      this.requestUpdate();
    }, 1200);
  };

  /** Stops watching whether the wallet app opened, without a result. */
  /** @internal */ #stopWatching(): void {
    if (!this.#unwatch) return;
    this.#unwatch();
    this.#unwatch = undefined;
    this.requestUpdate();
  }

  /** The page stayed visible: show a notice and the QR code, else the share link, if allowed. */
  /** @internal */ #onAppNotOpened(): void {
    const hand = this.#hand;
    if (!hand || this.#over()) return;
    const { strings } = this.#localized();
    const notice = fillTemplate(strings.appNotOpened, {
      wallet: walletName(strings, hand.session),
    });
    this.#announce(notice);
    this.#notice = notice;
    this.requestUpdate();
    const flow = fallbackFlow(hand, hand.choice.available);
    if (flow) this.#switchTo(flow, 'app-not-opened');
  }

  /** Shows `flow` and fires `wallet-flow`, unless it is shown already. */
  /** @internal */ #switchTo(flow: Flow, reason: FlowReason): void {
    if (this.#flow === flow) return;
    this.#flow = flow;
    this.#fallbackLink = null; // the link field of a failed copy belongs to the old panel
    this.requestUpdate();
    emit(this, 'wallet-flow', { flow, reason });
  }

  /**
   * Keyboard of the flow tabs (WAI-ARIA tabs pattern, automatic activation): Left/Right move and
   * choose, wrapping, flipped in right-to-left text; Home/End go to the first/last tab. Focus
   * follows the selection.
   */
  /** @internal */ #onTabKeydown(event: KeyboardEvent, flows: readonly Flow[]): void {
    const count = flows.length;
    if (count === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const step = getComputedStyle(this).direction === 'rtl' ? -1 : 1;
    const index = Math.max(0, flows.indexOf(this.#flow!));
    const keys: Record<string, number> = {
      ArrowRight: index + step,
      ArrowLeft: index - step,
      Home: 0,
      End: count - 1,
    };
    const next = keys[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const flow = flows[(next + count) % count];
    this.#switchTo(flow, 'user');
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#tab-${flow}`)?.focus(),
    );
  }

  /** Copies `text`, or shows it in a selectable field when the clipboard refuses. */
  /** @internal */ async #copy(text: string): Promise<void> {
    const { strings } = this.#localized();
    const codes = this.#codes; // one per session
    const copied = await copyText(text);
    if (this.#codes !== codes) return; // a new session meanwhile: the outcome is dropped
    this.#fallbackLink = copied ? null : text;
    this.#announce(copied ? strings.copied : strings.copyFailed);
  }

  /** The state of `text`'s QR code, starting the encoding on first request. */
  /** @internal */ #qr(text: string): QrState {
    const codes = this.#codes;
    const known = codes.get(text);
    if (known) return known;
    codes.set(text, 'loading');
    void encode(text).then((code) => {
      if (this.#codes !== codes) return; // a new session meanwhile
      codes.set(text, code);
      if (code === 'too-long') {
        emit(this, 'wallet-error', {
          code: 'qr-too-long',
          message: `The text to encode (${text.length} characters) does not fit in a QR code.`,
        });
      }
      this.requestUpdate();
    });
    return 'loading';
  }

  /** Milliseconds left to pay on the server's clock, or null without a known deadline. */
  /** @internal */ #remaining(): number | null {
    return this.#deadline === null ? null : this.#deadline - Date.now() - (this.#offset ?? 0);
  }

  /** (Re)starts the countdown's timer while in a live page, or stops it. */
  /** @internal */ #syncCountdown(): void {
    clearTimeout(this.#countdownTimer);
    if (this.#live()) this.#countdown();
  }

  /**
   * One step of the countdown: warns once at one minute left, stops at the deadline (the tracker
   * then says whether the code expired, on the server's clock), and wakes up again when the
   * displayed second changes, so the display never lags.
   */
  /** @internal */ #countdown(): void {
    const left = this.#remaining();
    if (left === null || left <= 0 || this.#over()) return;
    if (left <= 60_000 && !this.#warned) {
      this.#warned = true;
      this.#announce(this.#localized().strings.oneMinuteLeft);
    }
    this.#countdownTimer = setTimeout(
      () => {
        this.requestUpdate();
        this.#countdown();
      },
      left % 1000 || 1000,
    );
  }

  /** @internal */ #announce(text: string): void {
    // A live region speaks when its content changes, and one render shows only the last value:
    // the same text twice in a row differs by a silent no-break space, so it is heard again.
    this.announcement = this.announcement === text ? text + '\u00a0' : text;
  }

  /** The language of this element (its nearest `lang`) and its strings, with the overrides. */
  /** @internal */ #localized(): { lang: string; strings: WalletStrings } {
    const { lang, locale } = localeTagOf(this);
    return { lang, strings: walletStringsFor(locale, this.strings) };
  }

  /** "Waiting for your payment…" (or `text`) with "I have paid", and the unreachable note. */
  /** @internal */ #statusBar(text: string): TemplateResult {
    const strings = this.#localized().strings;
    return html`<div class="status-bar" part="status">
        <span class="pulse" aria-hidden="true"></span>
        <span>${text}</span>
        <button
          class="link-button"
          part="check-button"
          type="button"
          aria-disabled=${this.#checking}
          @click=${this.#checkNow}
        >
          ${this.#checking ? strings.checking : strings.checkAgain}
        </button>
      </div>
      ${
        this.#unreachable
          ? html`<p class="message warning" part="unreachable">${strings.unreachable}</p>`
          : nothing
      }`;
  }

  protected override render(): TemplateResult {
    const { lang, strings } = this.#localized();
    const hand = this.#hand;
    const session = hand?.session;
    // The code expired while the server has not said so yet: the expired view, still listening.
    const status = this.codeExpired && this.#status === 'pending' ? 'expired' : this.#status;
    const final = isFinalStatus(status);
    const amount =
      session?.amount && session.currency
        ? formatAmount(session.amount, session.currency, lang)
        : null;
    const wallet = walletName(strings, session);
    const withWallet = (template: string): string => fillTemplate(template, { wallet });
    // An amount that cannot be shown exactly (`invalid-amount`): a note in its place, never a guess.
    const amountNote =
      amount === null && hand?.malformed.includes('amount')
        ? withWallet(strings.amountUnavailable)
        : null;
    const error = (text: string): TemplateResult =>
      html`<p class="message error" part="error">${text}</p>`;
    let body: TemplateResult | typeof nothing = nothing;

    if (this.#invalid) {
      body = error(strings.invalidSession);
    } else if (hand && final) {
      const listening = status !== this.#status; // expired here, not yet on the server
      // The end: a heading (focused for paid and failed), the shop's own content in the slot
      // named after the status or a localized default, and "Get a new code" after expiry.
      const text =
        status === 'paid'
          ? amount !== null
            ? fillTemplate(strings.paidText, { amount })
            : ''
          : strings[`${status}Text`];
      body = html`<section
          class="final final-${status}"
          part="final final-${status}"
          aria-labelledby="final-heading"
        >
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <circle cx="12" cy="12" r="10"></circle>
            <path d=${FINAL_ICON[status]}></path>
          </svg>
          <h2 id="final-heading" part="final-heading" tabindex="-1">
            ${strings[`${status}Title`]}
          </h2>
          <slot name=${status}>${text ? html`<p>${text}</p>` : nothing}</slot>
          ${
            status === 'expired'
              ? html`<button
                  class="primary"
                  part="refresh-button"
                  type="button"
                  @click=${this.#refresh}
                >
                  ${strings.newCode}
                </button>`
              : nothing
          }
        </section>
        ${listening ? this.#statusBar(strings.lateCheck) : nothing}`;
    } else if (hand) {
      // A pending payment: the tabs of the flows the session allows (when more than one), a
      // notice, the panel of the active flow, and the status line with "I have paid".
      const flows = hand.choice.available;
      const active = this.#flow ?? flows[0];
      const tabs = flows.length > 1;
      const title = (text: string): TemplateResult => html`<h2 part="title">${text}</h2>`;
      const hint = (text: string): TemplateResult => html`<p class="hint" part="hint">${text}</p>`;
      // Amount and payee, shown before every hand-off (China E-Commerce Law Art. 55).
      const row = (label: string, value: string | null, part: string) =>
        value === null
          ? nothing
          : html`<div>
              <dt>${label}</dt>
              <dd class=${part} part=${part}>${value}</dd>
            </div>`;
      const payee = session?.payee ?? null;
      const summary =
        amount === null && amountNote === null && payee === null
          ? nothing
          : html`<dl class="summary" part="summary">
              ${row(strings.amountLabel, amount ?? amountNote, amount ? 'amount' : 'amount-note')}
              ${row(strings.payeeLabel, payee, 'payee')}
            </dl>`;
      // A read-only, selectable field with a link, shown when sharing or copying failed.
      const linkField = (url: string | null, message: string) =>
        url === null
          ? nothing
          : html`<div class="link-field" part="link-field">
              <p class="message" part="link-message">${message}</p>
              <label for="link-input">${strings.linkField}</label>
              <input
                id="link-input"
                class="link-input"
                part="link-input"
                type="text"
                inputmode="url"
                readonly
                .value=${url}
                @focus=${selectAll}
                @click=${selectAll}
              />
            </div>`;
      // A QR code as inline SVG: one `<path>` in module units, crisp at any size. Attributes only
      // (no `style`), so it renders under a strict Content-Security-Policy; the colors are
      // presentation attributes, so the SVG stays dark-on-light when saved or serialized alone.
      const qrImage = (code: QrState, label: string): TemplateResult =>
        typeof code === 'object'
          ? html`<svg
              class="qr-svg"
              part="qr-code"
              viewBox="0 0 ${code.size} ${code.size}"
              role="img"
              aria-label=${label}
              shape-rendering="crispEdges"
            >
              <rect width=${code.size} height=${code.size} fill="#ffffff"></rect>
              <path d=${code.path} fill="#000000"></path>
            </svg>`
          : code === 'loading'
            ? html`<div class="qr-placeholder" part="qr-placeholder">
                <span class="spinner" aria-hidden="true"></span>
                <span class="visually-hidden">${strings.qrLoading}</span>
              </div>`
            : html`<div class="qr-placeholder" part="qr-placeholder">
                ${error(strings.qrTooLong)}
              </div>`;
      let panel: TemplateResult;

      if (active === 'redirect') {
        // Open the wallet app: amount and payee, then one button that says it commits to pay
        // (EU CRD Art. 8(2)): "Pay ¥128.00 with Alipay". Navigation happens only on a click.
        const opening = !!this.#unwatch;
        panel = html`<div class="panel-body" part="redirect-panel">
          ${title(withWallet(strings.redirectTitle))} ${summary}
          <button
            class="primary"
            part="open-button"
            type="button"
            aria-disabled=${opening}
            @click=${() => this.open()}
          >
            ${
              opening
                ? html`<span class="spinner" aria-hidden="true"></span>
                    ${withWallet(strings.opening)}`
                : amount !== null
                  ? fillTemplate(strings.payWith, { amount, wallet })
                  : withWallet(strings.openWallet)
            }
          </button>
          ${hint(withWallet(strings.redirectHint))}
        </div>`;
      } else if (active === 'qr') {
        // Scan to pay: the code with an accessible name that says amount and wallet, amount and
        // payee beside it, a visible countdown, "Save image" and "Copy link".
        const code = this.#qr(hand.qrPayload!);
        const remaining = this.#remaining();
        panel = html`<div class="panel-body" part="qr-panel">
          <div class="qr-layout">
            <div class="qr-frame" part="qr-frame">
              ${qrImage(
                code,
                amount !== null
                  ? fillTemplate(strings.qrLabel, { amount, wallet })
                  : withWallet(strings.qrLabelNoAmount),
              )}
            </div>
            <div class="qr-side">
              ${title(strings.qrTitle)} ${hint(withWallet(strings.qrInstructions))} ${summary}
              ${
                remaining === null || remaining <= 0
                  ? nothing
                  : html`<p class="countdown" part="countdown">
                      <span aria-hidden="true" class="clock"></span>
                      ${fillTemplate(strings.expiresIn, { time: formatCountdown(remaining) })}
                    </p>`
              }
              <div class="actions" part="actions">
                ${
                  typeof code === 'object'
                    ? html`<button
                        class="secondary"
                        part="save-button"
                        type="button"
                        @click=${() => downloadQrPng(code, `payment-${hand.session.id}.png`)}
                      >
                        ${strings.saveImage}
                      </button>`
                    : nothing
                }
                ${
                  hand.qrLink
                    ? html`<button
                        class="secondary"
                        part="copy-button"
                        type="button"
                        @click=${() => this.#copy(hand.qrLink!)}
                      >
                        ${strings.copyLink}
                      </button>`
                    : nothing
                }
              </div>
            </div>
          </div>
          ${linkField(this.#fallbackLink, strings.copyFailed)}
        </div>`;
      } else if (active === 'share') {
        // Ask a friend to pay: share the link (share sheet → clipboard → a selectable field) or
        // show its code, for a friend standing beside the shopper.
        const url = hand.shareUrl!;
        panel = html`<div class="panel-body" part="share-panel">
          ${title(strings.shareTitle)}
          ${hint(amount !== null ? fillTemplate(strings.shareText, { amount }) : strings.shareTextNoAmount)}
          ${summary}
          <button
            class="primary"
            part="share-button"
            type="button"
            aria-disabled=${this.#sharing}
            @click=${() => this.share()}
          >
            <svg class="button-icon" viewBox="0 0 24 24" aria-hidden="true">
              <path d="M12 3v12M7 8l5-5 5 5M5 13v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6"></path>
            </svg>
            ${strings.shareButton}
          </button>
          ${linkField(this.#shareFailed ? url : null, strings.shareFailed)}
          <div class="share-qr">
            <div class="qr-frame small" part="qr-frame">
              ${qrImage(this.#qr(url), strings.shareQrLabel)}
            </div>
            <p class="hint">${strings.shareQrHint}</p>
          </div>
        </div>`;
      } else {
        // This in-app browser blocks the wallet: say which app, show where its ⋯ menu is (a
        // decorative arrow to the top corner), and offer to copy the page's link to paste into a
        // real browser.
        const { inApp, os } = this.environment ?? currentEnvironment();
        const app =
          inApp && Object.hasOwn(strings.inAppNames, inApp)
            ? strings.inAppNames[inApp]
            : strings.thisApp;
        const browser = os === 'ios' ? strings.browserIos : strings.browserOther;
        panel = html`<div class="panel-body open-in-browser" part="open-in-browser-panel">
          <svg class="menu-arrow" part="menu-arrow" viewBox="0 0 64 64" aria-hidden="true">
            <path d="M10 58C14 34 28 18 52 12"></path>
            <path d="M40 8l13 4-5 12"></path>
          </svg>
          ${title(strings.openInBrowserTitle)}
          ${hint(fillTemplate(strings.openInBrowserWhy, { wallet, app }))}
          <ol class="steps" part="steps">
            <li>
              <span class="step-dots" aria-hidden="true">⋯</span>
              ${fillTemplate(strings.openInBrowserSteps, { browser, app })}
            </li>
          </ol>
          <button
            class="primary"
            part="copy-page-button"
            type="button"
            @click=${() => this.#copy(location.href)}
          >
            ${strings.copyPageLink}
          </button>
          ${linkField(this.#fallbackLink, strings.copyFailed)}
        </div>`;
      }

      body = html`
        ${
          tabs
            ? html`<div
                class="tabs"
                part="tabs"
                role="tablist"
                aria-label=${strings.flowTabs}
                @keydown=${(event: KeyboardEvent) => this.#onTabKeydown(event, flows)}
              >
                ${flows.map(
                  (flow) =>
                    html`<button
                      class="tab"
                      part=${flow === active ? 'tab tab-selected' : 'tab'}
                      id="tab-${flow}"
                      role="tab"
                      type="button"
                      data-flow=${flow}
                      aria-selected=${flow === active}
                      aria-controls="panel"
                      tabindex=${flow === active ? 0 : -1}
                      @click=${() => this.#switchTo(flow, 'user')}
                    >
                      ${strings[TAB_LABEL[flow]]}
                    </button>`,
                )}
              </div>`
            : nothing
        }
        ${this.#notice ? html`<p class="message notice" part="notice">${this.#notice}</p>` : nothing}
        <div
          class="panel"
          part="panel"
          id="panel"
          tabindex="-1"
          role=${tabs ? 'tabpanel' : 'group'}
          aria-labelledby=${tabs ? `tab-${active}` : nothing}
        >
          ${panel}
        </div>
        ${this.#statusBar(strings.waiting)}
      `;
    }

    return html`<div class="base" part="base" lang=${lang}>
      ${
        hand &&
        !final &&
        (hand.unsafe.length || hand.malformed.some((f) => FLOW_FIELDS.includes(f)))
          ? error(strings.unsafeUrl)
          : nothing
      }
      ${body}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.announcement}
      </div>
    </div>`;
  }
}

/** The wallet's name for `{wallet}` ("Alipay", "微信支付"); unknown methods get a generic one. */
function walletName(strings: WalletStrings, session: PaymentSession | undefined): string {
  const method = session?.method ?? '';
  return Object.hasOwn(strings.methodLabels, method)
    ? strings.methodLabels[method as KnownMethodId]
    : strings.genericWallet;
}

/**
 * Encodes `text` as a QR code. The encoder (`core/qr.ts`) is loaded with a dynamic `import()` the
 * first time a code is shown, so pages that never show one never download it.
 */
async function encode(text: string): Promise<QrState> {
  try {
    const { encodeQr, isQrTooLongError } = await import('../core/qr.js');
    try {
      return encodeQr(text);
    } catch (error) {
      if (isQrTooLongError(error)) return 'too-long';
      throw error;
    }
  } catch {
    // The chunk failed to load (offline) or the encoder broke: show the other ways to pay.
    return 'error';
  }
}
