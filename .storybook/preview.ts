import { setCustomElementsManifest } from '@storybook/web-components';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import './preview.css';

interface ManifestMember {
  privacy?: string;
  static?: boolean;
}
interface ManifestDeclaration {
  members?: ManifestMember[];
  cssParts?: { name: string }[];
}

/**
 * What autodocs shows from custom-elements.json, adjusted in two ways:
 * - only the public API: the manifest also lists private and static members (internal state,
 *   `formAssociated`, `shadowRootOptions`), which would show as properties with controls;
 * - parts named `::part(label)`: autodocs keys every row by bare name, so a part called `label`
 *   or `empty` would overwrite the `label` attribute or the `empty` slot.
 */
function forAutodocs<T>(full: T): T {
  const copy = structuredClone(full) as { modules?: { declarations?: ManifestDeclaration[] }[] };
  for (const declaration of copy.modules?.flatMap((module) => module.declarations ?? []) ?? []) {
    declaration.members = declaration.members?.filter(
      (member) => !member.static && (member.privacy ?? 'public') === 'public',
    );
    for (const part of declaration.cssParts ?? []) part.name = `::part(${part.name})`;
  }
  return copy as T;
}

setCustomElementsManifest(forAutodocs(manifest));

/**
 * Wraps every story in the locale, direction and color scheme picked in the toolbar, the same way
 * a storefront would: `lang` and `dir` on an ancestor, `color-scheme` on the page. A docs page
 * shows many stories at once, each with its own globals (the Dark story beside light ones), so
 * there the scheme goes on each story's frame only, not on the shared page.
 */
const withPageSettings: Decorator = (story, context) => {
  const { locale, direction, scheme } = context.globals as Record<string, string>;
  if (context.viewMode !== 'docs') document.documentElement.dataset.scheme = scheme ?? 'light';
  return html`<div
    class="story-frame"
    lang=${locale ?? 'en'}
    dir=${direction ?? 'ltr'}
    data-scheme=${scheme ?? 'light'}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withPageSettings],
  globalTypes: {
    locale: {
      description: 'Locale of the components (the nearest lang attribute)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'zh-CN', title: '简体中文' },
          { value: 'zh-TW', title: '繁體中文' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Color scheme of the page',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', direction: 'ltr', scheme: 'light' },
  parameters: {
    controls: { expanded: true },
    // Axe runs on every story in the story tests; a violation fails the run.
    a11y: { test: 'error' },
    docs: { toc: true },
    // The two widths every story is checked at (toolbar: Viewport). A story pins one with
    // `globals: { viewport: { value: 'phone' } }`; the story tests then run at that size too
    // (@storybook/addon-vitest resizes the test frame to the story's viewport).
    viewport: {
      options: {
        phone: {
          name: 'Phone 390×844',
          styles: { width: '390px', height: '844px' },
          type: 'mobile',
        },
        desktop: {
          name: 'Desktop 1024×800',
          styles: { width: '1024px', height: '800px' },
          type: 'desktop',
        },
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
