import { predictFlow } from '../core/flow.js';
import type { Environment, KnownMethodId, PaymentMethod } from '../core/types.js';
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
      : flow && app // qr or redirect
        ? fillTemplate(flow === 'qr' ? strings.hintQr : strings.hintRedirect, { app })
        : '';
}

/** Hints already worked out, per environment and strings (each kept while it is in use). */
const memo = new WeakMap<Environment, WeakMap<Strings, Map<string, string>>>();

/**
 * The hint of each of `methods` in `environment` (`''` for disabled ones). Memoized: every
 * update asks for every row's hint, and each runs the flow table, whose answer stays the same
 * until the environment or the strings change.
 */
export function hintsFor(
  methods: readonly PaymentMethod[],
  environment: Environment,
  strings: Strings,
): string[] {
  let byStrings = memo.get(environment);
  if (!byStrings) memo.set(environment, (byStrings = new WeakMap<Strings, Map<string, string>>()));
  let hints = byStrings.get(strings);
  if (!hints) byStrings.set(strings, (hints = new Map<string, string>()));
  return methods.map(({ id, disabled }) => {
    if (disabled) return '';
    let hint = hints.get(id);
    if (hint === undefined) hints.set(id, (hint = hintFor(id, environment, strings)));
    return hint;
  });
}
