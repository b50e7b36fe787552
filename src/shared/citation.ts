import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Source } from '../content/types.js';
import { opensInNewTabText } from './i18n.js';
import type { LinkTarget } from './link-target.js';

/** A link out of the widget: never passes the reader's page on, never gives the new page a handle back. */
export function renderExternalLink(url: string, content: unknown, target: LinkTarget | undefined): TemplateResult {
  const opensNewTab = target === '_blank';
  return html`<a part="link" href=${url} target=${ifDefined(target)} rel="noopener noreferrer"
    >${content}${opensNewTab ? html`<span class="visually-hidden"> ${opensInNewTabText()}</span>` : nothing}</a
  >`;
}

/** `Publisher. “Title.”`, the title linked where the source has a verified URL. */
export function renderCitation(source: Source, target: LinkTarget | undefined): TemplateResult | string {
  const name = source.title ? `“${source.title}”` : (source.description ?? '');
  const publisher = source.publisher ? `${source.publisher}. ` : '';
  // Most sources have no link: plain text renders faster than one more template per source.
  return source.url ? html`${publisher}${renderExternalLink(source.url, name, target)}` : `${publisher}${name}`;
}
