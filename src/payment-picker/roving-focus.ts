/**
 * Roving focus: the picker's rows share one tab stop, which follows the chosen row (else the
 * first that can be chosen), and the keys of a radio group (`radio-keys.ts`) move it. Plain
 * functions of the element, through the few members named in `RovingFocusHost`.
 *
 * Rows are rendered with `tabindex="-1"` and ids `m0`, `m1`, … by position; the stop is moved
 * here by hand, touching only the old and the new row, so a key re-renders no `tabindex` and
 * finds a row from its index (and back) in O(1), however many rows there are.
 */
import type { PaymentMethod } from '../core/types.js';
import { keyAction, nextEnabledIndex, tabStopIndex } from './radio-keys.js';

/** What roving focus needs of the picker. */
export interface RovingFocusHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The methods of the rendered rows, in display order: row `m${i}` shows method `i`. @internal */
  rows_: readonly PaymentMethod[];
  /** The row that holds the tab stop (`tabindex="0"`), if any. @internal */
  stop_?: HTMLElement | null;
  /** The id of the method whose row takes focus after the next update, if any. @internal */
  focusAfter_?: string | undefined;
  /** The shopper chose `row`: choose its method (unless it cannot be chosen). @internal */
  choose_(row: HTMLElement): void;
  /** The chosen method (a `value` matching an enabled method), if any. @internal */
  chosen_(): PaymentMethod | undefined;
  /** Whether the control is disabled, by itself or by a disabled `<fieldset>`. @internal */
  disabled_(): boolean;
}

/** The rendered row at `index` (its id is `m${index}`), or null. */
export function rowAt(host: RovingFocusHost, index: number): HTMLElement | null {
  return index < 0
    ? null
    : ((host.renderRoot as ShadowRoot | undefined)?.getElementById('m' + index) ?? null);
}

/** The index of `node` if it is one of the rendered rows, else -1. */
function rowIndex(host: RovingFocusHost, node: EventTarget | undefined): number {
  return node instanceof HTMLElement &&
    node.getRootNode() === host.renderRoot &&
    node.getAttribute('role') === 'radio'
    ? +node.id.slice(1)
    : -1;
}

/**
 * Moves the group's single tab stop to `row` (none: null), and with `focus` focuses it: the new
 * stop is set before focusing and the old one cleared after, so the group never has two stops
 * or none while focus moves. Only these two rows are touched; every other row keeps its `-1`.
 */
export function moveStop(host: RovingFocusHost, row: HTMLElement | null, focus?: boolean): void {
  const old = host.stop_;
  row?.setAttribute('tabindex', '0');
  if (focus) row!.focus({ preventScroll: true });
  if (old !== row) old?.setAttribute('tabindex', '-1');
  host.stop_ = row;
}

/**
 * After an update: the group's single tab stop goes to the chosen row, else the first that can
 * be chosen (none while disabled), and focus to the row of `focusAfter_` (the method that had it
 * before the list changed, or the first one "More" revealed). After a shopper's choice `choose`
 * has already moved the stop: then this writes nothing.
 */
export function afterUpdate(host: RovingFocusHost): void {
  const rows = host.rows_;
  const stop = rowAt(
    host,
    host.disabled_() ? -1 : tabStopIndex(rows, rows.indexOf(host.chosen_()!)),
  );
  if (stop !== host.stop_) moveStop(host, stop);
  const id = host.focusAfter_;
  if (id !== undefined) {
    host.focusAfter_ = undefined;
    rowAt(
      host,
      rows.findIndex((m) => m.id === id),
    )?.focus();
  }
}

/**
 * A click on a row chooses it; a `<label for>` activating the host focuses the group. A
 * listener on the host (`this`), so one function serves every picker.
 */
export function chooseByClick(this: RovingFocusHost, event: MouseEvent): void {
  const path = event.composedPath();
  if (path[0] === this) return this.focus();
  const row = path.find((node) => rowIndex(this, node) >= 0);
  if (row) this.choose_(row as HTMLElement);
}

/**
 * Radio-group keys on a row: arrows move *and* choose (skipping disabled rows, wrapping,
 * Left/Right swapped in RTL), Home/End go to the first/last row that can be chosen, Space
 * chooses the focused row. A listener on the host (`this`), so it also hears keys from slotted
 * content (a provider's card fields under a row), which it leaves alone.
 */
export function chooseByKey(this: RovingFocusHost, event: KeyboardEvent): void {
  const { key } = event;
  if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
  const current = rowIndex(this, event.composedPath()[0]);
  if (current < 0) return; // not from one of our rows: slotted content keeps its keys
  // Only Left/Right depend on the direction; reading it costs a style lookup.
  const action = keyAction(
    key,
    (key === 'ArrowLeft' || key === 'ArrowRight') && getComputedStyle(this).direction === 'rtl',
  );
  if (!action) return;
  event.preventDefault();
  // From the rendered methods, not the rows' attributes: O(1) per key, however many rows.
  // (`choose_` refuses a disabled method, and everything while the control is disabled.)
  const rows = this.rows_;
  const target =
    action === 'choose'
      ? current
      : nextEnabledIndex(
          rows,
          action === 'first' ? -1 : action === 'last' ? rows.length : current,
          action === 'previous' || action === 'last' ? -1 : 1,
        );
  if (target >= 0) this.choose_(rowAt(this, target)!);
}
