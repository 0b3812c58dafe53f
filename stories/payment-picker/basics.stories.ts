import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { internationalMethods, manyMethods } from '../support/methods.js';
import {
  backgroundBehind,
  checkedNames,
  contrastRatio,
  endWithoutFocus,
  expectChosen,
  getPicker,
  inside,
  part,
  parts,
  radioNames,
  radios,
  renderPicker,
  shownIds,
  type PickerArgs,
  pickerMeta,
} from '../support/picker.js';
import cardIconUrl from './assets/shop-card.svg?no-inline';
import walletIconUrl from './assets/shop-wallet.svg?no-inline';

/**
 * The icons as a shop would write them: relative to the page. (In the static build Vite gives
 * absolute URLs, which the picker accepts only over https.)
 */
function relativeToPage(url: string): string {
  const resolved = new URL(url, document.baseURI);
  return resolved.origin === location.origin ? resolved.pathname : url;
}
const cardIcon = relativeToPage(cardIconUrl);
const walletIcon = relativeToPage(walletIconUrl);

/**
 * `<payment-picker>` shows the payment methods a shop offers, as one form control. These stories
 * show how methods are declared and what each of them can carry; every story's `play` function
 * checks what it shows, and axe checks every story.
 */
const meta = {
  title: 'Payment picker/Basics',
  tags: ['autodocs'],
  ...pickerMeta,
} satisfies Meta<PickerArgs>;

export default meta;
type Story = StoryObj<PickerArgs>;

