/**
 * Links in a shop's content under a chosen `<payment-option>` use the picker's theme. That
 * content stays in the light DOM, where the picker's shadow styles cannot reach below the option
 * itself, and a link does not inherit its color (the browser gives it its own). So the picker
 * adopts one small sheet into the tree it is in (the document, or the shadow root around it):
 * links inside a `<payment-option>` take the accent (visited ones too), which the theme's
 * custom properties carry in through the slot. `:where()` keeps it at zero specificity: any
 * link style of the shop's own wins.
 */
const LINKS = ':where(payment-option a:any-link){color:var(--_pp-accent)}';

/** The trees that already have the sheet. */
const styled = new WeakSet<Node>();

/** Adopts the link sheet into the tree `host` is in (connected: it has a window), once per tree. */
export function styleShopLinks(host: HTMLElement): void {
  const root = host.getRootNode() as Document | ShadowRoot;
  if (styled.has(root)) return;
  styled.add(root);
  const sheet = new host.ownerDocument.defaultView!.CSSStyleSheet();
  sheet.replaceSync(LINKS);
  root.adoptedStyleSheets.push(sheet);
}
