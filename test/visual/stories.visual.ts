/**
 * Visual check of key stories: each is rendered (its `play` function is not run: the screenshot
 * shows the state the story is named for, without a test's clicks or focus rings) at desktop
 * (1024×800) and phone (390×844) width, and compared with its reference image in
 * test/visual/references/. After an intended change of the look: `npm run test:visual:update`,
 * then review the new images before committing them.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { composeStory } from 'storybook/preview-api';
import { afterEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import * as pickerBasics from '../../stories/payment-picker/basics.stories.js';
import * as walletFlows from '../../stories/wallet-redirect/flows.stories.js';
import * as walletStatus from '../../stories/wallet-redirect/status.stories.js';

/** The widths of the Storybook viewports "desktop" and "phone" (.storybook/preview.ts). */
const widths = {
  desktop: { width: 1024, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

type Ready = (root: HTMLElement) => Promise<void>;

interface Shot {
  /** The reference image's name (with the width appended). */
  name: string;
  /** Renders the story into `canvasElement`. */
  story: { run: (context: { canvasElement: HTMLElement }) => Promise<void> };
  /** Resolves once the story shows what it is named for. */
  ready: Ready;
}

/**
 * The story as it is declared (args, render, decorators, globals), without its `play` function:
 * the shot shows the state the story is named for, without a test's clicks or focus rings.
 */
function declared<TArgs>(
  meta: Meta<TArgs>,
  story: StoryObj<TArgs>,
  exportName: string,
): Shot['story'] {
  // composeStory's parameters are typed for any args; the stories' own args types are narrower.
  const annotations = { ...story, play: undefined } as unknown as StoryObj;
  return composeStory(annotations, meta as unknown as Meta, undefined, undefined, exportName);
}

/** Polls `check` until it returns an element (5 s at most). */
async function waitFor<T>(what: string, check: () => T | null | undefined): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const found = check();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A `[part~=name]` in the story's `<wallet-redirect>`, once it is there. */
function walletPart(name: string): Ready {
  return async (root) => {
    await customElements.whenDefined('wallet-redirect');
    const wallet = root.querySelector('wallet-redirect')!;
    await waitFor(`part "${name}"`, () => wallet.shadowRoot?.querySelector(`[part~="${name}"]`));
    await wallet.updateComplete;
  };
}

const pickerRendered: Ready = async (root) => {
  await customElements.whenDefined('payment-picker');
  const picker = root.querySelector('payment-picker')!;
  await waitFor('the picker rows', () => picker.shadowRoot?.querySelector('[role="radio"]'));
  await picker.updateComplete;
};

const shots: Shot[] = [
  {
    name: 'picker-default',
    story: declared(pickerBasics.default, pickerBasics.Default, 'Default'),
    ready: pickerRendered,
  },
  {
    name: 'wallet-qr-on-desktop',
    story: declared(walletFlows.default, walletFlows.QrOnDesktop, 'QrOnDesktop'),
    ready: walletPart('qr-code'),
  },
  {
    name: 'wallet-qr-on-phone',
    story: declared(walletFlows.default, walletFlows.QrOnPhone, 'QrOnPhone'),
    ready: walletPart('save-steps'),
  },
  {
    name: 'wallet-share',
    story: declared(walletFlows.default, walletFlows.ShareOnDesktop, 'ShareOnDesktop'),
    ready: walletPart('qr-code'),
  },
  {
    name: 'wallet-open-in-browser-in-wechat',
    story: declared(
      walletFlows.default,
      walletFlows.OpenInBrowserInWeChat,
      'OpenInBrowserInWeChat',
    ),
    ready: walletPart('menu-arrow'),
  },
  {
    name: 'wallet-paid',
    story: declared(walletStatus.default, walletStatus.Paid, 'Paid'),
    ready: walletPart('final-paid'),
  },
  {
    name: 'wallet-failed',
    story: declared(walletStatus.default, walletStatus.Failed, 'Failed'),
    ready: walletPart('final-failed'),
  },
];

/** What changes by the second on screen (the countdown), painted over in every shot. */
function moving(root: HTMLElement): Element[] {
  return [...root.querySelectorAll('wallet-redirect')].flatMap((wallet) => [
    ...(wallet.shadowRoot?.querySelectorAll('[part~="countdown"]') ?? []),
  ]);
}

let canvas: HTMLElement | null = null;
afterEach(() => {
  canvas?.remove();
  canvas = null;
});

for (const [widthName, size] of Object.entries(widths)) {
  describe(`at ${widthName} width (${size.width}×${size.height})`, () => {
    for (const shot of shots) {
      test(shot.name, async () => {
        await page.viewport(size.width, size.height);
        canvas = document.body.appendChild(document.createElement('div'));
        canvas.className = 'visual-canvas';
        await shot.story.run({ canvasElement: canvas });
        await shot.ready(canvas);
        // The pinned font, loaded for real: a shot in a fallback font would not compare.
        await document.fonts.load("16px 'Inter Variable'");
        await document.fonts.ready;
        expect(document.fonts.check("16px 'Inter Variable'")).toBe(true);
        // The story's frame (the page's decorator): the component at the width it gets there,
        // without the empty rest of a desktop-wide page diluting the mismatch ratio.
        const frame = canvas.querySelector<HTMLElement>('.story-frame') ?? canvas;
        await expect(page.elementLocator(frame)).toMatchScreenshot(`${shot.name}-${widthName}`, {
          screenshotOptions: { animations: 'disabled', caret: 'hide', mask: moving(canvas) },
        });
      });
    }
  });
}
