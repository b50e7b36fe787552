// What an entry weighs before its own code: minimal elements bundled exactly as the entries are,
// one on Lit alone, one on the widgets' shared base, and one on Lit that carries all the text.
import { resolve } from 'node:path';
import { bundledSize } from './bundled-size.mjs';

const shared = (module) => JSON.stringify(resolve('dist/esm/shared', module));

const floors = {
  lit: `
    import { LitElement, html } from 'lit';
    class MinimalElement extends LitElement {
      render() { return html\`<p>Minimal</p>\`; }
    }
    customElements.define('minimal-element', MinimalElement);`,
  // A card with a heading and the review footer: what every single-topic widget shows.
  base: `
    import { html } from 'lit';
    import { Her2Block } from ${shared('her2-block.js')};
    import { ReviewedContent } from ${shared('reviewed-content.js')};
    import { define } from ${shared('define.js')};
    import { cardStyles } from ${shared('theme.styles.js')};
    class MinimalWidget extends Her2Block {
      static styles = [Her2Block.styles, cardStyles];
      reviewed = new ReviewedContent(this, {});
      render() {
        return this.renderCard(html\`\${this.heading('Minimal')}\`);
      }
    }
    define('minimal-widget', MinimalWidget);`,
  // Every reviewed text, printed as it is stored: what <her2-article> and the library must carry.
  text: `
    import { LitElement, html } from 'lit';
    import * as content from ${JSON.stringify(resolve('dist/esm/content/index.js'))};
    class TextElement extends LitElement {
      render() { return html\`<pre>\${JSON.stringify(content)}</pre>\`; }
    }
    customElements.define('text-element', TextElement);`,
};

function floorSize(source) {
  const entry = '\0size-floor';
  const virtualEntry = {
    name: 'size-floor-entry',
    resolveId: (id) => (id === entry ? entry : null),
    load: (id) => (id === entry ? source : null),
  };
  return bundledSize(entry, 'dist/define/size-floor.js', [virtualEntry]);
}

/** `{lit, base, text}`: the sizes of the minimal elements above. */
export async function sizeFloors() {
  return {
    lit: await floorSize(floors.lit),
    base: await floorSize(floors.base),
    text: await floorSize(floors.text),
  };
}
