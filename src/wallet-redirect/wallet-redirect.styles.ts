import { css } from 'lit';

/**
 * The look of `<wallet-redirect>`; colors and sizes come from the shared theme (`--_pp-*`).
 * Logical properties throughout, so right-to-left pages mirror by themselves (`width`/`height`
 * only for squares). No inline styles anywhere (strict CSP): every state is a class.
 * @internal
 */
export const walletStyles = css`
  :host {
    --_pp-warning: var(--pp-warning, light-dark(#8a4600, #ffc777));
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
    container: card / inline-size;
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
  /* Text in the element's language keeps its own direction on a right-to-left page (no
     ".Alipay can't be opened…"); a shop's Arabic or Hebrew override reads right to left. */
  h2,
  p,
  li,
  dd,
  dt {
    unicode-bidi: plaintext;
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
    overflow-x: auto;
    scrollbar-width: none;
    padding: 4px;
    border-radius: var(--_pp-radius);
    background: color-mix(in srgb, var(--_pp-text) 6%, var(--_pp-surface));
  }
  .tab {
    flex: 1 0 auto;
    min-block-size: 40px;
    padding: 6px 10px;
    white-space: nowrap;
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
    /* In a dark scheme the surface is darker than the track: the chosen tab is lifted, not sunk. */
    background: light-dark(
      var(--_pp-surface),
      color-mix(in srgb, var(--_pp-text) 18%, var(--_pp-surface))
    );
    color: var(--_pp-text);
    box-shadow:
      0 1px 3px rgb(0 0 0 / 14%),
      inset 0 -2px 0 var(--_pp-accent);
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

  /* ---- buttons: one family (the picker's too). Rectangles with the theme's radius and a 1px
     edge; primary filled with the accent, secondary outlined; 44px high for fingers, 40px
     with a mouse (WCAG 2.5.8 asks for 24). */
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
    min-block-size: 44px;
    padding: 9px 18px;
    border: 1px solid var(--_pp-accent);
    border-radius: var(--_pp-radius);
    font-size: 1rem;
    font-weight: 600;
  }
  @media (pointer: fine) {
    .primary,
    .secondary {
      min-block-size: 40px;
    }
  }
  .primary {
    inline-size: 100%;
    background: var(--_pp-accent);
    color: var(--_pp-on-accent);
  }
  .primary:hover {
    background: color-mix(in srgb, var(--_pp-accent) 88%, black);
  }
  .secondary {
    border-color: var(--_pp-border);
    background: var(--_pp-surface);
    color: var(--_pp-text);
  }
  .secondary:hover {
    background: var(--_pp-surface-hover);
  }
  [aria-disabled='true'] {
    opacity: 0.75;
    cursor: progress;
  }
  /* Line drawings: round ends everywhere; the small marks stroked in the text's colour. */
  svg {
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .button-icon,
  .alert,
  .clock,
  .menu-arrow,
  .final svg {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .button-icon,
  .alert {
    flex: none;
    width: 20px;
    height: 20px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_pp-gap);
  }
  .actions > * {
    flex: 1 1 8em;
  }
  /* The shop's own content in the final views: its links follow the theme. */
  ::slotted(a),
  ::slotted(p) {
    color: inherit;
  }
  ::slotted(a) {
    color: var(--_pp-accent);
  }

  /* ---- status */
  .status-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
    padding-block-start: calc(var(--_pp-gap) * 1.5);
    border-block-start: 1px solid var(--_pp-border);
    color: var(--_pp-text-muted);
    font-size: 0.9375rem;
  }
  .status-text {
    display: flex;
    flex: 1 1 12em;
    align-items: center;
    gap: 10px;
  }
  .status-bar .secondary {
    min-block-size: 36px;
    padding-block: 5px;
    font-size: 0.9375rem;
  }
  /* Narrow: "I have paid" goes under the line, full width, instead of wrapping beside it. */
  @container card (width < 400px) {
    .status-bar .secondary {
      flex: 1 1 100%;
    }
  }
  .pulse {
    flex: none;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_pp-accent);
    animation: pulse 1.6s ease-in-out infinite;
  }
  /* The shop can't be reached: a warning, with a mark, not the calm blue of waiting. */
  .unreachable .status-text {
    color: var(--_pp-warning);
    font-weight: 600;
  }
  .unreachable-note {
    flex: 1 1 100%;
    font-size: 0.875rem;
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
  .notice {
    background: var(--_pp-surface-hover);
    color: var(--_pp-text);
  }
  .panel {
    container: wallet / inline-size;
  }
  .link-field .message {
    padding: 0;
  }
`;
