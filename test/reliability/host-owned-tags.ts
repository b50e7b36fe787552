// A host page that already uses some of the composites' child tag names for elements of its
// own, defined before any her2-widgets code runs.
export class HostElement extends HTMLElement {
  connectedCallback(): void {
    this.textContent = 'the host page’s own element';
  }
}

for (const tag of ['source-list', 'related-reading', 'glossary-term', 'her2-glossify', 'her2-therapy-card']) {
  customElements.define(tag, class extends HostElement {});
}
