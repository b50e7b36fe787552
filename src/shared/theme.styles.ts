import { css } from 'lit';

/*
 * Each public --her2-* token is read once, into a private --_ property on the themed root,
 * with the fallback of the active theme. Component styles use only the private names.
 */
const lightPalette = css`
  --_text: var(--her2-color-text, #1f2328);
  --_muted: var(--her2-color-muted, #57606a);
  --_surface: var(--her2-color-surface, #ffffff);
  --_border: var(--her2-color-border, #8c959f);
  --_accent: var(--her2-color-accent, #0a58a8);
  --_accent-contrast: var(--her2-color-accent-contrast, #ffffff);
  --_focus: var(--her2-color-focus, #0a58a8);
  --_highlight: #fff3b0;
  color-scheme: light;
`;

const darkPalette = css`
  --_text: var(--her2-color-text, #e6edf3);
  --_muted: var(--her2-color-muted, #aab4be);
  --_surface: var(--her2-color-surface, #161b22);
  --_border: var(--her2-color-border, #6e7781);
  --_accent: var(--her2-color-accent, #79b8ff);
  --_accent-contrast: var(--her2-color-accent-contrast, #0d1117);
  --_focus: var(--her2-color-focus, #79b8ff);
  --_highlight: #5c4a00;
  color-scheme: dark;
`;

export const themeStyles = css`
  :host {
    display: block;
    font-family: var(--her2-font-family, inherit);
    font-size: var(--her2-font-size, 1em);
    line-height: 1.5;
    text-align: start;
  }

  :host([hidden]) {
    display: none;
  }

  .themed {
    ${lightPalette}
    --_radius: var(--her2-radius, 0.5em);
    --_space: var(--her2-space, 1em);
    color: var(--_text);
  }

  .themed.theme-dark {
    ${darkPalette}
  }

  @media (prefers-color-scheme: dark) {
    .themed.theme-auto {
      ${darkPalette}
    }
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
  }

  mark {
    background: var(--_highlight);
    color: inherit;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .notice {
    margin: 0 0 calc(var(--_space) / 2);
    padding: calc(var(--_space) / 2);
    border-inline-start: 0.3em solid var(--_accent);
    background: var(--_surface);
    color: var(--_text);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .notice {
      border: 1px solid CanvasText;
    }
  }
`;

/** The block layout shared by every element that renders as a card. */
export const cardStyles = css`
  .card {
    box-sizing: border-box;
    max-width: 100%;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: break-word;
  }

  .heading {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.25em;
    line-height: 1.3;
    color: var(--_text);
  }

  .subheading {
    margin: var(--_space) 0 calc(var(--_space) / 4);
    font-size: 1.05em;
  }

  p {
    margin: 0 0 calc(var(--_space) / 2);
  }

  .footer {
    margin-top: var(--_space);
    padding-top: calc(var(--_space) / 2);
    border-top: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
  }

  .footer p {
    margin: 0;
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }
`;
