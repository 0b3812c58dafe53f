/**
 * The shopper's choice, as plain functions of the picker through the few members named in
 * `ChoiceHost`: which method can be chosen, choosing one (click, arrow, Space), and the method
 * remembered on this device that fills an empty `value` once.
 */
import { currentEnvironment } from '../core/environment.js';
import { ownApp } from '../core/flow.js';
import type { Environment, PaymentMethod } from '../core/types.js';
import { BUBBLES } from './events.js';
import type { MethodSource } from './method-source.js';
import { readRememberedMethod, writeRememberedMethod } from './remembered-method.js';
import { moveStop, type RovingFocusHost } from './roving-focus.js';

/** What choosing needs of the picker. */
export interface ChoiceHost extends RovingFocusHost {
  name: string;
  value: string;
  remember: boolean;
  preferInApp: boolean;
  environment: Environment | null;
  loading: boolean;
  /** The methods read from `methods` or the `<payment-option>` children. @internal */
  shown_: MethodSource;
  /** Whether a failed validation's message shows. @internal */
  showInvalid_: boolean;
  /** The remembered id `remember` filled in once (`''`: none), which `form.reset()` restores. @internal */
  remembered_?: string;
  requestUpdate(): void;
}

/** The enabled method `id`, unless loading. */
export const usable = (host: ChoiceHost, id: string | null): PaymentMethod | undefined =>
  host.loading ? undefined : host.shown_.methods.find((m) => m.id === id && !m.disabled);

/**
 * The shopper chose `row` (click, arrow, Space): focus, update, remember, announce.
 *
 * The tab stop and focus move at once, while style and layout are still clean, as a native
 * radio's do. Done after the render instead, `focus()` (and any `tabindex` change on the
 * focused row) would force a synchronous style and layout pass over the changed rows; that
 * was most of the cost of an arrow key. Scrolling the row into view waits for the next task,
 * after the render, so the layout it needs is the one the next frame uses anyway.
 */
export function choose(host: ChoiceHost, row: HTMLElement): void {
  const id = row.dataset['id']!;
  if (host.disabled_() || !usable(host, id)) return;
  moveStop(host, row, true);
  setTimeout(() => {
    if (row.matches(':focus')) row.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
  host.requestUpdate();
  if (host.chosen_()?.id === id) return;
  host.value = id;
  host.showInvalid_ = false;
  if (host.remember) writeRememberedMethod(host.name, id);
  host.dispatchEvent(new Event('input', BUBBLES));
  host.dispatchEvent(new Event('change', BUBBLES));
}

/**
 * An empty value is filled once, when the methods are there: with `remember`, by the method
 * remembered on this device; else with `prefer-in-app`, by the wallet of the app the page is
 * open in (when offered and enabled). No `change`: the shopper did not act. Later an empty value
 * (a reset, or code clearing the choice) stays empty; `form.reset()` restores the filled one.
 */
export function fillRemembered(host: ChoiceHost): void {
  if (host.remembered_ === undefined && host.value !== '') host.remembered_ = '';
  if (host.remembered_ !== undefined || host.loading) return;
  const remembered = host.remember ? readRememberedMethod(host.name) : null;
  // The wallet paid in the app the page is open in: WeChat Pay in WeChat, Alipay in Alipay.
  const id = usable(host, remembered)
    ? remembered
    : host.preferInApp
      ? host.shown_.methods.find(
          (m) => !m.disabled && ownApp(m.id, host.environment ?? currentEnvironment()),
        )?.id
      : undefined;
  if (id) host.value = host.remembered_ = id;
}
