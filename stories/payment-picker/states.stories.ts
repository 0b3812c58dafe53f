import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, within } from 'storybook/test';
import { chinaMethods } from '../support/methods.js';
import {
  checkedNames,
  defaultArgs,
  endWithoutFocus,
  getPicker,
  inside,
  part,
  parts,
  radios,
  renderPicker,
  shownIds,
  textContrasts,
  type PickerArgs,
  pickerMeta,
} from '../support/picker.js';

/**
 * What the picker shows before, instead of, or besides a usable list: loading, nothing offered,
 * nothing usable, the whole control disabled, and bad input from the shop.
 */
const meta = {
  title: 'Payment picker/States',
  tags: ['autodocs'],
  ...pickerMeta,
  args: { ...defaultArgs, methods: chinaMethods },
} satisfies Meta<PickerArgs>;

export default meta;
type Story = StoryObj<PickerArgs>;

/** A skeleton while the shop fetches its methods; screen readers hear that it is loading. */
export const Loading: Story = {
  args: { loading: true, methods: null },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    const group = inside(picker).getByRole('radiogroup', { name: 'Payment method' });
    await expect(group).toHaveAttribute('aria-busy', 'true');
    await expect(parts(picker, 'skeleton')).toHaveLength(4);
    await expect(radios(picker)).toHaveLength(0);
    await expect(inside(picker).getByRole('status')).toHaveTextContent('Loading payment methods…');
  },
};

/** Nothing offered for this order: a localized sentence by default. */
export const Empty: Story = {
  args: { methods: [] },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    await expect(part(picker, 'empty')).toHaveTextContent(
      'No payment methods are available for this order.',
    );
    await expect(inside(picker).queryByRole('radiogroup')).toBeNull();
    await expect(picker.value).toBe('');
  },
};

/** The `empty` slot replaces the default sentence with the shop's own content. */
export const EmptyWithCustomContent: Story = {
  args: { methods: [] },
  render: (args) =>
    renderPicker(
      args,
      html`<div slot="empty">
        <p>Online payment is not available for orders over ¥50,000.</p>
        <a href="#contact">Contact our sales team</a>
      </div>`,
    ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const picker = await getPicker(canvasElement);
    await expect(
      canvas.getByText('Online payment is not available for orders over ¥50,000.'),
    ).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Contact our sales team' })).toBeVisible();
    // The default sentence is the slot's fallback: in the DOM, but not rendered.
    await expect(part(picker, 'empty')!.innerText).not.toContain(
      'No payment methods are available',
    );
    const slot = part(picker, 'empty')!.querySelector('slot')!;
    await expect(slot.assignedElements()).toEqual([canvasElement.querySelector('[slot="empty"]')]);
  },
};

/** Every method offered is disabled: a note says so, and there is nothing to tab to. */
export const AllDisabled: Story = {
  args: {
    methods: [
      {
        id: 'wechat-pay',
        disabled: true,
        disabledReason: 'WeChat Pay is not available for this shop.',
      },
      { id: 'alipay', disabled: true, disabledReason: 'Alipay is under maintenance until 02:00.' },
      { id: 'card', disabled: true },
    ],
  },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    const note = 'None of these payment methods can be used right now.';
    await expect(part(picker, 'notice')).toHaveTextContent(note);
    await expect(inside(picker).getByRole('radiogroup')).toHaveAccessibleDescription(note);
    for (const row of radios(picker)) {
      await expect(row).toHaveAttribute('aria-disabled', 'true');
      await expect(row).toHaveAttribute('tabindex', '-1');
    }
    await userEvent.click(inside(picker).getByRole('radio', { name: 'Alipay' }));
    await expect(checkedNames(picker)).toEqual([]);
    await endWithoutFocus(picker);
  },
};

/**
 * `disabled` turns off the whole control; the chosen method stays visible but is not submitted.
 * Its text stays readable: every text keeps a contrast of at least 4.5:1 (muted colors, no
 * fading of the whole list; only the radio marks and glyphs are dimmed).
 */
