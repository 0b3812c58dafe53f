import { adoptStyles, type CSSResultOrNative, type LitElement } from 'lit';

/**
 * Style sheets built for other windows, per window's `CSSStyleSheet` constructor. A constructed
 * sheet may only be adopted in the document that made it, and Lit's shared sheets belong to the
 * window that loaded the module: an element moved into a same-origin iframe would otherwise throw
 * ("Sharing constructed stylesheets in multiple documents is not allowed") or lose its styles.
 */
const foreignSheets = new WeakMap<object, Map<CSSResultOrNative, CSSStyleSheet>>();

/**
 * Adopts `styles` into `root` in whatever document `root` now belongs to: Lit's shared sheets at
 * home, sheets made once per window elsewhere (built with `replaceSync`, which a strict
 * Content-Security-Policy allows as it allows Lit's own). A document without a window (a removed
 * iframe's) gets none: nothing there is shown.
 */
export function adoptStylesIn(root: ShadowRoot, styles: CSSResultOrNative[]): void {
  const Sheet = root.ownerDocument.defaultView?.CSSStyleSheet;
  if (Sheet === CSSStyleSheet) return adoptStyles(root, styles);
  let made = Sheet && foreignSheets.get(Sheet);
  if (Sheet && !made)
    foreignSheets.set(Sheet, (made = new Map<CSSResultOrNative, CSSStyleSheet>()));
  root.adoptedStyleSheets = made
    ? styles.map((style) => {
        let sheet = made.get(style);
        if (!sheet) {
          sheet = new Sheet!();
          sheet.replaceSync(
            style instanceof CSSStyleSheet
              ? Array.from(style.cssRules, (rule) => rule.cssText).join('')
              : style.cssText,
          );
          made.set(style, sheet);
        }
        return sheet;
      })
    : [];
}

/**
 * The shadow root of `host` (made on first call), styled with `element`'s styles for the document
 * `host` is in now. Both elements' `createRenderRoot`, and their `adoptedCallback` when moved.
 */
export function styledRoot(host: HTMLElement, element: typeof LitElement): ShadowRoot {
  const root = host.shadowRoot ?? host.attachShadow(element.shadowRootOptions);
  adoptStylesIn(root, element.elementStyles);
  return root;
}