/** Methods declared in HTML with `<payment-option>` children. Known ids get localized labels. */
export const Default: Story = {
  render: (args) =>
    renderPicker(
      args,
      html`<payment-option value="wechat-pay"></payment-option>
        <payment-option value="alipay"></payment-option>
        <payment-option value="unionpay"></payment-option>
        <payment-option value="card" description="Debit or credit card"></payment-option>`,
    ),
  play: async ({ canvasElement, args }) => {
    const picker = await getPicker(canvasElement);
    const group = inside(picker).getByRole('radiogroup', { name: 'Payment method' });
    await expect(within(group).getAllByRole('radio')).toHaveLength(4);
    await expect(radioNames(picker)).toEqual([
      'WeChat Pay',
      'Alipay',
      'UnionPay Cloud QuickPass',
      'Bank card',
    ]);
    await expect(
      inside(picker).getByRole('radio', { name: 'Bank card' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Debit or credit card'));
    await expect(checkedNames(picker)).toEqual([]);

    await userEvent.click(inside(picker).getByRole('radio', { name: 'Alipay' }));
    await expectChosen(picker, 'Alipay', 'alipay');
    await expect(args.onInput).toHaveBeenCalledOnce();
    await expect(args.onInput).toHaveBeenCalledWith('alipay');
    await expect(args.onChange).toHaveBeenCalledOnce();
    await expect(args.onChange).toHaveBeenCalledWith('alipay');

    // Code that sets `value` moves the selection but fires no event: only the shopper does.
    picker.value = 'card';
    await picker.updateComplete;
    await expectChosen(picker, 'Bank card', 'card');
    await expect(args.onChange).toHaveBeenCalledTimes(1);
    // The story is about choosing, not focus: it ends without a focus ring.
    await endWithoutFocus(picker);
  },
};

/**
 * Every known method id, with its localized label and its glyph: a filled tile in the wallet's
 * own hue under a white symbol that says what kind of wallet it is (not the providers' logos;
 * a shop that holds them sets `icon`). In forced-colors mode the tiles take the system colors.
 */
export const WalletGlyphs: Story = {
  args: {
    methods: [
      'wechat-pay',
      'alipay',
      'unionpay',
      'jd-pay',
      'ecny',
      'bestpay',
      'hebao',
      'card',
      'apple-pay',
      'google-pay',
      'paypal',
      'store-credit',
    ].map((id) => (id === 'store-credit' ? { id, label: 'Store credit' } : { id })),
    'visible-count': 0,
  },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    const icons = parts(picker, 'icon');
    await expect(icons).toHaveLength(12);
    // One symbol per wallet, and the three red wallets of old (UnionPay, JD Pay, e-CNY) apart.
    const symbols = icons.map((icon) => icon.querySelector('svg g')!.innerHTML);
    await expect(new Set(symbols).size).toBe(12);
    const hue = (id: string) =>
      getComputedStyle(picker.shadowRoot!.querySelector(`[data-id="${id}"] [part~="icon"]`)!).color;
    await expect(new Set(['unionpay', 'jd-pay', 'ecny'].map(hue)).size).toBe(3);
    for (const icon of icons) await expect(icon.getBoundingClientRect().width).toBe(36);
  },
};

/** The same list from data: the `methods` property (or the `methods` attribute as JSON). */
export const FromMethodsProperty: Story = {
  args: { methods: internationalMethods },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    await expect(shownIds(picker)).toEqual(['card', 'apple-pay', 'google-pay', 'paypal']);
    const card = inside(picker).getByRole('radio', { name: 'Bank card' });
    await expect(card).toHaveAccessibleDescription(
      expect.stringContaining('Visa, Mastercard, American Express, UnionPay'),
    );

    picker.setAttribute('methods', JSON.stringify([{ id: 'alipay' }, { id: 'paypal' }]));
    await picker.updateComplete;
    await expect(shownIds(picker)).toEqual(['alipay', 'paypal']);
    picker.methods = internationalMethods; // back to what the story shows
  },
};

/**
 * `visible-count` keeps a long list short: the rest waits behind "More payment methods", an
 * outlined button of the family both elements share (the theme's radius, a 1px border, at
 * least 36px high, 44px under a coarse pointer).
 */
export const ManyMethodsCollapsed: Story = {
  args: { methods: manyMethods, 'visible-count': 3 },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    await expect(shownIds(picker)).toEqual(['wechat-pay', 'alipay', 'unionpay']);
    const more = inside(picker).getByRole('button', { name: 'More payment methods (5)' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    const style = getComputedStyle(more);
    await expect(style.borderTopLeftRadius).toBe('12px');
    await expect(style.borderTopWidth).toBe('1px');
    await expect(style.borderTopColor).toBe(style.color);
    await expect(more.getBoundingClientRect().height).toBeGreaterThanOrEqual(
      matchMedia('(pointer: coarse)').matches ? 44 : 36,
    );
  },
};

/**
 * "More payment methods" reveals the rest, and focus lands on the first of them (so the keyboard
 * goes on where the list grew).
 */
export const ManyMethodsExpanded: Story = {
  args: { methods: manyMethods, 'visible-count': 3 },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    const more = inside(picker).getByRole('button', { name: 'More payment methods (5)' });
    await userEvent.click(more);
    await waitFor(() => expect(radios(picker)).toHaveLength(8));
    await expect(shownIds(picker).slice(3)).toEqual(['jd-pay', 'ecny', 'bestpay', 'hebao', 'card']);
    await expect(inside(picker).queryByRole('button', { name: /More payment methods/ })).toBeNull();
    await expect(picker.shadowRoot!.activeElement).toBe(
      inside(picker).getByRole('radio', { name: 'JD Pay' }),
    );
    await expect(checkedNames(picker)).toEqual([]); // revealing chooses nothing
  },
};

/** The chosen method always shows, even when it is beyond `visible-count`. */
export const ChosenBeyondVisibleCount: Story = {
  args: { methods: manyMethods, 'visible-count': 3, value: 'card' },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    await expect(shownIds(picker)).toEqual(['wechat-pay', 'alipay', 'unionpay', 'card']);
    await expectChosen(picker, 'Bank card', 'card');
    await expect(
      inside(picker).getByRole('button', { name: 'More payment methods (4)' }),
    ).toBeVisible();
  },
};

/**
 * Methods that cannot be used here stay visible, with the reason under the label and in the
 * accessible description; they are skipped by clicks and arrows.
 */
