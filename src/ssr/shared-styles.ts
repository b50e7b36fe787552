// Styles written once per page. Declarative shadow DOM has no way to share a style sheet between
// shadow roots, so each pre-rendered element would repeat its whole stylesheet. Instead, a page's
// fragments write each sheet once, in the first shadow root that uses it; every shadow root then
// names the sheets it uses, in order, on a <her2-styles> element after them, and a few lines of
// inline script (written once, before the first element) give every root that does not hold them
// all itself the same constructed sheets, as it is parsed, so the first paint is already styled.
// With scripts off, a sheet styles only the root that holds it: the text is all there, the later
// elements less styled.
// Once an element's module hydrates it, it adopts its own styles whatever the page did (see
// Her2Element.createRenderRoot).
import type { CSSResult } from 'lit';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import type { ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';

export const sharedStylesTag = 'her2-styles';

/**
 * The inline script, byte for byte: a strict CSP allows it by the hash of exactly these bytes
 * (README). It defines <her2-styles>, which keeps the text of the sheets written before it in its
 * shadow root, and gives a root that lacks some of the sheets it lists all of them, in order, as
 * constructed sheets shared by the page (each built once, when first needed). A root that holds
 * every sheet it lists is left to its own <style>s: its CSS is parsed once. The parser connects
 * <her2-styles> before its own children exist, so the sheets come before it, not inside.
 */
export const sharedStylesScript =
  "customElements.get('her2-styles')||customElements.define('her2-styles',class extends HTMLElement{" +
  'static texts=new Map;static sheets=new Map;connectedCallback(){' +
  'const root=this.getRootNode(),{texts,sheets}=this.constructor;if(!(root instanceof ShadowRoot))return;' +
  "const own=[...root.querySelectorAll('style[data-sheet]')].map((style)=>style.dataset.sheet);" +
  "for(const style of root.querySelectorAll('style[data-sheet]'))texts.set(style.dataset.sheet,style.textContent);" +
  "const names=this.dataset.sheets.split(' ');if(names.every((name)=>own.includes(name)))return;" +
  'root.adoptedStyleSheets=names.flatMap((name)=>{if(!sheets.has(name)&&texts.has(name)){' +
  'const sheet=new CSSStyleSheet;sheet.replaceSync(texts.get(name));sheets.set(name,sheet)}return sheets.get(name)??[]})}})';

/** A short name for a sheet, the same for the same text in every render (FNV-1a, base 36). */
function sheetName(cssText: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < cssText.length; i += 1) hash = Math.imul(hash ^ cssText.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * The sheets written so far in one page's fragments. `renderer` renders elements (nested ones
 * too) with their styles as <her2-styles>, writing each sheet's text only the first time.
 */
export class SharedStyles {
  private readonly written = new Set<string>();
  private scriptWritten = false;

  readonly renderer: typeof LitElementRenderer;

  constructor() {
    const markup = (sheets: readonly CSSResult[]) => this.markup(sheets);
    this.renderer = class extends LitElementRenderer {
      override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult | undefined {
        const shadow = super.renderShadow(renderInfo);
        const sheets = (this.element.constructor as unknown as { elementStyles: CSSResult[] }).elementStyles;
        // LitElementRenderer writes '<style>', the text of each sheet, '</style>', then the template.
        if (!shadow || sheets.length === 0 || shadow[0] !== '<style>') return shadow;
        return [markup(sheets), ...shadow.slice(sheets.length + 2)];
      }
    };
  }

  /** The inline script, the first time a page's fragments ask for it; then nothing. */
  takeScript(): string {
    if (this.scriptWritten) return '';
    this.scriptWritten = true;
    return `<script>${sharedStylesScript}</script>`;
  }

  private markup(sheets: readonly CSSResult[]): string {
    const names = sheets.map((sheet) => sheetName(sheet.cssText));
    const firstUses = sheets.map((sheet, index) => {
      if (this.written.has(names[index])) return '';
      this.written.add(names[index]);
      return `<style data-sheet="${names[index]}">${sheet.cssText}</style>`;
    });
    return `${firstUses.join('')}<${sharedStylesTag} hidden data-sheets="${names.join(' ')}"></${sharedStylesTag}>`;
  }
}
