import { fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/payment-picker/payment-picker.js';
import type { PaymentPicker } from '../../src/payment-picker/payment-picker.component.js';

export type { PaymentPicker };

import { DESKTOP, IN_WECHAT, MOBILE } from '../support/environments.js';

export { DESKTOP, IN_WECHAT, MOBILE };

/**
 * Renders a template and waits until the picker in it (or the picker it is) has rendered.
 * (Not open-wc's `fixture`: it waits for an animation frame when the root is not a Lit element,
 * and background test pages get no frames.)
 */
export async function pickerFixture<T extends Element = PaymentPicker>(
  template: TemplateResult,
): Promise<T> {
  const root = fixtureSync<T>(template);
  const picker = root.localName === 'payment-picker' ? root : root.querySelector('payment-picker');
  await (picker as PaymentPicker | null)?.updateComplete;
  return root;
}

/** The radio rows, in display order. */
export function rows(el: PaymentPicker): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')];
}

/** The row of method `id`. */
export function row(el: PaymentPicker, id: string): HTMLElement {
  const found = rows(el).find((r) => r.dataset['id'] === id);
  if (!found) throw new Error(`no row for ${id}`);
  return found;
}

/** Ids of the shown rows. */
export function shownIds(el: PaymentPicker): string[] {
  return rows(el).map((r) => r.dataset['id']!);
}

/** The id of the checked row, or null. */
export function checkedId(el: PaymentPicker): string | null {
  return rows(el).find((r) => r.getAttribute('aria-checked') === 'true')?.dataset['id'] ?? null;
}

/** The id of the row that has focus inside the picker, or null. */
export function focusedId(el: PaymentPicker): string | null {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  return active?.dataset['id'] ?? null;
}

/** The element of `part` in the picker's shadow root (first match), or null. */
export function part(el: PaymentPicker, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** The text an element's `aria-describedby` points to, joined with spaces. */
export function description(el: PaymentPicker, target: Element): string {
  const ids = (target.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim() ?? '').join(' ');
}

/** Records the events of the given types dispatched on `target`. */
export function recordEvents(target: EventTarget, types: string[]): Event[] {
  const events: Event[] = [];
  for (const type of types) target.addEventListener(type, (event) => events.push(event));
  return events;
}

/** Waits for the picker to settle after an interaction. */
export async function settle(el: PaymentPicker): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}
