/** The values of `theme`; anything else is light. Without Lit, for pages that only list them. */
export const themes = ['light', 'dark', 'auto'] as const;
