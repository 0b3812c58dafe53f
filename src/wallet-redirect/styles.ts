import { css } from 'lit';

/**
 * The look of `<wallet-redirect>`; colors and sizes come from the shared theme (`--_pp-*`).
 * Logical properties throughout, so right-to-left pages mirror by themselves. No inline styles
 * anywhere (strict CSP): every state is a class.
 * @internal
 */
export const walletStyles = css`
  :host {
    display: block;
    font-size: 1rem;
    line-height: 1.45;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .base {
    position: relative;
    display: grid;
    gap: calc(var(--_pp-gap) * 2);
    padding: calc(var(--_pp-gap) * 2.5);
    border: 1px solid var(--_pp-border);
    border-radius: calc(var(--_pp-radius) + 4px);
    background: var(--_pp-surface);
    box-shadow:
      0 1px 2px rgb(0 0 0 / 6%),
      0 8px 24px rgb(0 0 0 / 6%);
  }

  h2 {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 650;
    line-height: 1.3;
  }
  p {
    margin: 0;
  }

  /* ---- tabs: a segmented control */
  .tabs {
    display: flex;
    gap: 4px;
    padding: 4px;
    border-radius: var(--_pp-radius);
    background: color-mix(in srgb, var(--_pp-text) 6%, var(--_pp-surface));
  }
  .tab {
    flex: 1 1 0;
    min-block-size: 40px;
    padding: 6px 4px;
    border: 0;
    border-radius: calc(var(--_pp-radius) - 4px);
    background: transparent;
    color: var(--_pp-text-muted);
    font: inherit;
    font-size: 0.875rem;
    line-height: 1.25;
    font-weight: 550;
    cursor: pointer;
  }
  .tab:hover {
    color: var(--_pp-text);
  }
  .tab[aria-selected='true'] {
    background: var(--_pp-surface);
    color: var(--_pp-text);
    box-shadow: 0 1px 3px rgb(0 0 0 / 14%);
  }

  :focus-visible {
    outline: var(--_pp-focus-ring);
    outline-offset: 2px;
  }
  /* Focused by script so screen readers read the outcome; it is not a control. */
  .final-heading:focus,
  .final-heading:focus-visible {
    outline: none;
  }

  .panel-body {
    display: grid;
    gap: calc(var(--_pp-gap) * 1.5);
  }
  .hint {
    color: var(--_pp-text-muted);
    font-size: 0.9375rem;
  }

  /* ---- amount and payee */
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 24px;
    margin: 0;
    padding: 12px 14px;
    border-radius: var(--_pp-radius);
    background: color-mix(in srgb, var(--_pp-text) 4%, var(--_pp-surface));
  }
  .summary dt {
    color: var(--_pp-text-muted);
    font-size: 0.8125rem;
  }
  .summary dd {
    margin: 0;
    font-weight: 600;
  }
  .summary .amount {
    font-size: 1.375rem;
    font-variant-numeric: tabular-nums;
  }

  /* ---- buttons (at least 24×24 px; these are 44 px high) */
  button {
    font: inherit;
  }
  .primary,
  .secondary {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 8px;
    min-block-size: 48px;
    padding: 10px 20px;
    border-radius: var(--_pp-radius);
    font-weight: 600;
    cursor: pointer;
  }
  .primary {
    inline-size: 100%;
    border: 0;
    background: var(--_pp-accent);
    color: var(--_pp-on-accent);
    font-size: 1.0625rem;
  }
  .primary:hover {
    background: color-mix(in srgb, var(--_pp-accent) 88%, black);
  }
  .secondary {
    min-block-size: 40px;
    padding: 8px 14px;
    border: 1px solid var(--_pp-border);
    background: var(--_pp-surface);
    color: var(--_pp-text);
    font-size: 0.9375rem;
  }
  .secondary:hover {
    background: var(--_pp-surface-hover);
  }
  [aria-disabled='true'] {
    opacity: 0.75;
    cursor: progress;
  }
  .button-icon {
    inline-size: 20px;
    block-size: 20px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .link-button {
    min-block-size: 32px;
    margin-inline-start: auto;
    padding: 4px 10px;
    border: 1px solid var(--_pp-border);
    border-radius: 999px;
    background: var(--_pp-surface);
    color: var(--_pp-accent);
    font-size: 0.875rem;
    font-weight: 600;
    cursor: pointer;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_pp-gap);
  }

  /* ---- QR */
  .qr-layout {
    display: grid;
    gap: calc(var(--_pp-gap) * 2);
    justify-items: center;
  }
  .qr-side {
    display: grid;
    gap: calc(var(--_pp-gap) * 1.25);
    align-content: start;
    inline-size: 100%;
  }
  @container wallet (min-width: 560px) {
    .qr-layout {
      grid-template-columns: auto 1fr;
      justify-items: start;
    }
  }
  .panel {
    container: wallet / inline-size;
  }
  .qr-frame {
    display: grid;
    place-items: center;
    inline-size: min(100%, 240px);
    aspect-ratio: 1;
    padding: 6px;
    border: 1px solid var(--_pp-border);
    border-radius: var(--_pp-radius);
    /* A code is always dark on light, in dark mode too: scanners expect it. */
    background: #ffffff;
  }
  .qr-frame.small {
    inline-size: 148px;
  }
  .qr-svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }
  .qr-placeholder {
    display: grid;
    place-items: center;
    inline-size: 100%;
    block-size: 100%;
    padding: 12px;
    text-align: center;
  }
  .qr-unavailable .message {
    color: #b3261e;
  }
  .countdown {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    justify-self: start;
    padding: 4px 10px;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_pp-accent) 10%, var(--_pp-surface));
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
  }
  .clock {
    inline-size: 8px;
    block-size: 8px;
    border-radius: 50%;
    background: var(--_pp-accent);
  }

  /* ---- share */
  .share-qr {
    display: flex;
    align-items: center;
    gap: calc(var(--_pp-gap) * 2);
    padding-block-start: calc(var(--_pp-gap) * 1.5);
    border-block-start: 1px dashed var(--_pp-border);
  }
  .link-field {
    display: grid;
    gap: 6px;
  }
  .field-label {
    font-size: 0.8125rem;
    color: var(--_pp-text-muted);
  }
  .link-input {
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

  /* ---- open in browser: an arrow at the ⋯ menu in the top corner */
  .open-in-browser {
    position: relative;
    padding-block-start: 40px;
  }
  .open-in-browser .title {
    padding-right: 56px;
  }
  /* Physical on purpose: the ⋯ menu belongs to the app's own chrome (top right), which does not
     follow the page's direction, and the text says "top right" in every locale. */
  .menu-arrow {
    position: absolute;
    inset-block-start: -12px;
    right: 0;
    inline-size: 64px;
    block-size: 64px;
    fill: none;
    stroke: var(--_pp-accent);
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .steps {
    margin: 0;
    padding: 12px 14px;
    list-style: none;
    border-radius: var(--_pp-radius);
    background: color-mix(in srgb, var(--_pp-accent) 8%, var(--_pp-surface));
    font-weight: 550;
  }
  .step-dots {
    display: inline-grid;
    place-items: center;
    inline-size: 28px;
    block-size: 28px;
    margin-inline-end: 6px;
    border-radius: 50%;
    background: var(--_pp-surface);
    border: 1px solid var(--_pp-border);
  }

  /* ---- status */
  .status-bar {
    display: flex;
    align-items: center;
    gap: 10px;
    padding-block-start: calc(var(--_pp-gap) * 1.5);
    border-block-start: 1px solid var(--_pp-border);
    color: var(--_pp-text-muted);
    font-size: 0.9375rem;
  }
  .pulse {
    flex: none;
    inline-size: 10px;
    block-size: 10px;
    border-radius: 50%;
    background: var(--_pp-accent);
    animation: pulse 1.6s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.3;
    }
  }
  .spinner {
    inline-size: 18px;
    block-size: 18px;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  .qr-placeholder .spinner {
    color: #5f6673;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .pulse,
    .spinner {
      animation: none;
    }
  }

  .message {
    padding: 10px 12px;
    border-radius: calc(var(--_pp-radius) - 4px);
    font-size: 0.9375rem;
  }
  .message.error {
    color: var(--_pp-danger);
    background: color-mix(in srgb, var(--_pp-danger) 9%, var(--_pp-surface));
  }
  .message.warning,
  .message.notice {
    background: color-mix(in srgb, var(--_pp-accent) 9%, var(--_pp-surface));
  }
  .link-field .message {
    padding: 0;
  }

  /* ---- final views */
  .final {
    display: grid;
    justify-items: center;
    gap: 12px;
    padding-block: 16px;
    text-align: center;
  }
  .final-icon {
    inline-size: 56px;
    block-size: 56px;
    fill: none;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
    stroke: var(--_pp-text-muted);
  }
  .final-paid .final-icon {
    stroke: light-dark(#137333, #81c995);
  }
  .final-failed .final-icon {
    stroke: var(--_pp-danger);
  }
  .final-text {
    color: var(--_pp-text-muted);
  }
`;