export const DisabledWithReasons: Story = {
  render: (args) =>
    renderPicker(
      args,
      html`<payment-option value="wechat-pay"></payment-option>
        <payment-option
          value="alipay"
          disabled
          disabled-reason="Alipay is under maintenance until 02:00."
        ></payment-option>
        <payment-option value="ecny" disabled></payment-option>
        <payment-option value="card"></payment-option>`,
    ),
  play: async ({ canvasElement, args }) => {
    const picker = await getPicker(canvasElement);
    const alipay = inside(picker).getByRole('radio', { name: 'Alipay' });
    await expect(alipay).toHaveAttribute('aria-disabled', 'true');
    await expect(alipay).toHaveAccessibleDescription(
      expect.stringContaining('Alipay is under maintenance until 02:00.'),
    );
    await expect(alipay).toHaveTextContent('Alipay is under maintenance until 02:00.');
    const ecny = inside(picker).getByRole('radio', { name: 'Digital RMB (e-CNY)' });
    await expect(ecny).toHaveAccessibleDescription(expect.stringContaining('Unavailable'));
    await expect(parts(picker, 'option-disabled')).toHaveLength(2);

    await userEvent.click(alipay);
    await expect(checkedNames(picker)).toEqual([]);
    await expect(args.onChange).not.toHaveBeenCalled();

    await userEvent.click(inside(picker).getByRole('radio', { name: 'Bank card' }));
    await expectChosen(picker, 'Bank card', 'card');
    await endWithoutFocus(picker);
  },
};

/** Short promotions beside the label; they are part of the method's accessible description. */
export const Badges: Story = {
  args: {
    methods: [
      { id: 'wechat-pay', badge: '¥5 off' },
      { id: 'alipay', badge: 'Huabei 3 instalments, 0% interest' },
      { id: 'unionpay' },
      { id: 'ecny', badge: 'New' },
    ],
  },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    await expect(parts(picker, 'badge').map((badge) => badge.textContent?.trim())).toEqual([
      '¥5 off',
      'Huabei 3 instalments, 0% interest',
      'New',
    ]);
    const wechat = inside(picker).getByRole('radio', { name: 'WeChat Pay' });
    await expect(wechat).toHaveAccessibleDescription(expect.stringContaining('¥5 off'));
    await expect(
      inside(picker).getByRole('radio', { name: 'UnionPay Cloud QuickPass' }),
    ).not.toHaveTextContent(/off|New/);
  },
};

/** Descriptions under the labels, and the order total formatted in the picker's locale. */
export const WithDescriptionsAndTotal: Story = {
  args: {
    amount: '1234.5',
    currency: 'CNY',
    methods: [
      { id: 'wechat-pay', description: 'Balance, bank cards linked in WeChat' },
      { id: 'alipay', description: 'Balance, Yu’e Bao, Huabei' },
      { id: 'card', label: 'Bank card', description: 'UnionPay debit and credit cards' },
    ],
  },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    // en shows the symbol of another country's currency unambiguously: CN¥, never a bare ¥.
    await expect(part(picker, 'total')).toHaveTextContent('Total CN¥1,234.50');
    await expect(inside(picker).getByRole('radiogroup')).toHaveAccessibleDescription(
      'Total CN¥1,234.50',
    );
    await expect(inside(picker).getByRole('radio', { name: 'Alipay' })).toHaveAccessibleDescription(
      expect.stringContaining('Balance, Yu’e Bao, Huabei'),
    );
    await expect(parts(picker, 'description')).toHaveLength(3);
  },
};

/**
 * Content inside a `<payment-option>` (here, card fields like a provider's) shows under the method
 * while it is chosen. It stays in the page's light DOM, so provider iframes and page styles work;
 * its links take the theme's accent (visited ones too), unless the shop styles them.
 */
