import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { currentEnvironment } from '../core/environment.js';
import { getSessionStorage, loadPendingSession } from '../core/pending.js';
import { DEFAULT_ALLOWED_SCHEMES } from '../core/safe-url.js';
import { isFinalStatus } from '../core/session.js';
import type { CheckStatus } from '../core/status.js';
import type {
  Environment,
  FinalStatus,
  Flow,
  FlowPreference,
  PaymentSession,
  PaymentStatus,
} from '../core/types.js';
import { LocaleController } from '../i18n/locale.js';
import { fillTemplate } from '../i18n/strings.js';
import type { WalletStringOverrides } from '../i18n/wallet-strings.js';
import { themeStyles, visuallyHidden } from '../styles/theme.js';
import { CountdownController } from './countdown-controller.js';
import { schemesConverter, sessionConverter } from './converters.js';
import { emit } from './events.js';
import { FlowController } from './flow-controller.js';
import { renderFlows } from './flows-view.js';
import type { HandOptions } from './hand.js';
import { localize, panelContext, type PanelContext } from './panel-context.js';
import { QrController } from './qr-controller.js';
import { RedirectController } from './redirect-controller.js';
import { SessionController } from './session-controller.js';
import { ShareController } from './share-controller.js';
import { finalTitle, renderFinalView } from './status-view.js';
import { walletStyles } from './styles.js';

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

  /** @internal */ @state() private announcement = '';
  /** @internal */ @state() private codeExpired = false;

  /** @internal */ private focusFinal = false;
  /** @internal */ private readonly payment = new SessionController(this, {
    pollInterval: () => this.pollInterval,
    checkStatus: () => this.checkStatus,
    onFinal: (status, session) => this.onFinal(status, session),
    onUnreachable: (message) => {
      this.announce(this.localized().strings.unreachable);
      emit(this, 'wallet-error', { code: 'status-unreachable', message });
    },
  });
  /** @internal */ private readonly redirect = new RedirectController(this, {
    navigate: (url) => this.navigate(url),
    timeout: () => this.redirectTimeout,
    onNotOpened: () => this.onAppNotOpened(),
  });
  /** @internal */ private readonly flows = new FlowController(this, () =>
    this.sharer.clearFallbackLink(),
  );
  /** @internal */ private readonly sharer = new ShareController(this, {
    strings: () => this.localized().strings,
    announce: (text) => this.announce(text),
  });
  /** @internal */ private readonly qr = new QrController(this, (text) =>
    emit(this, 'wallet-error', {
      code: 'qr-too-long',
      message: `The text to encode (${text.length} characters) does not fit in a QR code.`,
    }),
  );
  /** @internal */ private readonly countdown = new CountdownController(this, {
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
    return this.payment.status;
  }

  /** The flow shown now (`redirect`, `qr`, `share`, `open-in-browser`), or null. */
  get activeFlow(): Flow | null {
    return this.flows.active;
  }

  /**
   * Opens the wallet, as the "Pay … with …" button does: fires the cancelable `wallet-redirect`,
   * navigates, then falls back if the page is still visible after `redirect-timeout`. Call it
   * from a click handler: browsers open apps only on a user gesture. Does nothing while an
   * opening is under way, when the session has no usable redirect, or after a final status.
   */
  open(): void {
    const hand = this.payment.hand;
    const url = hand?.prepared.redirectUrl;
    if (!hand || !url || isFinalStatus(this.status)) return;
    if (!hand.choice.available.includes('redirect')) return;
    if (this.redirect.open(url)) this.flows.clearNotice();
  }

  /**
   * Shares the friend-pay link, as the "Share payment link" button does: the share sheet, else
   * the clipboard, else a selectable field (`share-failed`). Call it from a click handler. Does
   * nothing while a share is under way or when the session has no safe `shareUrl`.
   */
  async share(): Promise<void> {
    const prepared = this.payment.hand?.prepared;
    if (!prepared?.shareUrl) return;
    const { session } = prepared;
    await this.sharer.share(
      prepared.shareUrl,
      () => this.payment.hand?.prepared.session === session,
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.resume && this.session === null) {
      const pending = loadPendingSession(getSessionStorage());
      if (pending) this.session = pending;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session')) {
      this.newSession();
    } else if (
      this.payment.hand !== null &&
      (changed.has('flow') || changed.has('environment') || changed.has('allowedSchemes'))
    ) {
      const choice = this.payment.rechoose(this.handOptions())?.choice;
      if (choice) this.flows.choose(choice.flow, choice.reason);
    }
    if ((changed.has('checkStatus') || changed.has('pollInterval')) && !changed.has('session')) {
      // The tracker reads its options once: follow the new ones with a fresh tracker.
      this.payment.restart();
    }
  }

  protected override updated(): void {
    if (this.focusFinal) {
      this.focusFinal = false;
      this.renderRoot.querySelector<HTMLElement>('#final-heading')?.focus();
    }
  }

  /**
   * Resets everything for `this.session`; its events and tracking follow the next render.
   * @internal
   */
  private newSession(): void {
    this.redirect.reset();
    this.sharer.reset();
    this.qr.reset();
    this.flows.clearNotice();
    this.codeExpired = false;
    const hand = this.payment.set(this.session, this.handOptions());
    this.flows.show(hand?.choice.flow ?? null);
    const expiresAt = hand?.prepared.session.expiresAt;
    const deadline = expiresAt ? Date.parse(expiresAt) : NaN;
    this.countdown.setDeadline(null); // restarts the warnings even for the same deadline
    this.countdown.setDeadline(Number.isNaN(deadline) ? null : deadline);
  }

  /** @internal */ private handOptions(): HandOptions {
    return {
      allowedSchemes: this.allowedSchemes,
      environment: this.environment ?? currentEnvironment(),
      flow: this.flow,
      base: document.baseURI,
    };
  }

  /** @internal */ private onFinal(status: FinalStatus, session: PaymentSession): void {
    this.redirect.reset();
    this.countdown.setDeadline(null);
    this.announce(finalTitle(this.localized().strings, status));
    this.focusFinal = status === 'paid' || status === 'failed';
    emit(this, 'wallet-status', { status, session });
  }

  /** @internal */ private onAppNotOpened(): void {
    const hand = this.payment.hand;
    if (!hand || isFinalStatus(this.status)) return;
    const ctx = this.context();
    const notice = fillTemplate(ctx.strings.appNotOpened, { wallet: ctx.wallet });
    this.announce(notice);
    this.flows.fallBack(hand, notice);
  }

  /** @internal */ private announce(text: string): void {
    // Same text twice in a row: clear first so screen readers hear it again.
    if (this.announcement === text) this.announcement = '';
    this.announcement = text;
  }

  /** @internal */ private readonly onRefreshClick = (): void => {
    const session = this.payment.hand?.prepared.session;
    if (session) emit(this, 'wallet-refresh', { session });
  };

  /** @internal */ private readonly onSaveClick = (): void => {
    const prepared = this.payment.hand?.prepared;
    if (prepared?.qrPayload) this.qr.save(prepared.qrPayload, `payment-${prepared.session.id}.png`);
  };

  /** @internal */ private readonly onCopyQrLink = (): void => {
    const link = this.payment.hand?.prepared.qrLink;
    if (link) void this.sharer.copy(link);
  };

  /** @internal */ private localized() {
    return localize(this, this.strings);
  }

  /** @internal */ private context(): PanelContext {
    const { lang, strings } = this.localized();
    return panelContext(lang, strings, this.payment.hand?.prepared.session);
  }

  protected override render(): TemplateResult {
    const { lang } = this.localized();
    const ctx = this.context();
    const { strings } = ctx;
    const hand = this.payment.hand;
    let body: TemplateResult | typeof nothing = nothing;
    if (this.payment.invalid) {
      body = html`<p class="message error" part="error">${strings.invalidSession}</p>`;
    } else if (hand && isFinalStatus(this.status)) {
      body = renderFinalView(strings, this.status, {
        amount: ctx.amount,
        onRefresh: this.onRefreshClick,
      });
    } else if (hand) {
      body = renderFlows(ctx, {
        hand,
        active: this.flows.active,
        notice: this.flows.notice,
        environment: () => this.environment ?? currentEnvironment(),
        qr: (text) => this.qr.get(text),
        remaining: this.countdown.remaining,
        codeExpired: this.codeExpired,
        opening: this.redirect.opening,
        sharing: this.sharer.sharing,
        shareFailed: this.sharer.failed,
        fallbackLink: this.sharer.fallbackLink,
        checking: this.payment.checking,
        unreachable: this.payment.unreachable,
        on: {
          open: () => this.open(),
          share: () => void this.share(),
          save: this.onSaveClick,
          copyQrLink: this.onCopyQrLink,
          copyPageLink: () => void this.sharer.copy(window.location.href),
          check: () => this.payment.checkNow(),
          tabClick: this.flows.onTabClick,
          tabKeydown: (event) => this.flows.onTabKeydown(event, hand.choice.available),
        },
      });
    }
    const unsafe = (hand?.prepared.unsafe.length ?? 0) > 0 && !isFinalStatus(this.status);
    return html`<div class="base" part="base" lang=${lang}>
      ${unsafe ? html`<p class="message error" part="error">${strings.unsafeUrl}</p>` : nothing}
      ${body}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.announcement}
      </div>
    </div>`;
  }
}
