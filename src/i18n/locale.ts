import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from './en.js';
import { onlyStrings } from './overrides.js';
import type { StringOverrides, Strings } from './strings.js';
import { zhCN } from './zh-CN.js';
import { zhTW } from './zh-TW.js';

/** The locales that have their own strings. */
export type SupportedLocale = 'en' | 'zh-CN' | 'zh-TW';

const STRINGS: Record<SupportedLocale, Strings> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };

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

/** A valid, canonical BCP 47 tag for `Intl` (falls back to `en` for malformed tags). */
export function canonicalLang(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * The locale whose strings to show for a language tag: Chinese in Traditional script
 * (zh-TW, zh-HK, zh-MO, zh-Hant…) → `zh-TW`, other Chinese → `zh-CN`, everything else → `en`.
 */
export function supportedLocale(tag: string): SupportedLocale {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag).maximize();
  } catch {
    return 'en';
  }
  if (locale.language !== 'zh') return 'en';
  return locale.script === 'Hant' ? 'zh-TW' : 'zh-CN';
}

/**
 * The strings of `locale` with `overrides` applied (nested maps merged key by key). Overrides
 * that are not strings are ignored, so a malformed override never breaks rendering.
 */
export function stringsFor(locale: SupportedLocale, overrides?: StringOverrides | null): Strings {
  const base = STRINGS[locale];
  if (!overrides || typeof overrides !== 'object') return base;
  return {
    ...base,
    ...onlyStrings(overrides),
    methodLabels: { ...base.methodLabels, ...onlyStrings(overrides.methodLabels) },
    appNames: { ...base.appNames, ...onlyStrings(overrides.appNames) },
  };
}

/** What an element needs to localize itself. */
export interface LocaleInfo {
  /** Canonical language tag for `Intl` formatting, e.g. `zh-CN` or `en-GB`. */
  lang: string;
  /** Which strings are shown. */
  locale: SupportedLocale;
  strings: Strings;
}

/** The language tag (canonical, for `Intl`) and the supported locale that apply to `element`. */
export function localeTagOf(element: Element): Omit<LocaleInfo, 'strings'> {
  return resolveTag(resolveLang(element));
}

/** The locale information for `element`, with the element's string overrides applied. */
export function localeOf(element: Element, overrides?: StringOverrides | null): LocaleInfo {
  const { lang, locale } = localeTagOf(element);
  return { lang, locale, strings: stringsFor(locale, overrides) };
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
 * its locale with {@link localeOf} while rendering.
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
