import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { Environment, PaymentSession } from '../../src/core/types.js';
import '../../src/payment-picker/payment-picker.js';
import type { PaymentPicker } from '../../src/payment-picker/payment-picker.js';
import '../../src/wallet-redirect/wallet-redirect.js';
import type { WalletRedirect } from '../../src/wallet-redirect/wallet-redirect.js';
// The sandbox's own landing-page code and its SIMULATED bridges (plain JS in sandbox/, never in
// the package): the stories run the same code as GET /sandbox/landing/:id.
import { connectLanding } from '../../sandbox/assets/landing.js';
import {
  installSimulatedBridge,
  type SimulatedApp,
  type SimulatedBridge,
} from '../../sandbox/assets/simulated-bridges.js';
import { environments } from '../support/environments.js';
import { checkedNames, getPicker, inside } from '../support/picker.js';
import { createPayment, sandboxReachable } from './sandbox.js';

/** Alipay's browser on an Android phone, as `detectEnvironment` reports it. */
const alipayEnvironment: Environment = {
  mobile: true,
  os: 'android',
  inApp: 'alipay',
  miniProgram: false,
  canShare: false,
  canCopy: true,
};

interface LandingArgs {
  /** Where the landing page is open. */
  environment: 'wechat' | 'alipay' | 'browser';
  /** The simulated bridge the story installs ('' for none, as in a plain browser). */
  simulate: SimulatedApp | '';
}

interface Loaded {
  order: PaymentSession | null;
}

/** The simulated bridge of the story being shown (installed by `beforeEach`). */
let simulation: SimulatedBridge | null = null;
/** Where `<wallet-redirect>` would have navigated the page (Storybook's frame stays). */
let navigatedTo: string[] = [];
const wired = new WeakSet<Element>();

const landingStyles = html`<style>
  .landing-story {
    display: grid;
    gap: 16px;
    max-width: 390px;
    font-family: system-ui, sans-serif;
  }
  .landing-story h1 {
    margin: 0;
    font-size: 1.375rem;
  }
  .landing-story p {
    margin: 0;
  }
  .landing-story form {
    display: grid;
    gap: 12px;
  }
  .landing-story button[type='submit'],
  .landing-story [data-landing-restart] {
    min-height: 44px;
    font: inherit;
    font-weight: 600;
  }
  .landing-story .simulation {
    padding: 8px 12px;
    border: 2px dashed currentColor;
    border-radius: 8px;
  }
</style>`;

/**
 * The any-app landing page (聚合码): what the phone opens when WeChat or Alipay scans the desktop's
 * one code. The same components and code as the sandbox's page (`GET /sandbox/landing/:id`):
 * `<payment-picker prefer-in-app>` with the code's wallets, a pay button, and `<wallet-redirect>`
 * for the session of the same order that the page gets from the sandbox when the shopper pays
 * (with `jsapi` for the app's pay sheet).
 *
 * Each story sets the environment on the elements and installs the sandbox's **simulated**
 * bridge (a bottom sheet with Confirm / Cancel / Fail that calls the sandbox's confirm or
 * decline); real apps inject their own. Without a sandbox (a static build) the stories say so.
 */
const meta = {
  title: 'Checkout/Any-app landing page',
  tags: ['!autodocs'],
  globals: { viewport: { value: 'phone' } },
  args: { environment: 'wechat', simulate: 'wechat' },
  argTypes: {
    environment: { control: 'inline-radio', options: ['wechat', 'alipay', 'browser'] },
    simulate: { control: 'inline-radio', options: ['wechat', 'alipay', ''] },
  },
  loaders: [
    async (): Promise<Loaded> => {
      if (!(await sandboxReachable())) return { order: null };
      const order = await createPayment({
        method: 'wechat-pay',
        amount: '128.00',
        currency: 'CNY',
        anyApp: true,
      });
      return { order };
    },
  ],
  beforeEach: ({ args, globals }) => {
    navigatedTo = [];
    simulation = args.simulate
      ? installSimulatedBridge({
          app: args.simulate,
          readyDelayMs: 300,
          lang: (globals as { locale?: string }).locale ?? 'en',
        })
      : null;
    return () => {
      simulation?.uninstall();
      simulation = null;
    };
  },
  render: (args, { loaded, globals }) => {
    const { order } = loaded as Loaded;
    if (!order) {
      return html`<p role="note">
        No sandbox wallet is reachable from this page: run <code>npm start</code> to see the landing
        page pay end to end.
      </p>`;
    }
    const environment =
      args.environment === 'wechat'
        ? environments.wechat
        : args.environment === 'alipay'
          ? alipayEnvironment
          : environments.mobile;
    const locale = (globals as { locale?: string }).locale ?? 'en';
    const amount = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }).format(
      Number(order.amount),
    );
    const wire = (element: Element | undefined) => {
      if (!element || wired.has(element)) return;
      wired.add(element);
      connectLanding(element as HTMLElement, {
        orderId: order.id,
        environment,
        navigate: (url) => navigatedTo.push(url),
      });
    };
    return html`${landingStyles}
      <div class="landing-story" ${ref(wire)}>
        ${
          args.simulate
            ? html`<p class="simulation">
                Simulated ${args.simulate === 'wechat' ? 'WeChat' : 'Alipay'}: the pay sheet here is
                the sandbox's, not the app's.
              </p>`
            : nothing
        }
        <h1>Pay ${order.payee}</h1>
        <p>${amount} · order <code>${order.id}</code></p>
        <form data-landing-form>
          <payment-picker
            name="method"
            required
            prefer-in-app
            label="Pay with"
            amount=${order.amount!}
            currency=${order.currency!}
            .environment=${environment}
          >
            ${(order.scanWith ?? []).map(
              (id) => html`<payment-option value=${id}></payment-option>`,
            )}
          </payment-picker>
          <button type="submit">Pay ${amount}</button>
          <p role="alert" data-landing-error hidden></p>
        </form>
        <wallet-redirect data-landing-wallet hidden .environment=${environment}></wallet-redirect>
        <button type="button" data-landing-restart hidden>Choose another way to pay</button>
      </div>`;
  },
} satisfies Meta<LandingArgs>;

