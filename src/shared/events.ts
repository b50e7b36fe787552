export interface Her2InvalidDetail {
  /** The element's tag name, lower case. */
  tag: string;
  attribute: string;
  value: string;
}

export interface Her2GlossarySearchDetail {
  query: string;
  /** How many terms match the query. */
  count: number;
}

export interface Her2TermToggleDetail {
  /** The term id, as in the `term` attribute. */
  term: string;
  /** Whether the definition is now shown. */
  open: boolean;
}

export interface Her2GlossifiedDetail {
  /** How many terms the pass defined. */
  count: number;
  /** Their ids, each once, in document order. */
  terms: string[];
}

export interface Her2ReviewOverdueDetail {
  /** When the text shown was last reviewed. */
  reviewed: { year: number; month: number };
  /** When its next review was due: a month that has passed. */
  nextReview: { year: number; month: number };
}

export type Her2InvalidEvent = CustomEvent<Her2InvalidDetail>;
export type Her2ReviewOverdueEvent = CustomEvent<Her2ReviewOverdueDetail>;
export type Her2GlossarySearchEvent = CustomEvent<Her2GlossarySearchDetail>;
export type Her2TermToggleEvent = CustomEvent<Her2TermToggleDetail>;
export type Her2GlossifiedEvent = CustomEvent<Her2GlossifiedDetail>;

/** Dispatches a typed event that bubbles out of shadow roots to the host page. */
export function emit<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { bubbles: true, composed: true, detail }));
}

declare global {
  interface HTMLElementEventMap {
    'her2-invalid': Her2InvalidEvent;
    'her2-glossary-search': Her2GlossarySearchEvent;
    'her2-term-toggle': Her2TermToggleEvent;
    'her2-glossified': Her2GlossifiedEvent;
    'her2-review-overdue': Her2ReviewOverdueEvent;
  }
}
