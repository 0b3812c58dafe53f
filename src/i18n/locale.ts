import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canonicalLang, supportedLocale, type PerLocale, type SupportedLocale } from './locales.js';
import { mergeStrings } from './overrides.js';

/**
 * The language tag that applies to `element`: its nearest `lang` attribute (crossing shadow
 * roots to their hosts), then the document's, then the browser's, then `en`. Empty `lang`
 * attributes ("unknown language") are skipped.
 */
export function resolveLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]:not([lang=""])');
    if (withLang) return withLang.getAttribute('lang')!;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  const documentLang = element.ownerDocument?.documentElement?.lang;
  if (documentLang) return documentLang;
  return globalThis.navigator?.languages?.[0] ?? globalThis.navigator?.language ?? 'en';
}

/** Canonical tag and supported locale per raw `lang` value: `Intl` is slow, pages use few tags. */
const resolved = new Map<string, { lang: string; locale: SupportedLocale }>();

function resolveTag(tag: string): { lang: string; locale: SupportedLocale } {
  let entry = resolved.get(tag);
  if (!entry) {
    const lang = canonicalLang(tag);
    entry = { lang, locale: supportedLocale(lang) };
    if (resolved.size >= 64) resolved.clear();
    resolved.set(tag, entry);
  }
  return entry;
}

/** What an element needs to localize itself. */
export interface LocaleInfo<T> {
  /** Canonical language tag for `Intl` formatting, e.g. `zh-CN` or `en-GB`. */
  lang: string;
  /** Which strings are shown. */
  locale: SupportedLocale;
  strings: T;
}

/**
 * The one lookup both elements use: the language that applies to `element`, and its strings
 * from `table` (the element's own: `PICKER_STRINGS`, `WALLET_STRINGS`) with the element's
 * `overrides` merged in.
 */
export function localize<T extends object>(
  element: Element,
  table: PerLocale<T>,
  overrides?: unknown,
): LocaleInfo<T> {
  const { lang, locale } = resolveTag(resolveLang(element));
  return { lang, locale, strings: mergeStrings(table[locale], overrides) };
}

/** Hosts to re-render when a `lang` attribute in the document or the browser's language changes. */
const subscribers = new Set<ReactiveControllerHost>();
let observer: MutationObserver | null = null;

function notifyAll(): void {
  for (const host of subscribers) host.requestUpdate();
}

function subscribe(host: ReactiveControllerHost): void {
  subscribers.add(host);
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(notifyAll);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
  window.addEventListener('languagechange', notifyAll);
}

function unsubscribe(host: ReactiveControllerHost): void {
  subscribers.delete(host);
  if (subscribers.size > 0 || !observer) return;
  observer.disconnect();
  observer = null;
  window.removeEventListener('languagechange', notifyAll);
}

/**
 * Re-renders its host when the language around it may have changed: a `lang` attribute anywhere
 * in the document (one shared observer for all hosts) or the browser's language. The host reads
 * its locale with {@link localize} while rendering.
 */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    subscribe(this.host);
  }

  hostDisconnected(): void {
    unsubscribe(this.host);
  }
}
