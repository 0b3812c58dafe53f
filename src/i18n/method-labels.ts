import type { KnownMethodId } from '../core/types.js';
import type { PerLocale } from './locales.js';
import labels from './method-labels.json';

/**
 * Default labels of the known method ids, per locale. Both elements name a wallet with these
 * (the picker's rows, the wallet's `{wallet}`), so they are kept apart from either element's
 * other strings: `<wallet-redirect>` alone does not load the picker's strings.
 *
 * The data is `method-labels.json`, the one source of these names: the sandbox's wallet pages
 * (plain Node, which cannot import TypeScript) read the same file.
 */
export const METHOD_LABELS: PerLocale<Record<KnownMethodId, string>> = labels;
