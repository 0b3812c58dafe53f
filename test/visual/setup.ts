/**
 * Setup of the visual project (vitest.config.ts, `--project=visual`): the stories' own
 * decorators and globals, and a page that renders the same on every machine: pinned fonts from
 * npm (dev dependencies), no caret, no motion (visual.css).
 */
import '@fontsource-variable/inter/wght.css';
import symbolsFont from '@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff2?url';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import * as projectAnnotations from '../../.storybook/preview';
import './visual.css';

setProjectAnnotations([projectAnnotations]);

// Inter has no arrows or math symbols (the "⋯" of WeChat's menu): they would come from whatever
// font the machine has. Noto Sans Math's file has them; fontsource declares it for Latin only,
// so it is declared here for the symbol blocks. Named in the font stack in visual.css.
const symbols = new FontFace('Pinned Symbols', `url(${symbolsFont}) format('woff2')`, {
  unicodeRange: 'U+2190-23FF, U+25A0-27BF',
});
document.fonts.add(await symbols.load());
