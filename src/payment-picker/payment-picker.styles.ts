import { css } from 'lit';

/**
 * The look of `<payment-picker>`; colors and sizes come from the shared theme (`--_pp-*`).
 * Elements are selected by their `part` where they have one; a card's classes are its state
 * parts (`option-checked`, `option-disabled`). Square boxes use `width`/`height`, which equal
 * their logical sizes in every writing mode.
 */
export const pickerStyles = css`
  :host {
    display: block;
    font-size: 1rem;
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }

  [part='base'] {
    display: grid;
    gap: 12px;
  }

  [part='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 4px 16px;
  }
  #legend {
    font-size: 1.0625rem;
    font-weight: 600;
  }
  #total {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  [part='list'] {
    display: grid;
    gap: var(--_pp-gap);
  }
  [part='list'][aria-disabled] {
    opacity: 0.6;
  }

  .item,
  #empty,
  [part='more-button'] {
    border: 1px solid var(--_pp-border);
    border-radius: var(--_pp-radius);
  }
  .item {
    background: var(--_pp-surface);
  }
  .option-checked {
    border-color: var(--_pp-accent);
    /* A second pixel of border without moving the content. */
    box-shadow: 0 0 0 1px var(--_pp-accent);
    background: var(--_pp-surface-selected);
  }
  [part='option']:hover,
  [part='more-button']:hover {
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
    -webkit-tap-highlight-color: transparent;
  }
  :focus-visible {
    outline: var(--_pp-focus-ring);
    outline-offset: 2px;
  }
  /* Clear of the selected card's 2px border, so focus and selection read as two things. */
  .row:focus-visible {
    outline-offset: 4px;
  }
  .option-disabled .row {
    cursor: not-allowed;
  }
  [aria-busy] .row {
    cursor: progress;
  }

  [part='radio'],
  .row > i {
    width: 20px;
    height: 20px;
    border-radius: 50%;
  }
  [part='radio'] {
    display: grid;
    place-items: center;
    border: 2px solid var(--_pp-text-muted);
    background: var(--_pp-surface);
  }
  .option-checked [part='radio'] {
    border-color: var(--_pp-accent);
  }
  /* Every radio has its dot box; choosing only paints it (no new box: no re-layout of a long list). */
  [part='radio']::after {
    content: '';
    width: 10px;
    height: 10px;
    border-radius: 50%;
  }
  .option-checked [part='radio']::after {
    background: var(--_pp-accent);
  }

  /* The glyph's color: --g, set per known method on its row. */
  [part='icon'],
  .row > i + i {
    width: 36px;
    height: 36px;
    border-radius: 9px;
  }
  [part='icon'] {
    display: grid;
    place-items: center;
    color: var(--g, var(--_pp-text-muted));
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  /* The only image: a method's own icon, in its tile (a grid item, so already a block). */
  img {
    width: 36px;
    height: 36px;
    object-fit: contain;
  }
  .image {
    background: none;
  }
  svg {
    flex: none;
    width: 16px;
    height: 16px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [part='icon'] svg {
    width: 22px;
    height: 22px;
    stroke-width: 1.6;
  }
  [data-id='alipay'] {
    --g: light-dark(#1677ff, #7db3ff);
  }
  [data-id='wechat-pay'] {
    --g: light-dark(#07a152, #5fd893);
  }
  [data-id='unionpay'],
  [data-id='ecny'] {
    --g: light-dark(#d2261d, #ff8a80);
  }
  [data-id='jd-pay'] {
    --g: light-dark(#e1251b, #ff8f87);
  }
  [data-id='bestpay'] {
    --g: light-dark(#0a7ad6, #72bbff);
  }
  [data-id='hebao'] {
    --g: light-dark(#0091c9, #6fd0f5);
  }
  [data-id='google-pay'] {
    --g: light-dark(#3367d6, #8ab4f8);
  }
  [data-id='paypal'] {
    --g: light-dark(#1d4f91, #8fb6ea);
  }
  [data-id='apple-pay'],
  [data-id='card'] {
    --g: var(--_pp-text);
  }
  .option-disabled [part='icon'],
  .option-disabled [part='radio'] {
    opacity: 0.45;
  }

  /* Long labels, descriptions, hints and reasons break anywhere (the badge never wraps). */
  .text {
    display: grid;
    gap: 2px;
    overflow-wrap: anywhere;
  }
  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
  }
  [part='label'] {
    font-weight: 600;
  }
  .option-disabled [part='label'],
  .text > * + *,
  #notice,
  #empty {
    color: var(--_pp-text-muted);
  }
  [part='badge'] {
    padding: 1px 8px;
    border-radius: 999px;
    font-size: 0.75rem;
    font-weight: 600;
    line-height: 1.5;
    color: var(--_pp-badge-color);
    background: var(--_pp-badge-background);
    white-space: nowrap;
  }
  /* Description, hint and reason. */
  .text > * + *,
  #notice,
  #error,
  #amount-error,
  #validation-message {
    font-size: 0.875rem;
  }
  [part='hint'] {
    display: flex;
    align-items: flex-start;
    gap: 6px;
  }
  [part='hint']::before {
    content: '';
    flex: none;
    margin-block-start: calc(0.7em - 3px);
    width: 6px;
    height: 6px;
    border-radius: 50%;
    background: currentColor;
    opacity: 0.6;
  }

  [part='content'] {
    padding: 4px 16px 16px;
    padding-inline-start: 48px;
  }

  [part='more-button'] {
    justify-self: start;
    display: flex; /* an item of the base grid: inline-flex would be made flex anyway */
    align-items: center;
    gap: 8px;
    min-block-size: 44px;
    padding: 0 14px;
    border-radius: 999px;
    background: var(--_pp-surface);
    color: var(--_pp-accent);
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }

  #empty {
    padding: 20px 16px;
    border-style: dashed;
    text-align: center;
  }
  #error,
  #amount-error,
  #validation-message {
    display: flex;
    align-items: center;
    gap: 6px;
    color: var(--_pp-danger);
  }

  /* The skeleton: a radio, an icon tile and two lines. */
  i {
    display: block;
    inline-size: 55%;
    block-size: 12px;
    border-radius: 6px;
    background: color-mix(in srgb, var(--_pp-text) 9%, var(--_pp-surface));
  }
  span > i + i {
    inline-size: 35%;
    margin-block-start: 8px;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .item {
      transition:
        border-color 0.12s,
        background-color 0.12s,
        box-shadow 0.12s;
    }
    i {
      animation: pulse 1.4s ease-in-out infinite;
    }
  }

  @media (forced-colors: active) {
    .option-checked {
      outline: 2px solid Highlight;
    }
    .option-checked [part='radio'] {
      border-color: Highlight;
    }
    .option-checked [part='radio']::after {
      background: Highlight;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
