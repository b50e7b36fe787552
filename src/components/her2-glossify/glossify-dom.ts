import type { TermMatcher } from '../../glossary/term-matcher.js';

/**
 * Where terms are left alone: headings, links, buttons and other controls (a button inside
 * them would be invalid or unusable), code, things that are not rendered text, regions the
 * reader edits, terms already defined, and anything the host marks `data-no-glossify`.
 */
const contextSkip = [
  'h1, h2, h3, h4, h5, h6, [role="heading"]',
  'a, button, summary, label, legend, [role="link"], [role="button"]',
  'input, textarea, select, option, optgroup, datalist, output',
  'code, pre, kbd, samp',
  'script, style, template, noscript, svg, math, iframe, object, canvas, audio, video',
  '[contenteditable]:not([contenteditable="false" i])',
  '[aria-hidden="true"]',
  'glossary-term',
  '[data-no-glossify]',
].join(', ');

/** Nested `<her2-glossify>` elements are skipped too: each defines terms in its own content. */
export const skipSelector = `${contextSkip}, her2-glossify`;

export interface GlossifyResult {
  /** How many terms this pass defined. */
  readonly count: number;
  /** Their ids, each once, in document order. */
  readonly terms: readonly string[];
}

export interface GlossifierOptions {
  readonly matcher: TermMatcher;
  /** How many term ids the matcher knows: once all are defined, a first-only pass can stop. */
  readonly termCount: number;
  /** Every occurrence of a term, rather than the first in the container. */
  readonly every: boolean;
  /** The element that shows a term; `text` (the host's words) becomes its only child. */
  readonly createTerm: (termId: string, text: Text) => Element;
  /** More elements whose content is not glossified, besides `skipSelector`. */
  readonly alsoSkip?: string;
}

// Node types rather than instanceof: the container may belong to another window's document.
const isText = (node: Node): node is Text => node.nodeType === Node.TEXT_NODE;
const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;

/** One host text node split around the terms found in it. */
interface Split {
  readonly original: Text;
  /** The original's text before the split. */
  readonly text: string;
  /** What follows the original (term elements and the text between them), in order. */
  readonly pieces: readonly Node[];
  readonly terms: ReadonlyMap<Element, string>;
}

/**
 * Defines glossary terms in a container's text by splitting its text nodes: the original node
 * keeps the text before the first term, and new text nodes and term elements follow it. Only
 * nodes are created and moved; no HTML is parsed or written. `restore()` puts every original
 * node back as it was, so the container is equal (and its text nodes identical) to before.
 */
export class Glossifier {
  private readonly splits = new Map<Text, Split>();
  private readonly owner = new Map<Node, Split>();
  private readonly defined = new Set<string>();
  private readonly skip: string;

  constructor(
    private readonly root: Element,
    private readonly options: GlossifierOptions,
  ) {
    this.skip = options.alsoSkip ? `${skipSelector}, ${options.alsoSkip}` : skipSelector;
  }

  /** The term elements this glossifier created and still tracks. */
  get termElements(): Element[] {
    return [...this.splits.values()].flatMap((split) => [...split.terms.keys()]);
  }

  /** Defines terms in `nodes` (the whole container by default) and their descendants. */
  glossify(nodes: Iterable<Node> = [this.root]): GlossifyResult {
    const found: string[] = [];
    for (const node of nodes) {
      for (const text of this.textNodes(node)) {
        if (this.allDefined()) break;
        this.split(text, found);
      }
    }
    return { count: found.length, terms: [...new Set(found)] };
  }

  /** Follows the host's changes to the container (from a MutationObserver), then glossifies what is new. */
  update(records: readonly MutationRecord[]): GlossifyResult {
    const pending = new Set<Node>();
    let released = false;
    let removed = false;
    for (const record of records) {
      if (record.type === 'characterData') {
        const split = this.splitOf(record.target);
        if (!split) {
          pending.add(record.target);
          continue;
        }
        // Code that keeps the original node (Lit, React…) rewrote it: its new text replaces the
        // whole of the old one. Anyone else edited a piece: the text is what the pieces now read.
        const text = record.target === split.original ? split.original.data : this.currentText(split);
        released = this.unsplit(split, text) || released;
        pending.add(split.original);
      } else {
        record.addedNodes.forEach((node) => pending.add(node));
        removed ||= record.removedNodes.length > 0;
      }
    }
    if (removed) released = this.undoBroken(pending) || released;
    // A term whose definition went away is defined again at its next occurrence.
    return this.glossify(released && !this.options.every ? [this.root] : pending);
  }

