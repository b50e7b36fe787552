/** The embed-code builder's snippets (demo/embed-code.js), as a blogger copies them. */

/** An element and its attributes as [name, value] ('' for a flag), as the builder's form gives them. */
interface ChosenElement {
  tag: string;
  attributes: [string, string][];
}

export interface EmbedCodeBuilder {
  scriptSnippet(options: ChosenElement & { scriptUrl: string }): string;
  preRenderedSnippet(options: ChosenElement & { scriptUrl: string }): Promise<string>;
  pinnedScriptSnippet(options: ChosenElement & { base: string }): Promise<string>;
  frameSnippets(options: ChosenElement & { base: string; width: number }): Promise<{ url: string; frame: string }>;
}

/** demo/embed-code.js, which the test server serves as it is. */
export async function embedCodeBuilder(): Promise<EmbedCodeBuilder> {
  const module = '/demo/embed-code.js';
  return (await import(module)) as EmbedCodeBuilder;
}
