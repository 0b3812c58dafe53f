import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { PaymentPicker } from '../../src/payment-picker/payment-picker.js';
import {
  defaultArgs,
  environments,
  getPicker,
  inside,
  part,
  parts,
  pickerArgTypes,
  renderPicker,
  type PickerArgs,
} from '../support/picker.js';

/**
 * For known wallets each method says how paying will proceed *here*, from the same decision
 * (`chooseFlow`) that `<wallet-redirect>` makes after the order is placed. The picker detects
 * its environment; these stories set the `environment` property instead, so that every
 * environment can be previewed from one desktop browser.
 */
const meta = {
  title: 'Payment picker/Hints',
  component: 'payment-picker',
  tags: ['autodocs'],
  args: {
    ...defaultArgs,
    methods: [{ id: 'wechat-pay' }, { id: 'alipay' }, { id: 'unionpay' }, { id: 'card' }],
  },
  argTypes: pickerArgTypes,
  render: (args) => renderPicker(args),
} satisfies Meta<PickerArgs>;

export default meta;
type Story = StoryObj<PickerArgs>;

/** hintOf(picker, 'Alipay') → the hint shown under that method, or null. */
function hintOf(picker: PaymentPicker, name: string): string | null {
  const row = inside(picker).getByRole('radio', { name });
  return row.querySelector('[part~="hint"]')?.textContent?.trim() ?? null;
}

/** On a desktop browser the wallets are paid by scanning a QR code with the phone. */
export const HintsOnDesktop: Story = {
  args: { environment: environments.desktop },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    await expect(hintOf(picker, 'WeChat Pay')).toBe('Scan a QR code with WeChat');
    await expect(hintOf(picker, 'Alipay')).toBe('Scan a QR code with Alipay');
    await expect(hintOf(picker, 'Bank card')).toBeNull();
    // The hint is part of the method's accessible description.
    await expect(
      inside(picker).getByRole('radio', { name: 'WeChat Pay' }),
    ).toHaveAccessibleDescription('Scan a QR code with WeChat');
  },
};

/** In a phone's browser the wallet app opens. */
export const HintsOnMobile: Story = {
  args: { environment: environments.mobile },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    await expect(hintOf(picker, 'WeChat Pay')).toBe('Opens the WeChat app');
    await expect(hintOf(picker, 'Alipay')).toBe('Opens the Alipay app');
  },
};

/**
 * Inside WeChat's in-app browser, Alipay pages are blocked: the shopper will be guided to open the
 * page in a real browser, and the hint says so before they choose.
 */
export const HintsInWeChat: Story = {
  name: 'Hints in WeChat',
  args: { environment: environments.wechat },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    await expect(hintOf(picker, 'Alipay')).toBe('Opens in your browser');
    // Inside WeChat the shop pays with WeChat's own JSAPI: there is no hand-off to describe.
    await expect(hintOf(picker, 'WeChat Pay')).toBeNull();
    await expect(inside(picker).getByRole('radio', { name: 'Alipay' })).toHaveAccessibleDescription(
      'Opens in your browser',
    );
  },
};

/** `hide-hints` leaves only labels, descriptions and badges. */
export const HintsHidden: Story = {
  args: { environment: environments.desktop, 'hide-hints': true },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    await expect(parts(picker, 'hint')).toHaveLength(0);
    await expect(part(picker, 'label')).toHaveTextContent('WeChat Pay');
  },
};
