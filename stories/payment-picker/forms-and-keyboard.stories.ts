import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { deepActiveElement, press } from '../support/keyboard.js';
import {
  checkedNames,
  defaultArgs,
  endWithoutFocus,
  expectChosen,
  getPicker,
  inside,
  part,
  renderPicker,
  type PickerArgs,
  pickerMeta,
} from '../support/picker.js';

/**
 * The picker is a real form control and a real radio group: it submits with its `<form>`,
 * validates, resets, and works with the keyboard alone.
 */
const meta = {
  title: 'Payment picker/Forms and keyboard',
  tags: ['autodocs'],
  ...pickerMeta,
  args: { ...defaultArgs, 'hide-hints': true },
} satisfies Meta<PickerArgs>;

export default meta;
type Story = StoryObj<PickerArgs>;

/** Shows what a submission would send, instead of leaving the page. */
function showFormData(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const sent = [...new FormData(form)].map(([key, value]) => `${key}=${String(value)}`);
  form.querySelector('output')!.value = sent.join('\n');
}

/**
 * A plain `<form>` with a required picker. Submitting with nothing chosen shows a message in
 * the picker's language; once a method is chosen, `FormData` carries `payment=<id>`, and Reset
 * restores the initial value.
 */
export const InAForm: Story = {
  args: { required: true },
  render: (args) =>
    html`<form class="checkout-form" @submit=${showFormData}>
      <input type="hidden" name="order" value="A-1024" />
      ${renderPicker(
        args,
        html`<payment-option value="wechat-pay"></payment-option>
          <payment-option value="alipay"></payment-option>
          <payment-option value="card"></payment-option>`,
      )}
      <p>
        <button type="submit">Place order and pay</button>
        <button type="reset">Start over</button>
      </p>
      <p>Sent: <output name="sent" aria-live="polite"></output></p>
    </form>`,
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const picker = await getPicker(canvasElement);
    const form = canvasElement.querySelector('form')!;
    const output = canvasElement.querySelector('output')!;
    await expect(picker.form).toBe(form);

    await step('Submitting with nothing chosen is blocked with a message', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Place order and pay' }));
      await expect(output).toHaveTextContent('');
      await expect(picker.validity.valueMissing).toBe(true);
      await expect(picker.validationMessage).not.toBe('');
      await waitFor(() =>
        expect(part(picker, 'validation-message')).toHaveTextContent(picker.validationMessage),
      );
      await expect(inside(picker).getByRole('radiogroup')).toHaveAttribute('aria-invalid', 'true');
      await expect(inside(picker).getByRole('radiogroup')).toHaveAccessibleDescription(
        picker.validationMessage,
      );
    });

    await step(
      'Choosing a method clears the message; Reset restores the initial value',
      async () => {
        await userEvent.click(inside(picker).getByRole('radio', { name: 'WeChat Pay' }));
        await expect(picker.validity.valid).toBe(true);
        await waitFor(() => expect(part(picker, 'validation-message')).toBeNull());
        await userEvent.click(canvas.getByRole('button', { name: 'Start over' }));
        await waitFor(() => expect(checkedNames(picker)).toEqual([]));
        await expect(picker.value).toBe('');
      },
    );

    await step('A valid submission sends the chosen id under the picker’s name', async () => {
      await userEvent.click(inside(picker).getByRole('radio', { name: 'Alipay' }));
      await userEvent.click(canvas.getByRole('button', { name: 'Place order and pay' }));
      await waitFor(() => expect(output.value).toBe('order=A-1024\npayment=alipay'));
      await expect(new FormData(form).get('payment')).toBe('alipay');
    });
    await endWithoutFocus(picker);
  },
};

/**
 * Everything with the keyboard alone: Tab into the group (one tab stop), arrows move *and*
 * choose (skipping disabled methods and wrapping), Home/End, Space, and the "More payment
 * methods" button as its own tab stop.
 */
