/**
 * The self-contained CDN module (`dist/cdn/payment-picker.min.js`, Lit bundled). It registers
 * `<payment-picker>` and `<payment-option>` as soon as it runs, and starts loading
 * `<wallet-redirect>` from a chunk beside it at once, so the picker is usable before the wallet
 * arrives; the QR encoder is a further chunk, loaded when a code is shown. A page may set a
 * `<wallet-redirect>`'s properties and add its listeners before the chunk arrives: the element
 * takes them over when it is defined (`customElements.whenDefined('wallet-redirect')` tells when).
 */
import './payment-picker/payment-picker.js';

export { PaymentOption, PaymentPicker } from './payment-picker/payment-picker.js';

/** Resolves once `<wallet-redirect>` is defined, with its class. */
export const walletRedirectReady = import('./wallet-redirect/wallet-redirect.js').then(
  (module) => module.WalletRedirect,
);
