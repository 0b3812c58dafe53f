/**
 * JSX types for the three tags, for TypeScript projects that write them in JSX or TSX (Preact,
 * Solid, Stencil, React, Vue's JSX). Types only: this module has no runtime code.
 *
 * The global `JSX.IntrinsicElements` is extended here, which covers JSX setups that read the
 * global namespace. React 19's types keep their own `React.JSX`; add the tags there with
 * `PaymentPickerIntrinsicElements` (see the Frameworks guide), or use `payment-picker/react`.
 */
import type { FlowPreference, PaymentMethod, PaymentSession } from './core/types.js';

/** Attributes every tag accepts here: the global HTML ones a checkout typically sets. */
export interface PaymentPickerBaseAttributes {
  id?: string;
  class?: string;
  slot?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  hidden?: boolean;
  title?: string;
  part?: string;
  children?: unknown;
  key?: string | number;
  ref?: unknown;
}

/** Attributes of `<payment-picker>` (a framework that sets properties may pass objects). */
export interface PaymentPickerAttributes extends PaymentPickerBaseAttributes {
  name?: string;
  value?: string;
  required?: boolean;
  disabled?: boolean;
  label?: string;
  /** JSON text as an attribute; an array where the framework sets the property. */
  methods?: string | PaymentMethod[];
  'visible-count'?: number | string;
  remember?: boolean;
  /** Decimal string in major units, e.g. `"128.00"`. */
  amount?: string;
  /** ISO 4217 code, e.g. `"CNY"`. */
  currency?: string;
  loading?: boolean;
  'hide-hints'?: boolean;
}

/** Attributes of `<payment-option>`: one method, the same fields as a `PaymentMethod`. */
export interface PaymentOptionAttributes extends PaymentPickerBaseAttributes {
  value?: string;
  label?: string;
  description?: string;
  icon?: string;
  badge?: string;
  disabled?: boolean;
  'disabled-reason'?: string;
}

/** Attributes of `<wallet-redirect>`. */
export interface WalletRedirectAttributes extends PaymentPickerBaseAttributes {
  /** JSON text as an attribute; an object where the framework sets the property. */
  session?: string | PaymentSession | null;
  flow?: FlowPreference;
  'poll-interval'?: number | string;
  'redirect-timeout'?: number | string;
  /** Space-separated schemes, e.g. `"weixin alipays"`. */
  'allowed-schemes'?: string;
  resume?: boolean;
}

/** The tags and their attributes, to extend any JSX namespace with. */
export interface PaymentPickerIntrinsicElements {
  'payment-picker': PaymentPickerAttributes;
  'payment-option': PaymentOptionAttributes;
  'wallet-redirect': WalletRedirectAttributes;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- JSX is a namespace by definition
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged, not empty
    interface IntrinsicElements extends PaymentPickerIntrinsicElements {}
  }
}
