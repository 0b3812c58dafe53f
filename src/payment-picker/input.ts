/**
 * The shop's input to the picker (its methods and its amount), as plain functions of the element
 * through the few members named in `InputHost`: read before each update, and its problems
 * reported after it with `picker-error` (once per new input, even with the same mistakes).
 */
import type { PropertyValues } from 'lit';
import { amountProblem } from '../core/money.js';
import type { PaymentMethod } from '../core/types.js';
import type { ChoiceHost } from './choice.js';
import { reportError, reportMethodErrors } from './events.js';
import { readMethods } from './method-source.js';

/** What reading the input needs of the picker. */
export interface InputHost extends ChoiceHost {
  methods: PaymentMethod[] | null;
  amount: string;
  currency: string;
  /** The methods' problems reported last. @internal */
  reported_?: string;
  /** Why `amount` + `currency` cannot be shown, if they cannot. @internal */
  problem_?: string | null;
}

const amountChanged = (changed: PropertyValues): boolean =>
  changed.has('amount') || changed.has('currency');

/** Before an update: reads the methods when they (or the children) changed, and the amount. */
export function readInput(host: InputHost, changed: PropertyValues): void {
  if (changed.has('methods') || changed.has('childrenVersion')) {
    // Rows are rendered by position, so a row keeps its element when the list changes. Focus
    // follows the method it was on, not the position (see `afterUpdate`).
    const focused = host.shadowRoot?.activeElement as HTMLElement | null;
    host.focusAfter_ ??= focused?.dataset['id'];
    host.shown_ = readMethods(host, host.methods);
    // New input from the shop is reported again, even with the same mistakes.
    if (changed.has('methods')) host.reported_ = '';
  }
  if (amountChanged(changed)) host.problem_ = amountProblem(host.amount, host.currency);
}

/** After an update: reports the new problems of the methods and of the amount. */
export function reportInput(host: InputHost, changed: PropertyValues): void {
  host.reported_ = reportMethodErrors(host, host.shown_.errors, host.reported_);
  const message = host.problem_;
  if (message && amountChanged(changed)) {
    reportError(host, 'invalid-amount', message, [{ field: 'amount', message }]);
  }
}
