/**
 * Page visibility as {@link StatusTracker} needs it: is the page hidden, and when might the
 * shopper be back from the wallet app. An interface so the tracker runs in Node and in tests;
 * {@link documentVisibility} adapts the browser's `document` and `window`.
 */

/**
 * `hidden` / `visible` mirror `visibilitychange`; `restored` is a `pageshow` from the
 * back/forward cache, where timers and connections were frozen and may have missed a change.
 */
export type PageVisibilityChange = 'hidden' | 'visible' | 'restored';

/** Receives {@link PageVisibilityChange}s. */
export type PageVisibilityListener = (change: PageVisibilityChange) => void;

/** The page's visibility, injected into {@link StatusTracker}. */
export interface PageVisibility {
  /** The page is currently hidden. */
  readonly hidden: boolean;
  /** Starts delivering changes to `listener`. */
  addListener(listener: PageVisibilityListener): void;
  /** Stops delivering changes to `listener`. */
  removeListener(listener: PageVisibilityListener): void;
}

/** For environments without a page (Node, workers): always visible, never changes. */
export const ALWAYS_VISIBLE: PageVisibility = Object.freeze({
  hidden: false,
  addListener() {},
  removeListener() {},
});

/** Adapts `visibilitychange` on `doc` and persisted `pageshow` on `win`. */
export function documentVisibility(doc: Document = document, win: Window = window): PageVisibility {
  const bound = new Map<PageVisibilityListener, { change: () => void; show: (e: Event) => void }>();
  return {
    get hidden() {
      return doc.visibilityState === 'hidden';
    },
    addListener(listener) {
      if (bound.has(listener)) return;
      const handlers = {
        change: () => listener(doc.visibilityState === 'hidden' ? 'hidden' : 'visible'),
        // A fresh (non-persisted) load starts a new tracker anyway; only a restore is news.
        show: (event: Event) => {
          if ((event as PageTransitionEvent).persisted) listener('restored');
        },
      };
      bound.set(listener, handlers);
      doc.addEventListener('visibilitychange', handlers.change);
      win.addEventListener('pageshow', handlers.show);
    },
    removeListener(listener) {
      const handlers = bound.get(listener);
      if (!handlers) return;
      bound.delete(listener);
      doc.removeEventListener('visibilitychange', handlers.change);
      win.removeEventListener('pageshow', handlers.show);
    },
  };
}

/** The page's own visibility in a browser, {@link ALWAYS_VISIBLE} elsewhere. */
export function defaultPageVisibility(): PageVisibility {
  return typeof document === 'undefined' || typeof window === 'undefined'
    ? ALWAYS_VISIBLE
    : documentVisibility(document, window);
}
