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
  /* Cards and the button share the theme's radius and a 1px border. */
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

  /* A 36px tile: the method's image, or its glyph, a filled tile in the wallet's hue (--g, set per
     known method on its row; the glyph draws it with currentColor) under a white symbol. */
  [part='icon'],
  .row > i + i,
  [part='icon'] svg,
  img {
    width: 36px;
    height: 36px;
    border-radius: 9px;
  }
  [part='icon'] {
    display: grid;
    color: var(--g, #6b7280);
  }
  img {
    object-fit: contain;
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
  .alert {
    font-size: 0.875rem;
  }

  [part='content'] {
    padding: 4px 16px 16px;
    padding-inline-start: 48px;
  }

  /* The secondary button of the family both elements use: an outlined rectangle with the theme's
     radius, at least 36px high, 44px under a coarse pointer (the primary one is filled). */
  [part='more-button'] {
    justify-self: start;
    display: flex; /* an item of the base grid: inline-flex would be made flex anyway */
    align-items: center;
    gap: 8px;
    min-block-size: 36px;
    padding: 0 16px;
    border-color: var(--_pp-accent);
    background: var(--_pp-surface);
    color: var(--_pp-accent);
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  @media (pointer: coarse) {
    [part='more-button'] {
      min-block-size: 44px;
    }
  }

  #empty {
    padding: 20px 16px;
    border-style: dashed;
    text-align: center;
  }
  .alert {
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
    /* Its border, background and shadow (nothing else of a card changes). */
    .item {
      transition: 0.12s;
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
