import { css } from 'lit';

/**
 * The look of the flows' panels and the final views of `<wallet-redirect>`, in the cashiers'
 * visual language: amount first and large, the code on a white card with the wallet's mark, the
 * instruction and the time left under it. Logical properties throughout (`width`/`height` only
 * for squares); no inline styles (strict CSP).
 * @internal
 */
export const panelStyles = css`
  /* ---- QR */
  .qr-panel {
    justify-items: center;
    text-align: center;
  }
  .qr-panel > .summary,
  .qr-panel > .actions,
  .qr-panel > .link-field {
    justify-self: stretch;
  }
  .qr-panel .summary {
    justify-content: center;
  }
  .qr-panel .amount {
    font-size: 1.75rem;
  }
  .qr-card {
    display: grid;
    justify-items: center;
    gap: 10px;
    inline-size: min(100%, 300px);
    padding: 14px 16px 16px;
    border: 1px solid var(--_pp-border);
    border-radius: calc(var(--_pp-radius) + 4px);
  }
  .wallet-mark {
    display: flex;
    align-items: center;
    gap: 8px;
    font-weight: 600;
  }
  .wallet-mark svg,
  .wallet-mark img {
    flex: none;
    width: 28px;
    height: 28px;
    border-radius: 6px;
  }
  .mark {
    display: flex;
    color: var(--g, #6b7280);
  }
  .wallet-mark img {
    object-fit: contain;
  }
  .qr-frame {
    display: grid;
    place-items: center;
    inline-size: min(100%, 232px);
    aspect-ratio: 1;
    padding: 6px;
    border-radius: calc(var(--_pp-radius) - 4px);
    /* A code is always dark on light, in dark mode too: scanners expect it. What shows in
       its place (loading, too long) follows the light palette to match. */
    background: #ffffff;
    color: #3c4043;
    color-scheme: light;
  }
  .qr-svg,
  .qr-placeholder {
    inline-size: 100%;
    block-size: 100%;
  }
  .qr-svg {
    display: block;
  }
  .qr-placeholder {
    display: grid;
    place-items: center;
    padding: 16px;
    text-align: center;
    font-size: 0.9375rem;
  }
  .qr-frame:has(.unavailable) {
    aspect-ratio: auto;
  }
  .unavailable {
    border: 1px dashed #b8bec8;
    border-radius: calc(var(--_pp-radius) - 6px);
  }
  .save-steps {
    display: grid;
    gap: 6px;
    padding: 0;
    list-style: none;
    counter-reset: step;
    text-align: start;
    font-size: 0.9375rem;
  }
  .save-steps li {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .save-steps li::before {
    content: counter(step);
    counter-increment: step;
    display: inline-grid;
    flex: none;
    place-items: center;
    width: 22px;
    height: 22px;
    border-radius: 50%;
    background: var(--_pp-surface-selected);
    color: var(--_pp-accent);
    font-size: 0.8125rem;
    font-weight: 700;
  }
  .countdown {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    margin: 0;
    color: var(--_pp-text-muted);
    font-size: 0.9375rem;
    font-variant-numeric: tabular-nums;
  }
  .clock {
    flex: none;
    width: 16px;
    height: 16px;
    stroke-width: 1.5;
  }
  .countdown.soon {
    color: var(--_pp-warning);
    font-weight: 600;
  }
  .countdown.now {
    padding: 2px 10px;
    border-radius: var(--_pp-radius);
    background: color-mix(in srgb, var(--_pp-danger) 10%, var(--_pp-surface));
    color: var(--_pp-danger);
    font-weight: 700;
  }

  /* ---- share */
  .share-qr {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_pp-gap) * 2);
    padding-block-start: calc(var(--_pp-gap) * 1.5);
    border-block-start: 1px dashed var(--_pp-border);
  }
  .share-qr .qr-frame {
    inline-size: 168px;
    border: 1px solid var(--_pp-border);
  }
  .share-qr .hint {
    flex: 1 1 10em;
  }
  .link-field {
    display: grid;
    gap: 6px;
  }
  input {
    inline-size: 100%;
    min-block-size: 44px;
    padding: 8px 12px;
    border: 1px solid var(--_pp-border);
    border-radius: calc(var(--_pp-radius) - 4px);
    background: color-mix(in srgb, var(--_pp-text) 3%, var(--_pp-surface));
    color: var(--_pp-text);
    font: inherit;
    font-size: 0.9375rem;
  }

  /* ---- open in browser */
  .steps {
    padding: 12px 14px;
    border-radius: var(--_pp-radius);
    list-style: none;
    background: var(--_pp-surface-selected);
    font-weight: 550;
  }
  .step-dots {
    display: inline-grid;
    place-items: center;
    width: 28px;
    height: 28px;
    margin-inline-end: 6px;
    border-radius: 50%;
    background: var(--_pp-surface);
    border: 1px solid var(--_pp-border);
  }
  /* On a phone: the whole screen dims and an arrow points from the top-right corner at the
     app's own ⋯ menu. Physical on purpose: that menu is the app's chrome, which does not follow
     the page's direction, and the text says "top right" in every locale. */
  .browser-overlay {
    position: fixed;
    inset: 0;
    z-index: 2147483000;
    display: grid;
    align-content: start;
    justify-items: end;
    gap: 16px;
    padding: 8px 20px 20px;
    background: rgb(0 0 0 / 86%);
    color: #fff;
    text-align: end;
    direction: ltr;
  }
  .menu-arrow {
    width: 96px;
    height: 96px;
    margin-inline-end: -4px;
    stroke: #fff;
    stroke-width: 3;
  }
  .overlay-text {
    max-inline-size: 18em;
    font-size: 1.125rem;
    font-weight: 600;
    unicode-bidi: plaintext;
  }
  .secondary.on-dark {
    border-color: #fff;
    background: transparent;
    color: #fff;
  }

  /* ---- final views */
  .final {
    display: grid;
    justify-items: center;
    gap: 10px;
    padding-block: 12px 4px;
    text-align: center;
  }
  .final svg {
    width: 56px;
    height: 56px;
    stroke: var(--_pp-text-muted);
    stroke-width: 1.6;
  }
  .final-paid svg {
    stroke: light-dark(#137333, #81c995);
  }
  .final-failed svg {
    stroke: var(--_pp-danger);
  }
  .final p {
    color: var(--_pp-text-muted);
  }
  .final .final-amount {
    color: var(--_pp-text);
    font-size: 1.75rem;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }
  /* The next steps stacked, one width, as the cashiers have them. */
  .final-actions {
    display: grid;
    inline-size: min(100%, 20em);
    margin-block-start: 6px;
  }
`;
