import { css } from 'lit';

/** The look of `<payment-picker>`; colors and sizes come from the shared theme (`--_pp-*`). */
export const pickerStyles = css`
  :host {
    display: block;
    font-size: 1rem;
    line-height: 1.4;
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
    display: grid;
    gap: 12px;
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 4px 16px;
  }
  .legend {
    font-size: 1.0625rem;
    font-weight: 600;
  }
  .total {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .list {
    display: grid;
    gap: var(--_pp-gap);
  }

  .item {
    border: 1px solid var(--_pp-border);
    border-radius: var(--_pp-radius);
    background: var(--_pp-surface);
    transition:
      border-color 120ms ease,
      background-color 120ms ease,
      box-shadow 120ms ease;
  }
  .item.checked {
    border-color: var(--_pp-accent);
    /* A second pixel of border without moving the content. */
    box-shadow: 0 0 0 1px var(--_pp-accent);
    background: var(--_pp-surface-selected);
  }
  .item.enabled:not(.checked):hover {
    background: var(--_pp-surface-hover);
  }

  .row {
    display: grid;
    grid-template-columns: auto auto minmax(0, 1fr);
    align-items: center;
    gap: 12px;
    min-block-size: 60px;
    padding: 10px 16px;
    border-radius: var(--_pp-radius);
    cursor: pointer;
    outline: none;
    -webkit-tap-highlight-color: transparent;
  }
  .row:focus-visible {
    outline: var(--_pp-focus-ring);
    /* Clear of the selected card's 2px border, so focus and selection read as two things. */
    outline-offset: 4px;
  }
  .disabled .row {
    cursor: not-allowed;
  }

  .radio {
    display: grid;
    place-items: center;
    inline-size: 20px;
    block-size: 20px;
    border: 2px solid var(--_pp-text-muted);
    border-radius: 50%;
    background: var(--_pp-surface);
  }
  .checked .radio {
    border-color: var(--_pp-accent);
  }
  .checked .radio::after {
    content: '';
    inline-size: 10px;
    block-size: 10px;
    border-radius: 50%;
    background: var(--_pp-accent);
  }

  .icon {
    --_glyph: var(--_pp-text-muted);
    display: grid;
    place-items: center;
    inline-size: 36px;
    block-size: 36px;
    border-radius: 9px;
    color: var(--_glyph);
    background: color-mix(in srgb, var(--_glyph) 12%, transparent);
  }
  .icon.image {
    background: transparent;
  }
  .icon svg {
    inline-size: 22px;
    block-size: 22px;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .icon img {
    display: block;
    inline-size: 36px;
    block-size: 36px;
    object-fit: contain;
  }
  .icon[data-method='alipay'] {
    --_glyph: light-dark(#1677ff, #7db3ff);
  }
  .icon[data-method='wechat-pay'] {
    --_glyph: light-dark(#07a152, #5fd893);
  }
  .icon[data-method='unionpay'],
  .icon[data-method='ecny'] {
    --_glyph: light-dark(#d2261d, #ff8a80);
  }
  .icon[data-method='jd-pay'] {
    --_glyph: light-dark(#e1251b, #ff8f87);
  }
  .icon[data-method='bestpay'] {
    --_glyph: light-dark(#0a7ad6, #72bbff);
  }
  .icon[data-method='hebao'] {
    --_glyph: light-dark(#0091c9, #6fd0f5);
  }
  .icon[data-method='google-pay'] {
    --_glyph: light-dark(#3367d6, #8ab4f8);
  }
  .icon[data-method='paypal'] {
    --_glyph: light-dark(#1d4f91, #8fb6ea);
  }
  .icon[data-method='apple-pay'],
  .icon[data-method='card'] {
    --_glyph: var(--_pp-text);
  }
  .disabled .icon,
  .disabled .radio {
    opacity: 0.45;
  }

  .text {
    display: grid;
    gap: 2px;
    min-inline-size: 0;
  }
  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
  }
  .label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .disabled .label {
    color: var(--_pp-text-muted);
  }
  .badge {
    padding: 1px 8px;
    border-radius: 999px;
    font-size: 0.75rem;
    font-weight: 600;
    line-height: 1.5;
    color: var(--_pp-badge-color);
    background: var(--_pp-badge-background);
    white-space: nowrap;
  }
  .description,
  .hint,
  .reason {
    font-size: 0.875rem;
    color: var(--_pp-text-muted);
    overflow-wrap: anywhere;
  }
  .hint {
    display: flex;
    align-items: flex-start;
    gap: 6px;
  }
  .hint::before {
    content: '';
    flex: none;
    margin-block-start: calc(0.7em - 3px);
    inline-size: 6px;
    block-size: 6px;
    border-radius: 50%;
    background: currentColor;
    opacity: 0.6;
  }

  .content {
    padding: 4px 16px 16px;
    padding-inline-start: 48px;
  }

  .more {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-block-size: 44px;
    padding: 0 14px;
    border: 1px solid var(--_pp-border);
    border-radius: 999px;
    background: var(--_pp-surface);
    color: var(--_pp-accent);
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .more:hover {
    background: var(--_pp-surface-hover);
  }
  .more:focus-visible {
    outline: var(--_pp-focus-ring);
    outline-offset: 2px;
  }
  .more svg {
    inline-size: 16px;
    block-size: 16px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .empty {
    padding: 20px 16px;
    border: 1px dashed var(--_pp-border);
    border-radius: var(--_pp-radius);
    color: var(--_pp-text-muted);
    text-align: center;
  }
  .notice {
    font-size: 0.875rem;
    color: var(--_pp-text-muted);
  }
  .error,
  .validation-message {
    display: flex;
    align-items: center;
    gap: 6px;
    font-size: 0.875rem;
    color: var(--_pp-danger);
  }
  .error svg,
  .validation-message svg {
    flex: none;
    inline-size: 16px;
    block-size: 16px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }

  .list.control-disabled {
    opacity: 0.6;
  }

  .skeleton .row {
    cursor: progress;
  }
  .bone {
    display: block;
    border-radius: 6px;
    background: color-mix(in srgb, var(--_pp-text) 9%, var(--_pp-surface));
    animation: pulse 1.4s ease-in-out infinite;
  }
  .bone.circle {
    inline-size: 20px;
    block-size: 20px;
    border-radius: 50%;
  }
  .bone.tile {
    inline-size: 36px;
    block-size: 36px;
    border-radius: 9px;
  }
  .bone.line {
    block-size: 12px;
    inline-size: 55%;
  }
  .bone.line.short {
    inline-size: 35%;
    margin-block-start: 8px;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .item {
      transition: none;
    }
    .bone {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    .item.checked {
      outline: 2px solid Highlight;
    }
    .checked .radio {
      border-color: Highlight;
    }
    .checked .radio::after {
      background: Highlight;
    }
    .row:focus-visible,
    .more:focus-visible {
      outline-color: Highlight;
    }
  }
`;
