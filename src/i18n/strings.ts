import type { KnownMethodId } from '../core/types.js';

/**
 * Every visible string of the components, per locale. Templates use `{name}` placeholders,
 * filled by {@link fillTemplate}. Override any of them through an element's `strings` property.
 */
export interface Strings {
  /** Default legend and accessible name of `<payment-picker>`. */
  pickerLabel: string;
  /** The total beside the legend; `{amount}` is the formatted amount. */
  total: string;
  /** Shown in place of the total when `amount` and `currency` cannot be shown exactly. */
  invalidAmount: string;
  /** The button that reveals the methods beyond `visible-count`; `{count}` is how many. */
  moreMethods: string;
  /** Shown when no method is offered (the `empty` slot's fallback). */
  noMethods: string;
  /** Shown when every offered method is disabled. */
  allDisabled: string;
  /** Announced while the skeleton shows. */
  loadingMethods: string;
  /** Shown when some methods could not be read (bad `methods` input). */
  invalidMethods: string;
  /** Validation message when a choice is required, if the browser gives none of its own. */
  chooseMethod: string;
  /** Reason shown for a disabled method that has no `disabledReason` of its own. */
  unavailable: string;
  /** Default labels of the known method ids. */
  methodLabels: Record<KnownMethodId, string>;
  /** The app that pays, named in hints; `{app}` in the hint templates. */
  appNames: Partial<Record<KnownMethodId, string>>;
  /** Hint when paying means scanning a QR code with the phone. */
  hintQr: string;
  /** Hint when paying opens the wallet app. */
  hintRedirect: string;
  /** Hint when paying means sending a link to a friend who pays. */
  hintShare: string;
  /** Hint when this in-app browser blocks the wallet and the page must open in a real browser. */
  hintOpenInBrowser: string;
}

/** A partial override of {@link Strings}; nested maps may be partial too. */
export type StringOverrides = Partial<Omit<Strings, 'methodLabels' | 'appNames'>> & {
  methodLabels?: Partial<Record<KnownMethodId, string>>;
  appNames?: Partial<Record<KnownMethodId, string>>;
};

/** Replaces `{name}` placeholders with values; unknown placeholders are left as they are. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : match,
  );
}