export default meta;
type Story = StoryObj<LandingArgs>;

// ------------------------------------------------------------------ play helpers

/** The landing page's parts, or null without a sandbox (the note is checked instead). */
async function landing(canvasElement: HTMLElement) {
  const root = canvasElement.querySelector<HTMLElement>('.landing-story');
  if (!root) {
    await expect(within(canvasElement).getByRole('note')).toHaveTextContent('No sandbox wallet');
    return null;
  }
  const picker = await getPicker(canvasElement);
  await customElements.whenDefined('wallet-redirect');
  const wallet = root.querySelector<WalletRedirect>('wallet-redirect')!;
  return { root, picker, wallet };
}

/** Taps the landing page's pay button. */
async function tapPay(root: HTMLElement): Promise<void> {
  await userEvent.click(within(root).getByRole('button', { name: /^Pay / }));
}

/** The simulated pay sheet, once it is open and has finished sliding in. */
async function openSheet(): Promise<HTMLDialogElement> {
  const sheet = await waitFor(
    () => {
      const open = simulation?.sheet();
      expect(open?.open).toBe(true);
      return open!;
    },
    { timeout: 5000 },
  );
  await Promise.all(sheet.getAnimations().map((animation) => animation.finished));
  return sheet;
}

/** A button of the simulated sheet by its visible name. */
function sheetButton(sheet: HTMLDialogElement, name: RegExp): HTMLButtonElement {
  const button = [...sheet.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));
  if (!button) throw new Error(`No sheet button ${name}`);
  return button;
}

/** Waits for the wallet's status and its final view. */
async function expectStatus(wallet: WalletRedirect, status: string): Promise<void> {
  await waitFor(() => expect(wallet.status).toBe(status), { timeout: 5000 });
  if (status !== 'pending') {
    await waitFor(() =>
      expect(wallet.shadowRoot!.querySelector(`[part~="final-${status}"]`)).not.toBeNull(),
    );
  }
}

/** What the simulated bridge answered to the call at `index`. */
async function expectAnswer(index: number, answer: string): Promise<void> {
  await waitFor(() => expect(simulation?.calls[index]?.answer).toBe(answer), { timeout: 5000 });
}

function expectPreselected(picker: PaymentPicker, name: string, id: string) {
  return waitFor(async () => {
    await expect(checkedNames(picker)).toEqual([name]);
    await expect(picker.value).toBe(id);
  });
}

// ------------------------------------------------------------------ stories

/**
 * Inside WeChat: WeChat Pay is preselected (`prefer-in-app`); Pay opens WeChat's (simulated) pay
 * sheet through `WeixinJSBridge`, which appears a moment after the page (its ready event);
 * Confirm pays, and the element shows paid once the sandbox says so.
 */
export const InWeChat: Story = {
  name: 'In WeChat',
  args: { environment: 'wechat', simulate: 'wechat' },
  play: async ({ canvasElement }) => {
    const page = await landing(canvasElement);
    if (!page) return;
    await expectPreselected(page.picker, 'WeChat Pay', 'wechat-pay');
    await tapPay(page.root);
    const sheet = await openSheet();
    await expect(page.wallet.activeFlow).toBe('in-app');
    await expect(sheet).toHaveAttribute('aria-labelledby');
    await expect(sheet.textContent).toContain('Simulated WeChat Pay — test money');
    await expect(sheet.textContent).toContain('CN¥128.00');
    await expect(sheet.getRootNode()).toHaveProperty(
      'activeElement',
      sheetButton(sheet, /^Confirm/),
    );
    await expect(simulation!.calls).toHaveLength(1);
    await expect(Object.keys(simulation!.calls[0].args)).toEqual([
      'appId',
      'timeStamp',
      'nonceStr',
      'package',
      'signType',
      'paySign',
    ]);
    await userEvent.click(sheetButton(sheet, /^Confirm/));
    await expectAnswer(0, 'get_brand_wcpay_request:ok');
    await expectStatus(page.wallet, 'paid');
    await expect(page.picker.disabled).toBe(true);
  },
};

