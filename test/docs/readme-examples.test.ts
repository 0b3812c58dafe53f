import { expect, waitUntil } from '@open-wc/testing';

/**
 * The README promises that its HTML examples work when pasted into a page. This test takes every
 * ```html block of the README, loads the self-contained CDN module the README points at (the
 * locally built file instead of the CDN), and checks that each example renders its methods.
 * Needs `npm run build` first (npm test runs it before the browser tests).
 */
const CDN_BUNDLE = '/dist/cdn/payment-picker.min.js';

interface PickerLike extends HTMLElement {
  value: string;
  updateComplete: Promise<boolean>;
}

async function readmeHtmlExamples(): Promise<string[]> {
  const response = await fetch('/README.md');
  expect(response.ok, 'README.md is served').to.be.true;
  const markdown = await response.text();
  return [...markdown.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

function mount(example: string): HTMLElement {
  const host = document.createElement('div');
  // The README's <script> tag is what this test does with import(); scripts inserted through a
  // template would not run anyway.
  const template = document.createElement('template');
  template.innerHTML = example.replace(/<script[\s\S]*?<\/script>/g, '');
  host.append(template.content);
  document.body.append(host);
  return host;
}

describe('README examples', () => {
  let examples: string[] = [];

  before(async () => {
    const bundle = await fetch(CDN_BUNDLE, { method: 'HEAD' });
    if (!bundle.ok) throw new Error(`${CDN_BUNDLE} is missing: run \`npm run build\` first.`);
    await import(/* @vite-ignore */ CDN_BUNDLE);
    examples = await readmeHtmlExamples();
  });

  it('has HTML examples that point at the CDN module the build produces', async () => {
    const markdown = await (await fetch('/README.md')).text();
    expect(examples.length).to.be.greaterThan(1);
    expect(markdown).to.include('/dist/cdn/payment-picker.min.js');
  });

  it('renders every example picker with its methods as radios', async () => {
    for (const example of examples.filter((text) => text.includes('<payment-picker'))) {
      const host = mount(example);
      const picker = host.querySelector<PickerLike>('payment-picker')!;
      await customElements.whenDefined('payment-picker');
      // No requestAnimationFrame here: it does not run in a background tab of the test runner.
      const radios = () => picker.shadowRoot?.querySelectorAll('[role="radio"]').length ?? 0;
      await waitUntil(() => radios() > 1, `no radios rendered for:\n${example}`, { timeout: 5000 });
      host.remove();
    }
  });

  it('submits the chosen method with the form, as the first example says', async () => {
    const host = mount(examples.find((text) => text.includes('<form'))!);
    const form = host.querySelector('form')!;
    const picker = host.querySelector<PickerLike>('payment-picker')!;
    await picker.updateComplete;
    expect(form.checkValidity(), 'required blocks an empty choice').to.be.false;
    const radios = picker.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]');
    radios[0]!.click();
    await picker.updateComplete;
    expect(new FormData(form).get('method')).to.equal('wechat-pay');
    expect(form.checkValidity()).to.be.true;
    host.remove();
  });
});
