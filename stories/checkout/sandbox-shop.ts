/**
 * `<sandbox-shop>`: a tiny storefront for the live checkout stories, written the way a shop
 * would write its own checkout code. The picker submits the form; the shop asks its "server"
 * (the sandbox) to create the payment; the PaymentSession goes to `<wallet-redirect>`, which
 * shows the hand-off and follows the status until the sandbox says it is final.
 *
 * Stories only: it is not part of the package. Light DOM, so the stories' `play` functions and
 * axe see everything.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Environment, FlowPreference, PaymentSession } from '../../src/core/types.js';
import '../../src/payment-picker/payment-picker.js';
import type { PaymentPicker } from '../../src/payment-picker/payment-picker.js';
import '../../src/wallet-redirect/wallet-redirect.js';
import type { WalletRedirect } from '../../src/wallet-redirect/wallet-redirect.js';
import { createPayment, sandboxReachable, type CreatePayment } from './sandbox.js';

/** The demo shop's own look (light DOM, so a plain stylesheet scoped by class names). */
const shopStyles = html`<style>
  .sandbox-shop {
    display: grid;
    gap: 16px;
    max-width: 560px;
    font-family: system-ui, sans-serif;
  }
  .sandbox-shop-order {
    display: grid;
    gap: 12px;
  }
  .sandbox-shop-submit,
  .sandbox-shop-restart {
    justify-self: start;
    min-height: 44px;
    padding: 0 20px;
    font: inherit;
  }
  .sandbox-shop-note {
    margin: 0;
    padding: 12px 16px;
    border: 1px solid currentColor;
    border-radius: 8px;
  }
  .sandbox-shop-note p {
    margin: 0 0 8px;
  }
  .sandbox-shop-note p:last-child {
    margin: 0;
  }
  .sandbox-shop-wallet {
    font-size: 0.9rem;
  }
  .sandbox-shop-log ol {
    font-size: 0.8rem;
  }
</style>`;

/** One line of the shop's event log. */
interface LogLine {
  type: string;
  detail: string;
}

export class SandboxShop extends LitElement {
  /** The methods offered, in order. */
  @property({ attribute: false }) methods: string[] = ['wechat-pay', 'alipay', 'unionpay'];
  /** The method chosen up front ('' lets the shopper choose). */
  @property() method = '';
  @property() amount = '128.00';
  @property() currency = 'CNY';
  @property() payee = 'Sandbox Shop';
  /** The flows the sandbox creates the session with (all three by default). */
  @property({ attribute: false }) flows: CreatePayment['flows'] = undefined;
  /**
   * An any-app code (聚合码): one code that WeChat or Alipay scans; it opens the sandbox's landing
   * page, which pays inside whichever app opened it.
   */
  @property({ type: Boolean }) anyApp = false;
  /** Session lifetime on the sandbox, in seconds (short for the expiry story). */
  @property({ type: Number }) ttlSeconds = 900;
  /** `<wallet-redirect flow>`. */
  @property() flow: FlowPreference = 'auto';
  @property({ type: Number }) pollInterval = 2000;
  @property({ type: Number }) redirectTimeout = 2500;
  /** Preview another environment (a phone) from a desktop browser. */
  @property({ attribute: false }) environment: Environment | null = null;
  /**
   * Opening the wallet app would navigate Storybook's frame away. When true, the element's
   * `navigate` only shows a link to the sandbox wallet page instead.
   */
  @property({ type: Boolean }) keepPage = false;

