/**
 * `payment-picker/react`: React components for the three elements, made with `@lit/react`.
 *
 * Props that are element properties (`value`, `methods`, `session`, `checkStatus`, …) are set as
 * properties, not attributes, so objects and functions pass through unchanged; the `on…` props
 * below are added as DOM event listeners, typed with the element's event.
 *
 * ```tsx
 * import { PaymentPicker, WalletRedirect } from 'payment-picker/react';
 * <PaymentPicker name="method" methods={methods} onChange={(e) => setMethod(e.target.value)} />
 * <WalletRedirect session={session} onWalletStatus={(e) => e.detail.status} />
 * ```
 *
 * Importing this module registers the elements (it imports their definitions).
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import {
  PaymentOption as PaymentOptionElement,
  PaymentPicker as PaymentPickerElement,
  type PickerErrorEvent,
} from './payment-picker/payment-picker.js';
import {
  WalletRedirect as WalletRedirectElement,
  type WalletChangeMethodEvent,
  type WalletContinueEvent,
  type WalletErrorEvent,
  type WalletFlowEvent,
  type WalletInAppEvent,
  type WalletMiniProgramEvent,
  type WalletRedirectEvent,
  type WalletRefreshEvent,
  type WalletShareEvent,
  type WalletStatusEvent,
} from './wallet-redirect/wallet-redirect.js';

/**
 * An event whose `target` is the element that fired it. `change` and `input` come from the
 * element itself (not from an inner control), so `e.target.value` is the chosen method id.
 */
export type TargetedEvent<E extends Event, T extends EventTarget> = E & { target: T };

/**
 * `<payment-picker>` for React. Events: `onChange`, `onInput` (the shopper's own choice only),
 * `onPickerError` (`detail: {code, message}`).
 */
export const PaymentPicker = createComponent({
  react: React,
  tagName: 'payment-picker',
  elementClass: PaymentPickerElement,
  events: {
    onChange: 'change' as EventName<TargetedEvent<Event, PaymentPickerElement>>,
    onInput: 'input' as EventName<TargetedEvent<Event, PaymentPickerElement>>,
    onPickerError: 'picker-error' as EventName<PickerErrorEvent>,
  },
  displayName: 'PaymentPicker',
});

/** `<payment-option>` for React: one method, as a child of `PaymentPicker`. */
export const PaymentOption = createComponent({
  react: React,
  tagName: 'payment-option',
  elementClass: PaymentOptionElement,
  displayName: 'PaymentOption',
});

/**
 * `<wallet-redirect>` for React. Events: `onWalletFlow`, `onWalletRedirect` (cancelable: call
 * `e.preventDefault()` to navigate yourself), `onWalletStatus`, `onWalletRefresh` (set a new
 * `session`), `onWalletShare`, `onWalletError`, `onWalletContinue` (paid: go on to the order),
 * `onWalletChangeMethod` (not paid: show the picker again), `onWalletInApp` (the wallet's own pay
 * sheet answered), `onWalletMiniprogram` (cancelable: a WeChat mini-program web view).
 */
export const WalletRedirect = createComponent({
  react: React,
  tagName: 'wallet-redirect',
  elementClass: WalletRedirectElement,
  events: {
    onWalletFlow: 'wallet-flow' as EventName<WalletFlowEvent>,
    onWalletRedirect: 'wallet-redirect' as EventName<WalletRedirectEvent>,
    onWalletStatus: 'wallet-status' as EventName<WalletStatusEvent>,
    onWalletRefresh: 'wallet-refresh' as EventName<WalletRefreshEvent>,
    onWalletShare: 'wallet-share' as EventName<WalletShareEvent>,
    onWalletError: 'wallet-error' as EventName<WalletErrorEvent>,
    onWalletContinue: 'wallet-continue' as EventName<WalletContinueEvent>,
    onWalletChangeMethod: 'wallet-change-method' as EventName<WalletChangeMethodEvent>,
    onWalletInApp: 'wallet-in-app' as EventName<WalletInAppEvent>,
    onWalletMiniprogram: 'wallet-miniprogram' as EventName<WalletMiniProgramEvent>,
  },
  displayName: 'WalletRedirect',
});

export type {
  PaymentOptionElement,
  PaymentPickerElement,
  PickerErrorEvent,
  WalletChangeMethodEvent,
  WalletContinueEvent,
  WalletErrorEvent,
  WalletFlowEvent,
  WalletInAppEvent,
  WalletMiniProgramEvent,
  WalletRedirectElement,
  WalletRedirectEvent,
  WalletRefreshEvent,
  WalletShareEvent,
  WalletStatusEvent,
};
