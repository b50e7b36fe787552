// Server rendering: any her2-widgets element as HTML with its shadow root written out as
// declarative shadow DOM, so the content shows with JavaScript off and hydrates when it is on:
// from the npm modules, or from the CDN file dist/her2-widgets.js.
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { html, type TemplateResult } from 'lit';
import { articleMeta } from '../content/article.js';
import '../define/all.js';
import { Her2Element } from '../shared/her2-element.js';
import { renderInLocale, supportedLocale, uiStringsLoading } from '../shared/i18n.js';
import { escapeHtml } from './escape-html.js';
import { SharedStyles } from './shared-styles.js';

export { sharedStylesScript } from './shared-styles.js';

/** Attribute name → value; `true` writes a boolean attribute, `false`, null and undefined leave it out. */
export type ElementAttributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface RenderOptions {
  /** Properties set on the element before it renders, e.g. `{ extraTerms: [...] }` for host terms. */
  readonly properties?: Readonly<Record<string, unknown>>;
  /** The language of the page the element goes into, for an element without a `lang` of its own. */
  readonly lang?: string;
}

export interface PageOptions extends RenderOptions {
  /** The page's `<title>`; the article's title by default. */
  readonly title?: string;
}

LitElementRenderer.renderOptions.push((element) => {
  if (element instanceof Her2Element) element.localeScope.takeServerLocale(element.getAttribute('lang'));
  return undefined;
});

const attributeName = /^[a-z][a-z0-9-]*$/;
const propertyName = /^[A-Za-z_$][\w$]*$/;

/**
 * Renders the fragments of one page: each style sheet is written once, in the first fragment that
 * uses it, and the first fragment starts with the inline script that shares them (see
 * shared-styles.ts). Put the fragments on the page in the order they were rendered.
 */
export class PageFragments {
  private readonly styles = new SharedStyles();

  /**
   * The element as an HTML fragment: `<tag attributes><template shadowrootmode="open">…</template></tag>`.
   * Throws for a tag that is not a her2-widgets element or an attribute name that is not one.
   */
  async renderElement(tag: string, attributes: ElementAttributes = {}, options: RenderOptions = {}): Promise<string> {
    const fragment = await renderFragment(tag, attributes, options, [this.styles.renderer]);
    return this.styles.takeScript() + fragment;
  }
}

/** One element as an HTML fragment, for a page that has no other pre-rendered element. */
export function renderElement(
  tag: string,
  attributes: ElementAttributes = {},
  options: RenderOptions = {},
): Promise<string> {
  return new PageFragments().renderElement(tag, attributes, options);
}

/**
 * A whole minimal HTML page around the element, for pages and CMSs that allow no scripts: every
 * shadow root carries its own styles, so the page needs no script at all.
 */
export async function renderPage(
  tag: string,
  attributes: ElementAttributes = {},
  options: PageOptions = {},
): Promise<string> {
  const fragment = await renderFragment(tag, attributes, options, [LitElementRenderer]);
  return `<!doctype html>
<html lang="${escapeHtml(options.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title ?? articleMeta.title.text)}</title>
</head>
<body>
${fragment}
</body>
</html>
`;
}

async function renderFragment(
  tag: string,
  attributes: ElementAttributes,
  options: RenderOptions,
  elementRenderers: RenderInfo['elementRenderers'],
): Promise<string> {
  const template = elementTemplate(tag, attributes, options.properties ?? {});
  const locale = supportedLocale(String(attributes.lang ?? options.lang ?? ''));
  await uiStringsLoading(locale);
  // Synchronous, so that no other rendering can run in between and change the language.
  const result = renderInLocale(locale, () => collectResultSync(render(template, { elementRenderers })));
  // The fragment is not part of a host template, so the markers of the wrapper Lit adds around it go.
  return result.replace(/^<!--lit-part [^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
}

/** Whether `tag` names a registered her2-widgets element. */
export function isHer2Tag(tag: string): boolean {
  const constructor = attributeName.test(tag) ? customElements.get(tag) : undefined;
  return constructor !== undefined && constructor.prototype instanceof Her2Element;
}

/**
 * A template for `<tag …></tag>`. Names are checked, values are escaped, and properties are
 * bindings: Lit's html tag takes the strings only from a template literal, so they are built
 * here the way lit/static-html builds them.
 */
function elementTemplate(
  tag: string,
  attributes: ElementAttributes,
  properties: Readonly<Record<string, unknown>>,
): TemplateResult {
  if (!isHer2Tag(tag)) throw new Error(`<${tag}> is not a her2-widgets element.`);
  let open = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (!attributeName.test(name)) throw new Error(`"${name}" is not an attribute name.`);
    if (value === false || value === null || value === undefined) continue;
    open += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  const names = Object.keys(properties);
  for (const name of names) {
    if (!propertyName.test(name)) throw new Error(`"${name}" is not a property name.`);
  }
  // One string more than values: `<tag a="1" .p=`, ` .q=`, `></tag>`.
  const strings = [open, ...names.map(() => '')];
  names.forEach((name, index) => (strings[index] += ` .${name}=`));
  strings[names.length] += `></${tag}>`;
  return html(Object.assign(strings, { raw: strings }), ...names.map((name) => properties[name]));
}