  @state() private sandbox: 'checking' | 'reachable' | 'unreachable' = 'checking';
  @state() private session: PaymentSession | null = null;
  @state() private error = '';
  @state() private creating = false;
  @state() private opened: string | null = null;
  /** The order is paid: the picker and the pay button are locked, so nothing is paid twice. */
  @state() private paid = false;
  @state() private log: LogLine[] = [];

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void sandboxReachable().then((ok) => {
      this.sandbox = ok ? 'reachable' : 'unreachable';
    });
  }

  /** The `<wallet-redirect>` once a payment exists. */
  get wallet(): WalletRedirect | null {
    return this.querySelector('wallet-redirect');
  }

  /** The session the shop created last. */
  get currentSession(): PaymentSession | null {
    return this.session;
  }

  private async startPayment(method: string): Promise<void> {
    this.creating = true;
    this.error = '';
    this.opened = null;
    try {
      const session = await createPayment({
        method,
        amount: this.amount,
        currency: this.currency,
        payee: this.payee,
        flows: this.flows,
        ttlSeconds: this.ttlSeconds,
        ...(this.anyApp && { anyApp: true }),
      });
      this.record('session created', session.id);
      this.session = session;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      this.creating = false;
    }
  }

  private record(type: string, detail: string): void {
    this.log = [...this.log, { type, detail }];
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const picker = this.querySelector<PaymentPicker>('payment-picker');
    if (this.paid || !picker?.reportValidity() || this.creating) return;
    void this.startPayment(picker.value);
  };

  /**
   * The shop's part once the payment is final. Copy this: when `wallet-status` says `paid`, lock
   * the picker and the pay button (`disabled`), so the order can't be paid a second time.
   */
  private readonly onStatus = (event: CustomEvent<{ status: string }>): void => {
    this.record('wallet-status', event.detail.status);
    if (event.detail.status === 'paid') this.paid = true;
  };

  private readonly onFlow = (event: CustomEvent<{ flow: string; reason: string }>): void =>
    this.record('wallet-flow', `${event.detail.flow} (${event.detail.reason})`);

  private readonly onError = (event: CustomEvent<{ code: string }>): void =>
    this.record('wallet-error', event.detail.code);

  /** After expiry the shopper asks for a new code: the shop creates a new payment. */
  private readonly onRefresh = (event: CustomEvent<{ session: PaymentSession }>): void => {
    this.record('wallet-refresh', event.detail.session.id);
    void this.startPayment(event.detail.session.method);
  };

  private readonly navigate = (url: string): void => {
    if (this.keepPage) {
      this.opened = url;
      this.record('wallet-redirect', url);
    } else {
      window.location.assign(url);
    }
  };

  /** A new order (the demo's reset): the lock of the paid one goes with it. */
  private readonly onStartOver = (): void => {
    this.session = null;
    this.opened = null;
    this.paid = false;
  };

  protected override render(): TemplateResult {
    const unreachable = this.sandbox === 'unreachable';
    return html`${shopStyles}
      <div class="sandbox-shop">
        ${this.renderSandboxNote()}
        <form class="sandbox-shop-order" @submit=${this.onSubmit} ?hidden=${this.session !== null}>
          <payment-picker
            name="method"
            required
            amount=${this.amount}
            currency=${this.currency}
            value=${this.method}
            ?disabled=${this.paid}
          >
            ${this.methods.map((id) => html`<payment-option value=${id}></payment-option>`)}
          </payment-picker>
          <button
            class="sandbox-shop-submit"
            type="submit"
            ?disabled=${unreachable || this.creating || this.paid}
          >
            Place order and pay
          </button>
          ${this.error ? html`<p class="sandbox-shop-error" role="alert">${this.error}</p>` : nothing}
        </form>
        ${this.session ? this.renderHandOff(this.session) : nothing}
        ${
          this.log.length > 0
            ? html`<details class="sandbox-shop-log">
                <summary>What the shop saw (${this.log.length})</summary>
                <ol>
                  ${this.log.map((line) => html`<li><code>${line.type}</code> ${line.detail}</li>`)}
                </ol>
              </details>`
            : nothing
        }
      </div>`;
  }

  private renderSandboxNote(): TemplateResult | typeof nothing {
    if (this.sandbox === 'checking') {
      return html`<p class="sandbox-shop-note" role="status">Looking for the sandbox wallet…</p>`;
    }
    if (this.sandbox === 'reachable') return nothing;
    return html`<div class="sandbox-shop-note sandbox-shop-offline" role="note">
      <p><strong>No sandbox wallet is reachable from this page.</strong></p>
      <p>
        This live checkout creates test payments on the sandbox wallet provider that
        <code>npm start</code> runs beside Storybook. A static build of Storybook has no sandbox, so
        nothing can be paid here. Clone the repository and run <code>npm start</code> to pay it end
        to end, from a second tab or from your phone.
      </p>
    </div>`;
  }

  private renderHandOff(session: PaymentSession): TemplateResult {
    const payPage = session.qrPayload ?? session.redirectUrl;
    return html`<wallet-redirect
        .session=${session}
        .environment=${this.environment}
        .navigate=${this.navigate}
        flow=${this.flow}
        poll-interval=${this.pollInterval}
        redirect-timeout=${this.redirectTimeout}
        @wallet-status=${this.onStatus}
        @wallet-flow=${this.onFlow}
        @wallet-error=${this.onError}
        @wallet-refresh=${this.onRefresh}
      ></wallet-redirect>
      <aside class="sandbox-shop-wallet" aria-label="Sandbox wallet">
        ${
          this.opened
            ? html`<p>
                Storybook's frame stays here, so the wallet app did not open. On a phone the page
                would now go to
                <a href=${this.opened} target="_blank" rel="noopener">the wallet app's page</a>.
              </p>`
            : nothing
        }
        <p>
          No phone at hand? Pay on
          ${payPage ? html`<a href=${payPage} target="_blank" rel="noopener">the sandbox wallet page</a>` : 'the sandbox wallet page'}
          ${session.shareUrl ? html` or as a friend on <a href=${session.shareUrl} target="_blank" rel="noopener">the friend-pay page</a>` : nothing}
          in a new tab.
        </p>
        ${
          session.scanWith && session.redirectUrl
            ? html`<p>
                Or open the landing page this code opens on a phone, as
                <a href=${`${session.redirectUrl}?simulate=wechat`} target="_blank" rel="noopener"
                  >WeChat</a
                >
                or
                <a href=${`${session.redirectUrl}?simulate=alipay`} target="_blank" rel="noopener"
                  >Alipay</a
                >
                would (with the sandbox's simulated pay sheet).
              </p>`
            : nothing
        }
        <button type="button" class="sandbox-shop-restart" @click=${this.onStartOver}>
          Start over
        </button>
      </aside>`;
  }
}

/**
 * Registers `<sandbox-shop>`. A function the stories call, not a side effect of importing this
 * file: the static build drops side-effect-only imports outside src/ (package.json
 * `sideEffects`), which would leave the element undefined there.
 */
export function defineSandboxShop(): void {
  if (!customElements.get('sandbox-shop')) customElements.define('sandbox-shop', SandboxShop);
}

declare global {
  interface HTMLElementTagNameMap {
    'sandbox-shop': SandboxShop;
  }
}
