/**
 * The values of `theme`; anything else is light. Apart from the element, so that pages that only
 * list them (the embed-code builder) read them without loading Lit.
 */
export const themes = ['light', 'dark', 'auto'] as const;
