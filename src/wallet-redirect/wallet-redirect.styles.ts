import { css } from 'lit';

/**
 * The look of `<wallet-redirect>`; colors and sizes come from the shared theme (`--_pp-*`).
 * Logical properties throughout, so right-to-left pages mirror by themselves (`width`/`height`
 * only for squares). No inline styles anywhere (strict CSP): every state is a class.
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
  ::before,
  ::after {
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

  h2,
  p,
  dl,
  dd,
  ol {
    margin: 0;
  }
  h2 {
    font-size: 1.125rem;
    font-weight: 650;
    line-height: 1.3;
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
    font-size: 0.875rem;
    line-height: 1.25;
    font-weight: 550;
  }
  .tab:hover {
    color: var(--_pp-text);
  }
  [aria-selected='true'] {
    background: var(--_pp-surface);
    color: var(--_pp-text);
    box-shadow: 0 1px 3px rgb(0 0 0 / 14%);
  }

  :focus-visible {
    outline: var(--_pp-focus-ring);
    outline-offset: 2px;
  }
  /* Focused by script (the outcome's heading, so it is read; the panel, so focus is not lost
     when the control that had it goes): not controls. */
  h2:focus,
  .panel:focus {
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

  /* ---- amount and payee; the steps to open a browser look alike */
  .summary,
  .steps {
    padding: 12px 14px;
    border-radius: var(--_pp-radius);
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 24px;
    background: color-mix(in srgb, var(--_pp-text) 4%, var(--_pp-surface));
  }
  dt,
  label {
    color: var(--_pp-text-muted);
    font-size: 0.8125rem;
  }
  dd {
    font-weight: 600;
  }
  .amount {
    font-size: 1.375rem;
    font-variant-numeric: tabular-nums;
  }

  /* ---- buttons (at least 24×24 px; these are 32 to 48 px high) */
  button {
    font: inherit;
    cursor: pointer;
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
  /* Line drawings */
  .button-icon,
  .menu-arrow,
  .final svg {
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .button-icon {
    width: 20px;
    height: 20px;
    stroke: currentColor;
    stroke-width: 2;
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
    cursor: pointer; /* also while checking: it comes after [aria-disabled] */
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
  @container wallet (width >= 560px) {
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
    /* A code is always dark on light, in dark mode too: scanners expect it. What shows in
       its place (loading, too long, error) follows the light palette to match. */
    background: #ffffff;
    color-scheme: light;
  }
  .small {
    inline-size: 148px;
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
    padding: 12px;
    text-align: center;
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
  .clock,
  .pulse {
    border-radius: 50%;
    background: var(--_pp-accent);
  }
  .clock {
    width: 8px;
    height: 8px;
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

  /* ---- open in browser: an arrow at the ⋯ menu in the top corner */
  .open-in-browser {
    position: relative;
    padding-block-start: 40px;
  }
  .open-in-browser h2 {
    padding-right: 56px;
  }
  /* Physical on purpose: the ⋯ menu belongs to the app's own chrome (top right), which does not
     follow the page's direction, and the text says "top right" in every locale. */
  .menu-arrow {
    position: absolute;
    inset-block-start: -12px;
    right: 0;
    width: 64px;
    height: 64px;
    stroke: var(--_pp-accent);
    stroke-width: 3;
  }
  .steps {
    list-style: none;
    background: color-mix(in srgb, var(--_pp-accent) 8%, var(--_pp-surface));
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
    width: 10px;
    height: 10px;
    animation: pulse 1.6s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.3;
    }
  }
  .spinner {
    width: 18px;
    height: 18px;
    border: 2px solid;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  .qr-placeholder .spinner {
    color: #5f6673;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .pulse,
    .spinner {
      animation: none;
    }
  }
  /* Windows high contrast and other forced palettes drop backgrounds and shadows: the chosen
     tab keeps a system highlight, and every tab a visible edge. (The code itself draws its own
     white quiet zone and black modules, which forced colors leave alone.) */
  @media (forced-colors: active) {
    .tab {
      border: 1px solid ButtonBorder;
    }
    [aria-selected='true'] {
      forced-color-adjust: none;
      background: SelectedItem;
      color: SelectedItemText;
    }
  }

  .message {
    padding: 10px 12px;
    border-radius: calc(var(--_pp-radius) - 4px);
    font-size: 0.9375rem;
  }
  .error {
    color: var(--_pp-danger);
    background: color-mix(in srgb, var(--_pp-danger) 9%, var(--_pp-surface));
  }
  .warning,
  .notice {
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
`;