export const KeyboardOnly: Story = {
  args: { 'visible-count': 4 },
  render: (args) =>
    html`<p><button type="button">Edit delivery address</button></p>
      ${renderPicker(
        args,
        html`<payment-option value="wechat-pay"></payment-option>
          <payment-option value="alipay"></payment-option>
          <payment-option
            value="unionpay"
            disabled
            disabled-reason="Not available for this order."
          ></payment-option>
          <payment-option value="card"></payment-option>
          <payment-option value="paypal"></payment-option>`,
      )}`,
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    const picker = await getPicker(canvasElement);
    const row = (name: string) => inside(picker).getByRole('radio', { name });

    await step('Tab enters the group on its first method, without choosing it', async () => {
      canvas.getByRole('button', { name: 'Edit delivery address' }).focus();
      await press('{Tab}');
      await expect(deepActiveElement()).toBe(row('WeChat Pay'));
      await expect(checkedNames(picker)).toEqual([]);
    });

    await step('Space chooses; arrows move and choose, skip disabled, wrap', async () => {
      await press('[Space]');
      await expectChosen(picker, 'WeChat Pay', 'wechat-pay');
      await press('{ArrowDown}');
      await expectChosen(picker, 'Alipay', 'alipay');
      await press('{ArrowDown}'); // UnionPay is disabled: skipped
      await expectChosen(picker, 'Bank card', 'card');
      await expect(deepActiveElement()).toBe(row('Bank card'));
      await press('{ArrowDown}'); // wraps to the first
      await expectChosen(picker, 'WeChat Pay', 'wechat-pay');
      await press('{ArrowUp}'); // and back
      await expectChosen(picker, 'Bank card', 'card');
      await press('{Home}');
      await expectChosen(picker, 'WeChat Pay', 'wechat-pay');
      await press('{End}');
      await expectChosen(picker, 'Bank card', 'card');
      await expect(args.onChange).toHaveBeenLastCalledWith('card');
    });

    await step(
      'The "More" button is the next tab stop; it reveals and focuses the rest',
      async () => {
        await press('{Tab}');
        const more = inside(picker).getByRole('button', { name: 'More payment methods (1)' });
        await expect(deepActiveElement()).toBe(more);
        await press('{Enter}');
        await waitFor(() => expect(deepActiveElement()).toBe(row('PayPal')));
        await expectChosen(picker, 'Bank card', 'card'); // revealing chooses nothing
        await press('[Space]');
        await expectChosen(picker, 'PayPal', 'paypal');
      },
    );

    await step('Shift+Tab leaves the group in one step', async () => {
      await press('{Shift>}{Tab}{/Shift}');
      await expect(deepActiveElement()).toBe(
        canvas.getByRole('button', { name: 'Edit delivery address' }),
      );
    });
  },
};

const REMEMBER_KEY = 'payment-picker:last-method:remember-demo';

/**
 * `remember` keeps the last method chosen on this device (its id only, in localStorage, keyed by
 * `name`) and preselects it the next time the checkout opens. Choose a method, then "Open the
 * checkout again" to see it preselected.
 */
export const Remember: Story = {
  beforeEach: () => {
    localStorage.removeItem(REMEMBER_KEY);
    return () => localStorage.removeItem(REMEMBER_KEY);
  },
  render: () =>
    html`<div class="checkout">
        <payment-picker name="remember-demo" remember>
          <payment-option value="wechat-pay"></payment-option>
          <payment-option value="alipay"></payment-option>
          <payment-option value="card"></payment-option>
        </payment-picker>
      </div>
      <p><button type="button" @click=${reopenCheckout}>Open the checkout again</button></p>`,
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const first = await getPicker(canvasElement);
    await expect(checkedNames(first)).toEqual([]);

    await step('Choosing stores the id only', async () => {
      await userEvent.click(inside(first).getByRole('radio', { name: 'Alipay' }));
      await expect(localStorage.getItem(REMEMBER_KEY)).toBe('alipay');
    });

    await step('A new picker with the same name preselects it, without events', async () => {
      let events = 0;
      canvasElement.addEventListener('change', () => events++);
      await userEvent.click(canvas.getByRole('button', { name: 'Open the checkout again' }));
      const second = await getPicker(canvasElement);
      await expect(second).not.toBe(first);
      await expectChosen(second, 'Alipay', 'alipay');
      await expect(events).toBe(0);
    });
    await endWithoutFocus(await getPicker(canvasElement));
  },
};

/** Replaces the story's picker with a fresh copy, as a new visit to the checkout would. */
function reopenCheckout(event: Event): void {
  const root = (event.target as Element).closest('.story-frame') ?? document;
  const picker = root.querySelector('.checkout payment-picker')!;
  const fresh = document.createElement('payment-picker');
  for (const { name, value } of picker.attributes) fresh.setAttribute(name, value);
  for (const option of picker.querySelectorAll('payment-option'))
    fresh.append(option.cloneNode(true));
  picker.replaceWith(fresh);
}
