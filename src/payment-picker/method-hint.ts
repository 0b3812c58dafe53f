import { predictFlow } from '../core/flow.js';
import type { Environment, KnownMethodId } from '../core/types.js';
import { fillTemplate, type Strings } from '../i18n/strings.js';

/**
 * How paying with method `id` will proceed in `environment`, as a localized sentence ("Scan a
 * QR code with WeChat", "Opens in your browser"), from the same flow decision that
 * `<wallet-redirect>` uses. `''` when there is nothing to say (cards, custom ids, or a flow that
 * needs an app name the strings do not have).
 */
export function hintFor(id: string, environment: Environment, strings: Strings): string {
  const app = strings.appNames[id as KnownMethodId];
  switch (predictFlow(id, environment)) {
    case 'qr':
      return app ? fillTemplate(strings.hintQr, { app }) : '';
    case 'redirect':
      return app ? fillTemplate(strings.hintRedirect, { app }) : '';
    case 'share':
      return strings.hintShare;
    case 'open-in-browser':
      return strings.hintOpenInBrowser;
    default:
      return '';
  }
}
