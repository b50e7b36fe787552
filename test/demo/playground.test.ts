/**
 * The theming playground and embed-code builder (demo/playground.html), as built, in a frame:
 * the builder offers what custom-elements.json documents, puts the choices into the snippet and
 * the live element, and the playground starts from the colours the elements really have.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';
import { WCAG_AA_TAGS } from '../support/axe.js';
import { pageAt } from '../support/frames.js';

interface ManifestDeclaration {
  tagName?: string;
  attributes?: { name: string }[];
  slots?: { name: string }[];
  cssProperties?: { name: string }[];
}

let frame: HTMLIFrameElement;
let page: Document;
const $ = <T extends Element = HTMLElement>(selector: string) => page.querySelector<T>(selector)!;
const style = (element: Element) => frame.contentWindow!.getComputedStyle(element);
const snippet = () => $<HTMLTextAreaElement>('#snippet').value;

async function documentedElements(): Promise<ManifestDeclaration[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: ManifestDeclaration[] }[];
  };
  return manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
}

/** Picks the builder's element, as a reader does with the select. */
async function chooseElement(tag: string) {
  const select = $<HTMLSelectElement>('#embed-tag');
  select.value = tag;
  select.dispatchEvent(new Event('change'));
  await waitUntil(() => snippet().includes(`<${tag}`), `the snippet shows <${tag}>`);
}

/** Ticks a checkbox of the builder, as a click does. */
function tick(id: string) {
  $<HTMLInputElement>(`#${id}`).click();
}

before(async () => {
  frame = await pageAt('/demo/playground.html');
  page = frame.contentDocument!;
  await waitUntil(() => page.querySelector('#embed-tag option') && snippet() !== '', 'the builder is ready', {
    timeout: 4000,
  });
});

after(() => frame.remove());

describe('the embed-code builder', () => {
  it('offers every element custom-elements.json documents, with each of its attributes and the text inside it', async () => {
    const elements = await documentedElements();
    expect(elements).to.have.length.above(5);
    const offered = [...page.querySelectorAll<HTMLOptionElement>('#embed-tag option')].map((option) => option.value);
    expect(offered).to.have.members(elements.map((element) => element.tagName));
    for (const { tagName, attributes = [], slots = [] } of elements) {
      await chooseElement(tagName!);
      for (const { name } of attributes)
        expect(page.getElementById(`attribute-${name}`), `<${tagName} ${name}>`).to.exist;
      const wrapsText = slots.some((slot) => slot.name === '');
      expect(page.getElementById('element-text') !== null, `<${tagName}>: the text inside it`).to.equal(wrapsText);
    }
  });

  it('writes a ticked attribute into the snippet and onto the live element', async () => {
    await chooseElement('her2-therapy-card');
    expect(snippet()).not.to.contain('no-diagram');
    tick('attribute-no-diagram');
    await waitUntil(() => snippet().includes('<her2-therapy-card type="adc" no-diagram>'), snippet());
    expect($('#embed-preview her2-therapy-card').hasAttribute('no-diagram')).to.equal(true);
  });

  it('passes axe with every control of the card and of glossify, descriptions included', async () => {
    const script = page.createElement('script');
    script.textContent = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    page.head.append(script);
    const { axe } = frame.contentWindow as unknown as {
      axe: { run(context: Element, options: object): Promise<AxeResults> };
    };
    for (const tag of ['her2-therapy-card', 'her2-glossify']) {
      await chooseElement(tag);
      const { violations } = await axe.run($('#embed-form'), { runOnly: { type: 'tag', values: WCAG_AA_TAGS } });
      expect(
        violations.map((violation) => `${violation.id}: ${violation.help}`),
        tag,
      ).to.deep.equal([]);
    }
  });

  it('offers an element that wraps the host’s words as a script tag only, with those words inside it', async () => {
    await chooseElement('her2-glossify');
    const disabled = [...page.querySelectorAll<HTMLInputElement>('#embed-as input:disabled')].map((way) => way.value);
    expect(disabled).to.have.members(['pre-rendered', 'frame']);
    expect(snippet()).to.match(/<her2-glossify>[^<]*HER2[^<]*<\/her2-glossify>/);
    await waitUntil(
      () => page.querySelector('#embed-preview her2-glossify glossary-term'),
      'the live element defines HER2',
    );
    await chooseElement('her2-therapy-card');
    expect(page.querySelectorAll('#embed-as input:disabled')).to.have.length(0);
  });
});

describe('the theming playground', () => {
  it('offers every token custom-elements.json documents', async () => {
    const tokens = new Set(
      (await documentedElements()).flatMap(({ cssProperties = [] }) => cssProperties.map(({ name }) => name)),
    );
    expect(tokens.size).to.be.above(5);
    for (const token of tokens) expect(page.getElementById(`token-${token.slice(2)}`), token).to.exist;
  });

  /** A colour as the browser computes it, for comparing `#fff` with `rgb(255, 255, 255)`. */
  const computed = (color: string) => {
    const probe = page.createElement('span');
    probe.style.color = color;
    page.body.append(probe);
    const value = style(probe).color;
    probe.remove();
    return value;
  };

  for (const [preset, theme] of [
    ['Default light', 'light'],
    ['Default dark', 'dark'],
  ]) {
    it(`${preset}: its colours are the card's own, so the CSS it writes sets nothing`, async () => {
      const button = [...page.querySelectorAll<HTMLButtonElement>('#presets button')].find(
        (candidate) => candidate.textContent === preset,
      )!;
      button.click();
      const card = $(`#preview her2-therapy-card`);
      await waitUntil(() => card.getAttribute('theme') === theme, `the preview's card is ${theme}`);
      const surface = card.shadowRoot!.querySelector('[part="card"]')!;
      await waitUntil(() => style(surface).color !== '', 'the card is styled');
      expect(computed($<HTMLInputElement>('#token-her2-color-surface').value)).to.equal(style(surface).backgroundColor);
      expect(computed($<HTMLInputElement>('#token-her2-color-text').value)).to.equal(style(surface).color);
      expect($<HTMLTextAreaElement>('#css-output').value).to.contain('the defaults: nothing to set');
    });
  }
});
