/** What elements say while a test runs: console warnings, and the events that reach the document. */

export interface WarnCapture {
  /** The arguments of each console.warn call made during the current test. */
  readonly calls: unknown[][];
  /** Each call's arguments joined as one string. */
  readonly messages: string[];
}

/**
 * Replaces console.warn for every test of the enclosing `describe` and restores it after each,
 * so a failing assertion never leaves the stub in place.
 */
export function captureWarnings(): WarnCapture {
  const calls: unknown[][] = [];
  let original: typeof console.warn | undefined;
  beforeEach(() => {
    calls.length = 0;
    original = console.warn;
    console.warn = (...args: unknown[]) => {
      calls.push(args);
    };
  });
  afterEach(() => {
    if (original) console.warn = original;
    original = undefined;
  });
  return {
    calls,
    get messages() {
      return calls.map((args) => args.map(String).join(' '));
    },
  };
}

/**
 * Records every `type` event that reaches `document` during each test of the enclosing
 * `describe`: reaching the document from an element's shadow DOM proves it bubbles.
 */
export function recordEvents<T = unknown>(type: string): CustomEvent<T>[] {
  const events: CustomEvent<T>[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent<T>);
  beforeEach(() => {
    events.length = 0;
    document.addEventListener(type, listener);
  });
  afterEach(() => {
    document.removeEventListener(type, listener);
  });
  return events;
}