/**
 * Inside Alipay: Alipay is preselected; the shopper cancels in the sheet (`6001`): still pending,
 * "not finished" and the pay button again; then the sheet fails (`4000`): the sandbox declined,
 * so the order is failed.
 */
export const InAlipay: Story = {
  name: 'In Alipay',
  args: { environment: 'alipay', simulate: 'alipay' },
  play: async ({ canvasElement }) => {
    const page = await landing(canvasElement);
    if (!page) return;
    await expectPreselected(page.picker, 'Alipay', 'alipay');
    const inAppResults: string[] = [];
    page.wallet.addEventListener('wallet-in-app', (event) =>
      inAppResults.push((event as CustomEvent<{ result: string }>).detail.result),
    );
    await tapPay(page.root);
    let sheet = await openSheet();
    await expect(sheet.textContent).toContain('Simulated Alipay — test money');
    await expect(Object.keys(simulation!.calls[0].args)).toEqual(['tradeNO']);
    await userEvent.click(sheetButton(sheet, /^Cancel/));
    await expectAnswer(0, '6001');
    await waitFor(() => expect(inAppResults).toEqual(['cancel']));
    await expect(page.wallet.status).toBe('pending');
    const payButton = await waitFor(() => {
      const button = page.wallet.shadowRoot!.querySelector<HTMLElement>('[part~="pay-button"]');
      expect(button).not.toBeNull();
      return button!;
    });
    await userEvent.click(payButton);
    sheet = await openSheet();
    await expect(simulation!.calls).toHaveLength(2);
    await userEvent.click(sheetButton(sheet, /^Fail/));
    await expectAnswer(1, '4000');
    await expectStatus(page.wallet, 'failed');
    await expect(inAppResults).toEqual(['cancel', 'fail']);
  },
};

/**
 * In a plain phone browser nothing is preselected (no app to pay in); the shopper chooses Alipay,
 * and `<wallet-redirect>` takes the other flows the landing session allows: the redirect to the
 * sandbox's wallet page (here recorded, since Storybook's frame stays).
 */
export const InPlainBrowser: Story = {
  name: 'In a plain browser',
  args: { environment: 'browser', simulate: '' },
  play: async ({ canvasElement }) => {
    const page = await landing(canvasElement);
    if (!page) return;
    await expect(checkedNames(page.picker)).toEqual([]);
    await expect(page.picker.value).toBe('');
    await userEvent.click(inside(page.picker).getByRole('radio', { name: /^Alipay/ }));
    await tapPay(page.root);
    await waitFor(() => expect(page.wallet.activeFlow).toBe('redirect'), { timeout: 5000 });
    await expect(page.wallet.status).toBe('pending');
    const open = await waitFor(() => {
      const button = page.wallet.shadowRoot!.querySelector<HTMLElement>('[part~="open-button"]');
      expect(button).not.toBeNull();
      return button!;
    });
    await userEvent.click(open);
    await waitFor(() => expect(navigatedTo).toHaveLength(1));
    await expect(navigatedTo[0]).toMatch(/\/sandbox\/pay\/[\w-]+\?via=redirect&return=/);
    await expect(
      within(page.root).getByRole('button', { name: 'Choose another way to pay' }),
    ).toBeVisible();
  },
};

/**
 * The simulated WeChat pay sheet itself, left open (axe checks it): a modal dialog named by its
 * title, described by its "Simulated … — test money" label, with focus on Confirm.
 */
export const PaySheet: Story = {
  name: 'The simulated pay sheet',
  args: { environment: 'wechat', simulate: 'wechat' },
  play: async ({ canvasElement }) => {
    const page = await landing(canvasElement);
    if (!page) return;
    await expectPreselected(page.picker, 'WeChat Pay', 'wechat-pay');
    await tapPay(page.root);
    const sheet = await openSheet();
    const root = sheet.getRootNode() as ShadowRoot;
    await expect(root.getElementById(sheet.getAttribute('aria-labelledby')!)).toHaveTextContent(
      'Pay Sandbox Shop',
    );
    await expect(root.getElementById(sheet.getAttribute('aria-describedby')!)).toHaveTextContent(
      'Simulated WeChat Pay — test money',
    );
    await expect(root.activeElement).toBe(sheetButton(sheet, /^Confirm/));
    await expect([...sheet.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Confirm payment',
      'Cancel',
      'Fail (simulated error)',
    ]);
  },
};
