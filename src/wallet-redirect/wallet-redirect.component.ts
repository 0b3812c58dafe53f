import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { currentEnvironment } from '../core/environment.js';
import { chooseFlow, fallbackFlow } from '../core/flow.js';
import { formatAmount } from '../core/money.js';
import {
  clearPendingSession,
  getSessionStorage,
  loadPendingSession,
  savePendingSession,
} from '../core/pending.js';
import { DEFAULT_ALLOWED_SCHEMES } from '../core/safe-url.js';
import { isFinalStatus, parseSession } from '../core/session.js';
import { StatusTracker, type CheckStatus } from '../core/status.js';
import type {
  Environment,
  FinalStatus,
  Flow,
  FlowChoice,
  FlowPreference,
  FlowReason,
  KnownMethodId,
  PaymentSession,
  PaymentStatus,
} from '../core/types.js';
import { canonicalLang, LocaleController, resolveLang, supportedLocale } from '../i18n/locale.js';
import { fillTemplate } from '../i18n/strings.js';
import {
  walletStringsFor,
  type WalletStringOverrides,
  type WalletStrings,
} from '../i18n/wallet-strings.js';
import { themeStyles, visuallyHidden } from '../styles/theme.js';
import { AppOpenDetector } from './app-open-detector.js';
import { CountdownController } from './countdown-controller.js';
import { schemesConverter, sessionConverter } from './converters.js';
import { emit, type WalletErrorCode } from './events.js';
import { renderOpenInBrowserPanel } from './open-in-browser-panel.js';
import type { PanelContext } from './panel-context.js';
import { prepareSession, type PreparedSession } from './prepared-session.js';
import { downloadQrPng, QrController } from './qr-controller.js';
import { renderQrPanel } from './qr-panel.js';
import { renderRedirectPanel } from './redirect-panel.js';
import { copyText, shareLink } from './share-link.js';
import { renderSharePanel } from './share-panel.js';
import { renderFinalView, renderStatusBar } from './status-view.js';
import { walletStyles } from './styles.js';
import { onTabKeydown, renderTabs } from './tabs.js';

/** The element's view of the session it was given. */
interface Hand {
  prepared: PreparedSession;
  choice: FlowChoice;
}

const defaultNavigate = (url: string): void => window.location.assign(url);

