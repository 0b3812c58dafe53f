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
  const flow = predictFlow(id, environment);
  const app = strings.appNames[id as KnownMethodId];
  return flow === 'share'
    ? strings.hintShare
    : flow === 'open-in-browser'
      ? strings.hintOpenInBrowser
      : flow && app // in-app, qr or redirect
        ? fillTemplate(
            flow === 'qr'
              ? strings.hintQr
              : flow === 'in-app'
                ? strings.hintInApp
                : strings.hintRedirect,
            { app },
          )
        : '';
}