export const WithProviderContent: Story = {
  render: (args) =>
    renderPicker(
      args,
      html`<payment-option value="wechat-pay"></payment-option>
        <payment-option value="alipay">
          <label class="provider-field"
            >Instalments
            <select name="instalments">
              <option value="1">Pay in full</option>
              <option value="3">3 months, 0% interest</option>
              <option value="6">6 months</option>
            </select>
          </label>
          <p><a href="#instalment-terms">Instalment terms</a></p>
        </payment-option>
        <payment-option value="card" description="Visa, Mastercard, UnionPay">
          <div class="provider-card-fields" role="group" aria-label="Card details">
            <label
              >Card number <input name="card-number" autocomplete="cc-number" inputmode="numeric"
            /></label>
            <label>Expiry (MM/YY) <input name="card-expiry" autocomplete="cc-exp" /></label>
            <label
              >Security code <input name="card-csc" autocomplete="cc-csc" inputmode="numeric"
            /></label>
          </div>
        </payment-option>`,
    ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const picker = await getPicker(canvasElement);
    const cardNumber = canvas.getByLabelText('Card number');
    await expect(cardNumber.checkVisibility()).toBe(false);
    await expect(part(picker, 'content')).toBeNull();

    await userEvent.click(inside(picker).getByRole('radio', { name: 'Bank card' }));
    await expectChosen(picker, 'Bank card', 'card');
    await waitFor(() => expect(cardNumber.checkVisibility()).toBe(true));
    await expect(canvas.getByLabelText('Instalments').checkVisibility()).toBe(false);

    // The fields are ordinary light-DOM inputs: typing and arrow keys there leave the choice alone.
    await userEvent.type(cardNumber, '6222 0212 3456 7890');
    await userEvent.keyboard('{ArrowLeft}{ArrowUp}');
    await expect(cardNumber).toHaveValue('6222 0212 3456 7890');
    await expectChosen(picker, 'Bank card', 'card');

    await userEvent.click(inside(picker).getByRole('radio', { name: 'Alipay' }));
    await waitFor(() => expect(cardNumber.checkVisibility()).toBe(false));
    await expect(canvas.getByLabelText('Instalments').checkVisibility()).toBe(true);
    // The shop's link takes the theme's accent (the chosen card's border), readable there.
    const link = canvas.getByRole('link', { name: 'Instalment terms' });
    const accent = () => getComputedStyle(part(picker, 'option-checked')!).borderTopColor;
    await waitFor(() => expect(getComputedStyle(link).color).toBe(accent())); // after its transition
    await expect(link.closest('payment-option')).toHaveAttribute('value', 'alipay');
    // Backgrounds transition too (the chosen row's tint): judge once they have settled.
    await waitFor(() =>
      expect(contrastRatio(accent(), backgroundBehind(link))).toBeGreaterThanOrEqual(4.5),
    );
    await endWithoutFocus(picker);
  },
};

/**
 * A shop's own icons through `icon` (https: or a URL relative to the page). Anything else, such
 * as `javascript:` or `data:`, is ignored and the neutral glyph shows instead.
 */
export const CustomIcons: Story = {
  args: {
    methods: [
      {
        id: 'store-card',
        label: 'Store gift card',
        icon: cardIcon,
        description: 'Balance ¥200.00',
      },
      { id: 'store-wallet', label: 'Store wallet', icon: walletIcon },
      { id: 'alipay', icon: 'javascript:alert(1)' },
      { id: 'paypal', icon: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>' },
    ],
  },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    const icons = parts(picker, 'icon');
    await expect(icons).toHaveLength(4);
    const images = icons.map((icon) => icon.querySelector('img'));
    await expect(images[0]).toHaveAttribute('src', cardIcon);
    await expect(images[1]).toHaveAttribute('src', walletIcon);
    await waitFor(() => expect(images[0]!.complete && images[0]!.naturalWidth).toBeGreaterThan(0));
    // Decorative: the label already names the method.
    await expect(images[0]).toHaveAttribute('alt', '');
    // Unsafe URLs are never put in the page; the glyph shows.
    await expect(images[2]).toBeNull();
    await expect(images[3]).toBeNull();
    await expect(icons[2]!.querySelector('svg')).not.toBeNull();
    await expect(picker.shadowRoot!.innerHTML).not.toContain('javascript:');
  },
};