export const Disabled: Story = {
  args: {
    disabled: true,
    value: 'alipay',
    amount: '268.00',
    currency: 'CNY',
    methods: [
      { id: 'wechat-pay', badge: '¥5 off' },
      { id: 'alipay', description: 'Balance, Huabei' },
      { id: 'unionpay' },
      { id: 'card', description: 'Debit or credit card' },
    ],
  },
  play: async ({ canvasElement, args }) => {
    const picker = await getPicker(canvasElement);
    await expect(inside(picker).getByRole('radiogroup')).toHaveAttribute('aria-disabled', 'true');
    for (const row of radios(picker)) await expect(row).toHaveAttribute('tabindex', '-1');
    await userEvent.click(inside(picker).getByRole('radio', { name: 'WeChat Pay' }));
    await expect(args.onChange).not.toHaveBeenCalled();
    await expect(picker.willValidate).toBe(false);
    // axe skips disabled controls' contrast: measured here instead.
    for (const { text, ratio, opacity } of textContrasts(picker))
      await expect({ text, enough: ratio >= 4.5, opacity }).toEqual({
        text,
        enough: true,
        opacity: 1,
      });
    await endWithoutFocus(picker);
  },
};

/**
 * Bad input from the shop (here, `methods` that is not JSON): a visible note, a `picker-error`
 * event with code `invalid-methods`, and a console warning. Nothing is thrown.
 */
export const InvalidMethods: Story = {
  args: { methods: null },
  render: (args) =>
    html`<payment-picker
      name="payment"
      methods='[{"id": "alipay"}, {"id": "wechat-pay"'
      @picker-error=${(event: CustomEvent) => args.onPickerError(event.detail)}
    ></payment-picker>`,
  play: async ({ canvasElement, args }) => {
    const picker = await getPicker(canvasElement);
    await expect(part(picker, 'error')).toHaveTextContent(
      'Some payment methods could not be shown.',
    );
    await expect(args.onPickerError).toHaveBeenCalledOnce();
    await expect(args.onPickerError).toHaveBeenCalledWith(
      expect.objectContaining({
        code: 'invalid-methods',
        message: expect.stringContaining('JSON'),
      }),
    );
    await expect(part(picker, 'empty')).toBeVisible();
  },
};

/** A method without an id is skipped and reported; the valid methods still render and work. */
export const PartlyInvalidMethods: Story = {
  args: {
    methods: [
      { id: 'wechat-pay' },
      { label: 'A method without an id' } as never,
      { id: 'alipay' },
      { id: 'alipay', label: 'A duplicate id: the first one wins' },
    ],
  },
  play: async ({ canvasElement, args }) => {
    const picker = await getPicker(canvasElement);
    await expect(shownIds(picker)).toEqual(['wechat-pay', 'alipay']);
    await expect(part(picker, 'error')).toHaveTextContent(
      'Some payment methods could not be shown.',
    );
    await expect(args.onPickerError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'invalid-methods' }),
    );
    await expect(inside(picker).getByRole('radiogroup')).toHaveAccessibleDescription(
      'Some payment methods could not be shown.',
    );
    await userEvent.click(inside(picker).getByRole('radio', { name: 'Alipay' }));
    await expect(picker.value).toBe('alipay');
    await endWithoutFocus(picker);
  },
};

/**
 * A total that cannot be shown exactly (here `99.999` yuan: more decimals than CNY has) is never
 * rounded: the picker fires `picker-error` `invalid-amount` and shows a note in its place, while
 * the methods keep working.
 */
export const TotalCannotBeShown: Story = {
  name: "A total that can't be shown",
  args: { amount: '99.999', currency: 'CNY', methods: chinaMethods },
  play: async ({ canvasElement, args }) => {
    const picker = await getPicker(canvasElement);
    await expect(part(picker, 'amount-error')).toHaveTextContent('The total can’t be shown');
    await expect(part(picker, 'total')).toBeNull();
    await expect(args.onPickerError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'invalid-amount' }),
    );
    await userEvent.click(inside(picker).getByRole('radio', { name: 'Alipay' }));
    await expect(picker.value).toBe('alipay');
    await endWithoutFocus(picker);
  },
};