/**
 * @summary Hands a payment off to the wallet: opens the wallet app, shows a QR code to scan, a
 * link to send to a friend, or how to leave an in-app browser that blocks the wallet; then
 * follows the payment's status until it is paid, failed, expired or cancelled.
 *
 * @description
 * Give it the `session` your server got when it created the payment. The element picks the flow
 * that works here (`chooseFlow`), lets the shopper switch between the flows the session allows,
 * and reflects the status your server reports — it never decides on its own that a payment
 * succeeded. Every URL is checked before use; an unsafe one removes only its own flow.
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
 * @event {WalletErrorEvent} wallet-error - `detail` `{code, message}`; codes `invalid-session`, `unsafe-url`, `qr-too-long`, `status-unreachable`, `share-failed`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart tabs - The tab list of the flows.
 * @csspart tab - One tab; `tab-selected` is added to the chosen one.
 * @csspart panel - The panel of the chosen flow.
 * @csspart title - The heading of a panel.
 * @csspart hint - Explanatory text in a panel.
 * @csspart summary - Amount and payee.
 * @csspart amount - The formatted amount.
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
 * @csspart status - The "Waiting for your payment" line.
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

  /**
   * The PaymentSession from the shop's server (the attribute takes JSON). Validated with
   * `parseSession`; a bad one fires `wallet-error` `invalid-session`. Setting a new session
   * restarts everything: the old session's status replies are ignored from then on.
   */
  @property({ converter: sessionConverter }) session: PaymentSession | null = null;

  /** The flow to show first when the session allows it: `auto`, `redirect`, `qr` or `share`. */
  @property() flow: FlowPreference = 'auto';

  /** Status polling period while the page is visible, in ms. */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = 2000;

  /**
   * How long the page must stay visible after opening the wallet app before falling back to the
   * QR code or the share link (`wallet-flow` reason `app-not-opened`), in ms.
   */
  @property({ attribute: 'redirect-timeout', type: Number }) redirectTimeout = 2500;

  /** Non-https schemes a redirect may use (the attribute is space-separated). */
  @property({ attribute: 'allowed-schemes', converter: schemesConverter })
  allowedSchemes: readonly string[] = [...DEFAULT_ALLOWED_SCHEMES];

  /**
   * Restore this tab's pending session after a reload (or when the wallet app returns to a
   * fresh page) and keep tracking it, when no `session` is set.
   */
  @property({ type: Boolean }) resume = false;

  /**
   * A custom status transport, `(session, {signal}) => Promise<{status, id?}>`, used instead of
   * `statusUrl`/`eventsUrl`.
   */
  @property({ attribute: false }) checkStatus: CheckStatus | undefined = undefined;

  /**
   * The environment the flow is chosen for. Default: detected from this browser. Set it to
   * preview another environment (stories, tests, an in-app browser detected by the server).
   */
  @property({ attribute: false }) environment: Environment | null = null;

  /** Overrides of the visible strings (a partial `WalletStrings`). The locale comes from `lang`. */
  @property({ attribute: false }) strings: WalletStringOverrides | null = null;

  /**
   * How the element navigates to the wallet. Default: `location.assign(url)`. Replace it to
   * observe navigation in tests, or to route app links through your own code.
   */
  @property({ attribute: false }) navigate: (url: string) => void = defaultNavigate;

  @state() private hand: Hand | null = null;
  @state() private invalid = false;
  @state() private active: Flow | null = null;
  @state() private currentStatus: PaymentStatus = 'idle';
  @state() private notice = '';
  @state() private announcement = '';
  @state() private unreachable = false;
  @state() private opening = false;
  @state() private sharing = false;
  @state() private checking = false;
  @state() private shareFailed = false;
  @state() private fallbackLink: string | null = null;
  @state() private codeExpired = false;

  private tracker: StatusTracker | null = null;
  private detector: AppOpenDetector | null = null;
  /** Side effects of a new session, run after it rendered. */
  private startQueued = false;
  /** Events of a new session, dispatched after it rendered (listeners may set a new one). */
  private queuedEvents: (() => void)[] = [];
  private focusFinal = false;
  private checkingTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly qr = new QrController(this, (text) => this.onQrTooLong(text));
  private readonly countdown = new CountdownController(this, {
    onWarning: () => this.announce(this.localized().strings.oneMinuteLeft),
    onEnd: () => {
      this.codeExpired = true;
    },
  });

  constructor() {
    super();
    new LocaleController(this);
  }

  /** The payment's status as the shop's server reported it: `idle` before a session. */
  get status(): PaymentStatus {
    return this.currentStatus;
  }

  /** The flow shown now (`redirect`, `qr`, `share`, `open-in-browser`), or null. */
  get activeFlow(): Flow | null {
    return this.active;
  }

  /**
   * Opens the wallet, as the "Pay … with …" button does: fires the cancelable `wallet-redirect`,
   * navigates, then falls back if the page is still visible after `redirect-timeout`. Call it
   * from a click handler: browsers open apps only on a user gesture. Does nothing while an
   * opening is under way, when the session has no usable redirect, or after a final status.
   */
  open(): void {
    const hand = this.hand;
    const url = hand?.prepared.redirectUrl;
    if (!hand || !url || this.opening || isFinalStatus(this.currentStatus)) return;
    if (!hand.choice.available.includes('redirect')) return;
    if (!emit(this, 'wallet-redirect', { url }, true)) return;
    this.opening = true;
    this.notice = '';
    try {
      this.navigate(url);
    } catch (error) {
      console.error('<wallet-redirect>: navigation failed', error);
    }
    this.detector?.stop();
    const detector = new AppOpenDetector({
      timeout: this.redirectTimeout,
      onResult: (result) => {
        if (this.detector !== detector) return;
        this.detector = null;
        this.opening = false;
        if (result === 'not-opened') this.onAppNotOpened();
      },
    });
    this.detector = detector;
    detector.start();
  }

  /**
   * Shares the friend-pay link, as the "Share payment link" button does: the share sheet, else
   * the clipboard, else a selectable field (`share-failed`). Call it from a click handler. Does
   * nothing while a share is under way or when the session has no safe `shareUrl`.
   */
  async share(): Promise<void> {
    const url = this.hand?.prepared.shareUrl;
    if (!url || this.sharing) return;
    this.sharing = true;
    const { strings } = this.localized();
    const session = this.hand!.prepared.session;
    let outcome;
    try {
      outcome = await shareLink({ url, title: strings.shareMessage, text: strings.shareMessage });
    } finally {
      this.sharing = false;
    }
    if (this.hand?.prepared.session !== session) return; // a new session meanwhile
    if (outcome === 'share' || outcome === 'clipboard') {
      this.shareFailed = false;
      this.announce(outcome === 'share' ? strings.shared : strings.copied);
      emit(this, 'wallet-share', { via: outcome });
    } else if (outcome === 'failed') {
      this.shareFailed = true;
      this.announce(strings.shareFailed);
      this.fail('share-failed', 'Neither navigator.share nor the clipboard could take the link.');
    }
  }

  // ---------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.resume && this.session === null) {
      const pending = loadPendingSession(getSessionStorage());
      if (pending) this.session = pending;
    }
    if (this.hasUpdated) this.startTracking();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTracking();
    this.detector?.stop();
    this.detector = null;
    this.opening = false;
    clearTimeout(this.checkingTimer);
    this.checking = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session')) {
      this.newSession();
    } else if (
      this.hand !== null &&
      (changed.has('flow') || changed.has('environment') || changed.has('allowedSchemes'))
    ) {
      this.hand = this.prepare(this.hand.prepared.session);
      this.active = this.hand?.choice.flow ?? null;
    }
    if (
      this.tracker !== null &&
      (changed.has('checkStatus') || changed.has('pollInterval')) &&
      !changed.has('session')
    ) {
      // The tracker reads its options once: follow the new ones with a fresh tracker.
      this.stopTracking();
      this.startQueued = true;
    }
  }

  protected override updated(): void {
    const events = this.queuedEvents;
    this.queuedEvents = [];
    for (const dispatch of events) dispatch();
    if (this.startQueued) {
      this.startQueued = false;
      this.startTracking();
    }
    if (this.focusFinal) {
      this.focusFinal = false;
      this.renderRoot.querySelector<HTMLElement>('#final-heading')?.focus();
    }
  }

  // ---------------------------------------------------------------- session and tracking

  /** Resets everything for `this.session`; the side effects run after the next render. */
  private newSession(): void {
    this.stopTracking();
    this.detector?.stop();
    this.detector = null;
    this.qr.reset();
    this.opening = false;
    this.notice = '';
    this.unreachable = false;
    this.shareFailed = false;
    this.fallbackLink = null;
    this.codeExpired = false;
    this.invalid = false;
    this.queuedEvents = [];
    this.hand = null;
    this.active = null;
    this.currentStatus = 'idle';
    this.countdown.setDeadline(null);
    if (this.session === null || this.session === undefined) return;

    const parsed = parseSession(this.session);
    if (!parsed.ok) {
      this.invalid = true;
      this.failLater('invalid-session', `${parsed.error.field} ${parsed.error.message}`);
      return;
    }
    const hand = this.prepare(parsed.session);
    for (const field of hand.prepared.unsafe) {
      this.failLater('unsafe-url', `session.${field} is not a safe URL here and was not used.`);
    }
    if (hand.choice.flow === null) {
      this.invalid = true;
      this.failLater(
        'invalid-session',
        'The session has no usable redirectUrl, qrPayload or shareUrl in this environment.',
      );
      return;
    }
    this.hand = hand;
    this.active = hand.choice.flow;
    this.currentStatus = 'pending';
    const expiresAt = parsed.session.expiresAt ? Date.parse(parsed.session.expiresAt) : NaN;
    this.countdown.setDeadline(Number.isNaN(expiresAt) ? null : expiresAt);
    this.startQueued = true;
    const { flow, reason } = hand.choice;
    this.queuedEvents.push(
      () => emit(this, 'wallet-flow', { flow, reason }),
      () => emit(this, 'wallet-status', { status: 'pending', session: parsed.session }),
    );
  }

  private prepare(session: PaymentSession): Hand {
    const prepared = prepareSession(session, this.allowedSchemes, document.baseURI);
    const environment = this.environment ?? currentEnvironment();
    const choice = chooseFlow(
      session.method,
      {
        redirectUrl: prepared.redirectUrl ?? undefined,
        qrPayload: prepared.qrPayload ?? undefined,
        shareUrl: prepared.shareUrl ?? undefined,
      },
      environment,
      this.flow,
    );
    return { prepared, choice };
  }

  /** Starts a tracker for the current session while connected and not final. */
  private startTracking(): void {
    const hand = this.hand;
    if (!hand || !this.isConnected || this.tracker || this.currentStatus !== 'pending') return;
    const session = hand.prepared.session;
    savePendingSession(getSessionStorage(), session);
    const tracker = new StatusTracker({
      session: hand.prepared.tracked,
      pollInterval: this.pollInterval,
      checkStatus: this.checkStatus,
      onStatus: (status) => {
        if (this.tracker === tracker) this.onFinal(status);
      },
      onError: (error) => {
        if (this.tracker !== tracker) return;
        this.unreachable = true;
        this.announce(this.localized().strings.unreachable);
        this.fail('status-unreachable', error.message);
      },
    });
    this.tracker = tracker;
    // Started after this update: a synchronous report (no status URL) then renders normally.
    queueMicrotask(() => {
      if (this.tracker === tracker) tracker.start();
    });
  }

  private stopTracking(): void {
    const tracker = this.tracker;
    this.tracker = null;
    tracker?.stop();
  }

  private onFinal(status: FinalStatus): void {
    const session = this.hand?.prepared.session;
    this.tracker = null;
    this.detector?.stop();
    this.detector = null;
    this.opening = false;
    this.currentStatus = status;
    this.countdown.setDeadline(null);
    if (!session) return;
    clearPendingSession(getSessionStorage(), session.id);
    const { strings } = this.localized();
    const titles: Record<FinalStatus, string> = {
      paid: strings.paidTitle,
      failed: strings.failedTitle,
      expired: strings.expiredTitle,
      cancelled: strings.cancelledTitle,
    };
    this.announce(titles[status]);
    this.focusFinal = status === 'paid' || status === 'failed';
    emit(this, 'wallet-status', { status, session });
  }

  private onAppNotOpened(): void {
    const hand = this.hand;
    if (!hand || isFinalStatus(this.currentStatus)) return;
    const ctx = this.context();
    this.notice = fillTemplate(ctx.strings.appNotOpened, { wallet: ctx.wallet });
    this.announce(this.notice);
    const flow = fallbackFlow(
      {
        qrPayload: hand.prepared.qrPayload ?? undefined,
        shareUrl: hand.prepared.shareUrl ?? undefined,
      },
      hand.choice.available,
    );
    if (flow) this.switchFlow(flow, 'app-not-opened');
  }

  private onQrTooLong(text: string): void {
    this.fail(
      'qr-too-long',
      `The text to encode (${text.length} characters) does not fit in a QR code.`,
    );
  }

  private switchFlow(flow: Flow, reason: FlowReason): void {
    if (this.active === flow) return;
    this.active = flow;
    this.fallbackLink = null;
    emit(this, 'wallet-flow', { flow, reason });
  }

  private fail(code: WalletErrorCode, message: string): void {
    emit(this, 'wallet-error', { code, message });
  }

  private failLater(code: WalletErrorCode, message: string): void {
    this.queuedEvents.push(() => this.fail(code, message));
  }

  private announce(text: string): void {
    // Same text twice in a row: clear first so screen readers hear it again.
    if (this.announcement === text) this.announcement = '';
    this.announcement = text;
  }

  // ---------------------------------------------------------------- handlers

  private readonly onOpenClick = (): void => this.open();
  private readonly onShareClick = (): void => void this.share();

  private readonly onCheckClick = (): void => {
    if (!this.tracker || this.checking) return;
    this.checking = true;
    this.tracker.checkNow();
    // The tracker reports only the final status; show "Checking…" briefly either way.
    this.checkingTimer = setTimeout(() => {
      this.checking = false;
    }, 1200);
  };

  private readonly onRefreshClick = (): void => {
    const session = this.hand?.prepared.session;
    if (session) emit(this, 'wallet-refresh', { session });
  };

  private readonly onSaveClick = (): void => {
    const payload = this.hand?.prepared.qrPayload;
    if (!payload) return;
    const state = this.qr.get(payload);
    if (state.state === 'ready')
      void downloadQrPng(state.qr, `payment-${this.hand!.prepared.session.id}.png`);
  };

  private readonly onCopyQrLink = (): void => {
    const link = this.hand?.prepared.qrLink;
    if (link) void this.copy(link);
  };

  private readonly onCopyPageLink = (): void => void this.copy(window.location.href);

  private async copy(text: string): Promise<void> {
    const { strings } = this.localized();
    if (await copyText(text)) {
      this.fallbackLink = null;
      this.announce(strings.copied);
    } else {
      this.fallbackLink = text;
      this.announce(strings.copyFailed);
    }
  }

  private readonly onTabClick = (event: Event): void => {
    const flow = (event.currentTarget as HTMLElement).dataset['flow'] as Flow;
    this.switchFlow(flow, 'user');
  };

  private readonly onTabKeydown = (event: KeyboardEvent): void => {
    const flows = this.hand?.choice.available ?? [];
    onTabKeydown(event, this, flows, this.active, (flow) => {
      this.switchFlow(flow, 'user');
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#tab-${flow}`)?.focus(),
      );
    });
  };

  // ---------------------------------------------------------------- rendering

  private localized(): { lang: string; strings: WalletStrings } {
    const lang = canonicalLang(resolveLang(this));
    return { lang, strings: walletStringsFor(supportedLocale(lang), this.strings) };
  }

  private context(): PanelContext {
    const { lang, strings } = this.localized();
    const session = this.hand?.prepared.session;
    const amount =
      session?.amount && session.currency
        ? formatAmount(session.amount, session.currency, lang)
        : null;
    const method = session?.method ?? '';
    const wallet = Object.hasOwn(strings.methodLabels, method)
      ? strings.methodLabels[method as KnownMethodId]
      : strings.genericWallet;
    return { strings, amount, payee: session?.payee ?? null, wallet };
  }

  protected override render(): TemplateResult {
    const { lang } = this.localized();
    const ctx = this.context();
    const { strings } = ctx;
    let body: TemplateResult | typeof nothing = nothing;
    if (this.invalid) {
      body = html`<p class="message error" part="error">${strings.invalidSession}</p>`;
    } else if (this.hand && isFinalStatus(this.currentStatus)) {
      body = renderFinalView(strings, this.currentStatus, {
        amount: ctx.amount,
        onRefresh: this.onRefreshClick,
      });
    } else if (this.hand) {
      body = this.renderFlows(ctx);
    }
    const unsafe =
      (this.hand?.prepared.unsafe.length ?? 0) > 0 && !isFinalStatus(this.currentStatus);
    return html`<div class="base" part="base" lang=${lang}>
      ${unsafe ? html`<p class="message error" part="error">${strings.unsafeUrl}</p>` : nothing}
      ${body}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.announcement}
      </div>
    </div>`;
  }

  private renderFlows(ctx: PanelContext): TemplateResult {
    const hand = this.hand!;
    const flows = hand.choice.available;
    const active = this.active ?? flows[0];
    const tabs = flows.length > 1;
    return html`
      ${
        tabs
          ? renderTabs(flows, active, ctx.strings, {
              onClick: this.onTabClick,
              onKeydown: this.onTabKeydown,
            })
          : nothing
      }
      ${this.notice ? html`<p class="message notice" part="notice">${this.notice}</p>` : nothing}
      <div
        class="panel"
        part="panel"
        id="panel"
        role=${tabs ? 'tabpanel' : 'group'}
        aria-labelledby=${tabs ? `tab-${active}` : nothing}
      >
        ${this.renderPanel(active, ctx)}
      </div>
      ${renderStatusBar(ctx.strings, {
        checking: this.checking,
        unreachable: this.unreachable,
        onCheck: this.onCheckClick,
      })}
    `;
  }

  private renderPanel(flow: Flow, ctx: PanelContext): TemplateResult {
    const prepared = this.hand!.prepared;
    switch (flow) {
      case 'redirect':
        return renderRedirectPanel(ctx, { opening: this.opening, onOpen: this.onOpenClick });
      case 'qr':
        if (this.codeExpired) {
          return html`<p class="message" part="hint">${ctx.strings.expiredText}</p>`;
        }
        return renderQrPanel(ctx, {
          qr: this.qr.get(prepared.qrPayload!),
          remaining: this.countdown.remaining,
          canCopyLink: prepared.qrLink !== null,
          fallbackLink: this.fallbackLink,
          onSave: this.onSaveClick,
          onCopy: this.onCopyQrLink,
        });
      case 'share':
        return renderSharePanel(ctx, {
          qr: this.qr.get(prepared.shareUrl!),
          url: prepared.shareUrl!,
          sharing: this.sharing,
          failed: this.shareFailed,
          onShare: this.onShareClick,
        });
      case 'open-in-browser':
        return renderOpenInBrowserPanel(ctx, {
          environment: this.environment ?? currentEnvironment(),
          fallbackLink: this.fallbackLink,
          onCopy: this.onCopyPageLink,
        });
    }
  }
}
