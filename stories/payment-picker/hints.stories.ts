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
  type PickerArgs,
  pickerMeta,
} from '../support/picker.js';

/**
 * For known wallets the chosen method says how paying will proceed *here*, from the same decision
 * (`chooseFlow`) that `<wallet-redirect>` makes after the order is placed. Only the chosen row
 * shows it (on every row it read as a status), and it is part of that row's accessible
 * description. The picker detects its environment; these stories set the `environment`
 * property instead, so that every environment can be previewed from one desktop browser.
 */
const meta = {
  title: 'Payment picker/Hints',
  tags: ['autodocs'],
  ...pickerMeta,
  args: {
    ...defaultArgs,
    methods: [{ id: 'wechat-pay' }, { id: 'alipay' }, { id: 'unionpay' }, { id: 'card' }],
  },
} satisfies Meta<PickerArgs>;

export default meta;
type Story = StoryObj<PickerArgs>;

/** hintOf(picker, 'Alipay') → the hint shown under that method, or null. */
function hintOf(picker: PaymentPicker, name: string): string | null {
  const row = inside(picker).getByRole('radio', { name });
  return row.querySelector('[part~="hint"]')?.textContent?.trim() ?? null;
}

/** Chooses `id` as code would (no focus, no event) and waits for the render. */
async function choose(picker: PaymentPicker, id: string): Promise<void> {
  picker.value = id;
  await picker.updateComplete;
}

/**
 * On a desktop browser the wallets are paid by scanning a QR code with the phone. The hint
 * follows the choice: one row at a time.
 */
export const HintsOnDesktop: Story = {
  args: { environment: environments.desktop, value: 'wechat-pay' },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    await expect(parts(picker, 'hint')).toHaveLength(1);
    await expect(hintOf(picker, 'WeChat Pay')).toBe('Scan a QR code with WeChat');
    await expect(hintOf(picker, 'Alipay')).toBeNull();
    // The hint is part of the chosen method's accessible description, and only of its.
    const wechat = inside(picker).getByRole('radio', { name: 'WeChat Pay' });
    const alipay = inside(picker).getByRole('radio', { name: 'Alipay' });
    await expect(wechat).toHaveAccessibleDescription('Scan a QR code with WeChat');
    await expect(alipay).toHaveAccessibleDescription('');

    await choose(picker, 'alipay');
    await expect(hintOf(picker, 'Alipay')).toBe('Scan a QR code with Alipay');
    await expect(alipay).toHaveAccessibleDescription('Scan a QR code with Alipay');
    await expect(wechat).toHaveAccessibleDescription('');
    // Cards are not a wallet hand-off: nothing to say.
    await choose(picker, 'card');
    await expect(parts(picker, 'hint')).toHaveLength(0);
    await choose(picker, 'wechat-pay'); // back to what the story shows
  },
};

/** Nothing chosen yet: no row carries a hint. */
export const NothingChosen: Story = {
  args: { environment: environments.desktop },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    await expect(parts(picker, 'hint')).toHaveLength(0);
    await expect(part(picker, 'label')).toHaveTextContent('WeChat Pay');
  },
};

/** In a phone's browser the wallet app opens. */
export const HintsOnMobile: Story = {
  args: { environment: environments.mobile, value: 'alipay' },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    await expect(hintOf(picker, 'Alipay')).toBe('Opens the Alipay app');
    await choose(picker, 'wechat-pay');
    await expect(hintOf(picker, 'WeChat Pay')).toBe('Opens the WeChat app');
    await choose(picker, 'alipay');
  },
};

/**
 * Inside WeChat's in-app browser, Alipay pages are blocked: the shopper reads on its row, chosen
 * or not, that the page will open in a real browser. WeChat Pay pays right here, in WeChat's own
 * pay sheet: "Pay here in WeChat".
 */
export const HintsInWeChat: Story = {
  name: 'Hints in WeChat',
  args: { environment: environments.wechat, value: 'alipay' },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    await expect(hintOf(picker, 'Alipay')).toBe('Opens in your browser');
    await expect(inside(picker).getByRole('radio', { name: 'Alipay' })).toHaveAccessibleDescription(
      'Opens in your browser',
    );
    await choose(picker, 'wechat-pay');
    await expect(hintOf(picker, 'WeChat Pay')).toBe('Pay here in WeChat');
    // A blocked wallet keeps its warning while another is chosen.
    await expect(hintOf(picker, 'Alipay')).toBe('Opens in your browser');
    await choose(picker, 'alipay');
  },
};

/** `hide-hints` leaves only labels, descriptions and badges, even on the chosen row. */
export const HintsHidden: Story = {
  args: { environment: environments.desktop, 'hide-hints': true, value: 'wechat-pay' },
  play: async ({ canvasElement }) => {
    const picker = await getPicker(canvasElement);
    await expect(parts(picker, 'hint')).toHaveLength(0);
    await expect(part(picker, 'label')).toHaveTextContent('WeChat Pay');
  },
};
