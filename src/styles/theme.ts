import { css } from 'lit';

/**
 * The shared theme of the components: the public `--pp-*` custom properties, each read once here
 * with its default, into private `--_pp-*` properties that the component styles use.
 *
 * Reading them with `var(--pp-x, default)` (instead of declaring `--pp-x` on `:host`) lets a page
 * set them on any ancestor (`:root`, a checkout container) as well as on the element itself.
 *
 * Colors use `light-dark()`, so they follow the page's `color-scheme`: `color-scheme: light dark`
 * on the page follows the visitor's `prefers-color-scheme`; `dark` forces the dark palette.
 *
 * | property | default | meaning |
 * | --- | --- | --- |
 * | `--pp-accent` | blue | selected state, focus ring, links |
 * | `--pp-on-accent` | white / dark | text and marks drawn on the accent |
 * | `--pp-text` | near black / near white | main text |
 * | `--pp-text-muted` | grey | secondary text (descriptions, hints) |
 * | `--pp-surface` | white / dark grey | background of rows and panels |
 * | `--pp-border` | light grey | borders of rows and panels |
 * | `--pp-danger` | red | error messages |
 * | `--pp-badge-color`, `--pp-badge-background` | red on pale red | promotion badges |
 * | `--pp-radius` | `12px` | corner radius of rows and panels |
 * | `--pp-font` | the system UI font, with Simplified Chinese faces (Traditional ones for zh-TW, zh-HK) | font family |
 * | `--pp-gap` | `8px` | space between rows |
 * | `--pp-focus-ring` | `2px solid` accent | `outline` of the focused control |
 */
export const themeStyles = css`
  :host {
    --_pp-accent: var(--pp-accent, light-dark(#0b57d0, #8ab4f8));
    --_pp-on-accent: var(--pp-on-accent, light-dark(#fff, #062e6f));
    --_pp-text: var(--pp-text, light-dark(#1b1f24, #e8eaed));
    --_pp-text-muted: var(--pp-text-muted, light-dark(#525966, #b1b7c2));
    --_pp-surface: var(--pp-surface, light-dark(#fff, #1e2227));
    --_pp-border: var(--pp-border, light-dark(#d3d8e0, #414852));
    --_pp-danger: var(--pp-danger, light-dark(#b3261e, #f2b8b5));
    --_pp-badge-color: var(--pp-badge-color, light-dark(#b42318, #ffd9d4));
    --_pp-badge-background: var(--pp-badge-background, light-dark(#fef0ee, #5c1d16));
    --_pp-radius: var(--pp-radius, 12px);
    --_pp-gap: var(--pp-gap, 8px);
    --_pp-focus-ring: var(--pp-focus-ring, 2px solid var(--_pp-accent));
    /* Derived: the tint behind a selected row. */
    --_pp-surface-selected: color-mix(in srgb, var(--_pp-accent) 9%, var(--_pp-surface));
    --_pp-surface-hover: color-mix(in srgb, var(--_pp-text) 4%, var(--_pp-surface));

    color: var(--_pp-text);
  }
  /* The font. Its Han faces are Simplified Chinese ones, and Traditional ones under a zh-TW, zh-HK,
     zh-MO or zh-Hant \`lang\` (the render sets the resolved one on its base, \`[lang]\`): the same
     characters are drawn differently there. */
  :host,
  [lang] {
    font-family: var(
      --pp-font,
      system-ui,
      var(--_pp-han, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans SC', 'Noto Sans CJK SC'),
      sans-serif
    );
  }
  :lang(zh-TW),
  :lang(zh-HK),
  :lang(zh-MO),
  :lang(zh-Hant) {
    --_pp-han: 'PingFang TC', 'Microsoft JhengHei', 'Noto Sans TC', 'Noto Sans CJK TC';
  }
`;

/**
 * Browsers without `light-dark()` (before Chrome 123, Safari 17.5, Firefox 120) would drop the
 * colors above entirely; they get the light palette, and the dark one when the visitor prefers it.
 */
export const themeFallbackStyles = css`
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_pp-accent: var(--pp-accent, #0b57d0);
      --_pp-on-accent: var(--pp-on-accent, #fff);
      --_pp-text: var(--pp-text, #1b1f24);
      --_pp-text-muted: var(--pp-text-muted, #525966);
      --_pp-surface: var(--pp-surface, #fff);
      --_pp-border: var(--pp-border, #d3d8e0);
      --_pp-danger: var(--pp-danger, #b3261e);
      --_pp-badge-color: var(--pp-badge-color, #b42318);
      --_pp-badge-background: var(--pp-badge-background, #fef0ee);
    }
    @media (prefers-color-scheme: dark) {
      :host {
        --_pp-accent: var(--pp-accent, #8ab4f8);
        --_pp-on-accent: var(--pp-on-accent, #062e6f);
        --_pp-text: var(--pp-text, #e8eaed);
        --_pp-text-muted: var(--pp-text-muted, #b1b7c2);
        --_pp-surface: var(--pp-surface, #1e2227);
        --_pp-border: var(--pp-border, #414852);
        --_pp-danger: var(--pp-danger, #f2b8b5);
        --_pp-badge-color: var(--pp-badge-color, #ffd9d4);
        --_pp-badge-background: var(--pp-badge-background, #5c1d16);
      }
    }
  }
`;

/** Hides content visually while keeping it in the accessibility tree. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