  /** Puts back every original text node, with its original text, and removes what was added. */
  restore(): void {
    for (const split of [...this.splits.values()]) this.unsplit(split, split.text);
    this.defined.clear();
  }

  private allDefined(): boolean {
    return !this.options.every && this.defined.size >= this.options.termCount;
  }

  /** The text nodes under `start` that can hold a term, in document order. */
  private textNodes(start: Node): Text[] {
    if (start === this.root) {
      if (this.root.parentElement?.closest(contextSkip)) return [];
    } else if (!this.root.contains(start) || this.insideSkipped(start)) {
      return [];
    }
    if (isText(start)) return this.owner.has(start) || this.splits.has(start) ? [] : [start];
    if (!isElement(start) || (start !== this.root && this.skips(start))) return [];
    const walker = start.ownerDocument.createTreeWalker(start, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        if (isText(node)) {
          return this.owner.has(node) || this.splits.has(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
        }
        return this.skips(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      },
    });
    const found: Text[] = [];
    while (walker.nextNode()) found.push(walker.currentNode as Text);
    return found;
  }

  private skips(element: Element): boolean {
    return this.owner.has(element) || element.matches(this.skip);
  }

  private insideSkipped(node: Node): boolean {
    for (let parent = node.parentElement; parent && parent !== this.root; parent = parent.parentElement) {
      if (this.skips(parent)) return true;
    }
    return false;
  }

  private split(node: Text, found: string[]): void {
    const { matcher, every, createTerm } = this.options;
    const skip = every ? new Set<string>() : this.defined;
    const segments = matcher.split(node.data, skip, !every);
    if (segments.length === 1 && !segments[0].termId) return;
    const document = node.ownerDocument;
    const keep = segments[0].termId ? '' : segments.shift()!.text;
    const pieces: Node[] = [];
    const terms = new Map<Element, string>();
    for (const segment of segments) {
      const text = document.createTextNode(segment.text);
      if (!segment.termId) {
        pieces.push(text);
        continue;
      }
      const term = createTerm(segment.termId, text);
      terms.set(term, segment.termId);
      pieces.push(term);
      found.push(segment.termId);
    }
    const split: Split = { original: node, text: node.data, pieces, terms };
    this.splits.set(node, split);
    for (const piece of pieces) {
      this.owner.set(piece, split);
      if (isElement(piece)) piece.childNodes.forEach((child) => this.owner.set(child, split));
    }
    node.after(...pieces);
    node.data = keep;
  }

  private splitOf(node: Node): Split | undefined {
    if (isText(node) && this.splits.has(node)) return this.splits.get(node);
    return this.owner.get(node) ?? (node.parentNode ? this.owner.get(node.parentNode) : undefined);
  }

  /** The original's text and that of the pieces still beside it. */
  private currentText(split: Split): string {
    const beside = split.pieces.filter((piece) => piece.parentNode === split.original.parentNode);
    return split.original.data + beside.map((piece) => piece.textContent ?? '').join('');
  }

  /**
   * Undoes the splits the host took apart or took out of the container, keeping the text that
   * is left; a paragraph taken out whole is restored, and glossified again if it comes back.
   */
  private undoBroken(pending: Set<Node>): boolean {
    let released = false;
    for (const split of [...this.splits.values()]) {
      const inside = this.root.contains(split.original);
      const together = split.pieces.every((piece) => piece.parentNode === split.original.parentNode);
      if (inside && together) continue;
      released = this.unsplit(split, this.currentText(split)) || released;
      if (inside) pending.add(split.original);
    }
    return released;
  }

  /** Replaces the pieces with the original node holding `text`; true if a defined term went away. */
  private unsplit(split: Split, text: string): boolean {
    for (const piece of split.pieces) {
      if (piece.parentNode) piece.parentNode.removeChild(piece);
    }
    if (split.original.data !== text) split.original.data = text;
    return this.forget(split);
  }

  private forget(split: Split): boolean {
    this.splits.delete(split.original);
    for (const piece of split.pieces) {
      this.owner.delete(piece);
      piece.childNodes.forEach((child) => this.owner.delete(child));
    }
    let released = false;
    for (const id of split.terms.values()) released = this.defined.delete(id) || released;
    return released;
  }
}
