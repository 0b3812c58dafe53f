import { APP_NAMES } from '../app-names.js';
import { METHOD_LABELS } from '../method-labels.js';
import type { Strings } from '../strings.js';

/** English strings. */
export const strings: Strings = {
  pickerLabel: 'Payment method',
  total: 'Total {amount}',
  invalidAmount: 'The total can’t be shown',
  moreMethods: 'More payment methods ({count})',
  noMethods: 'No payment methods are available for this order.',
  allDisabled: 'None of these payment methods can be used right now.',
  loadingMethods: 'Loading payment methods…',
  invalidMethods: 'Some payment methods could not be shown.',
  chooseMethod: 'Please choose a payment method.',
  unavailable: 'Unavailable',
  methodLabels: METHOD_LABELS.en,
  appNames: APP_NAMES.en,
  hintQr: 'Scan a QR code with {app}',
  hintRedirect: 'Opens the {app} app',
  hintShare: 'Send a link to a friend who pays',
  hintOpenInBrowser: 'Opens in your browser',
  hintInApp: 'Pay here in {app}',
};
