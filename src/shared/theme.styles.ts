import { css } from 'lit';

/*
 * Each public --her2-* token is read once, into a private --_ property on the themed root,
 * with the fallback of the active theme. Component styles use only the private names.
 * Every pair of these defaults meets WCAG AA (test/theming/contrast.test.ts measures them).
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

/* Ink on paper, whatever the theme and the page's colour tokens: dark text on a white card,
   white even when the page's own background is printed. */
const printPalette = css`
  --_text: #000000;
  --_muted: #333333;
  --_surface: #ffffff;
  --_border: #666666;
  --_accent: #000000;
  --_accent-contrast: #ffffff;
  --_focus: #000000;
  --_highlight: transparent;
  color-scheme: light;
`;

/**
 * The text settings of a themed box. Inherited properties cross the shadow boundary, and a page's
 * rules for the element itself (`* { all: unset }`) beat `:host`, so the box sets every inherited
 * text property a host page may have changed (`body { line-height: 5; color: red }`, a centred or
 * upper-case container…). Only the font family inherits, unless --her2-font-family says otherwise.
 * Visibility and pointer-events are left to the page: a page that hides a container hides the widget.
 * Direction is ltr because every locale so far is written left to right.
 */
export const textBaseline = css`
  font-family: var(--her2-font-family, inherit);
  font-style: normal;
  font-weight: 400;
  font-variant: normal;
  font-stretch: normal;
  font-size-adjust: none;
  line-height: 1.5;
  letter-spacing: normal;
  word-spacing: normal;
  text-align: start;
  text-indent: 0;
  text-transform: none;
  text-shadow: none;
  white-space: normal;
  word-break: normal;
  overflow-wrap: break-word;
  hyphens: manual;
  direction: ltr;
  writing-mode: horizontal-tb;
  cursor: auto;
  color: var(--_text);
`;

export const themeStyles = css`
  :host {
    display: block;
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

  :focus-visible {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }

  /* On paper: ink colours, and no focus ring, which only works on screen. */
  @media print {
    .themed.theme-light,
    .themed.theme-dark,
    .themed.theme-auto {
      ${printPalette}
    }
    :focus-visible {
      outline: none;
    }
  }
`;

/** The message about a value the element could not use, for the page's author. */
export const noticeStyles = css`
  .notice {
    margin: 0 0 calc(var(--_space) / 2);
    padding: calc(var(--_space) / 2);
    border-inline-start: 0.3em solid var(--_accent);
    background: var(--_surface);
    color: var(--_text);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .notice {
      border: 1px solid CanvasText;
    }
  }
`;

/** Links out of the widget, with the words for screen readers that say a link opens a new tab. */
export const linkStyles = css`
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
  }

  /* Sources print with their addresses. */
  @media print {
    a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;

/**
 * The block layout shared by every element that renders as a card. Links and notices are styled
 * by the elements that show them, with `linkStyles` and `noticeStyles`.
 */
export const cardStyles = css`
  .card {
    ${textBaseline}
    font-size: var(--her2-font-size, 1em);
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .heading {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
    color: var(--_text);
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

  .care-notice {
    margin: var(--_space) 0 0;
    padding-inline-start: calc(var(--_space) / 2);
    border-inline-start: 0.2em solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* Calm: the footer's own size and colour, marked only by a bar at its start. */
  .footer .review-notice {
    margin: 0 0 calc(var(--_space) / 4);
    padding-inline-start: calc(var(--_space) / 2);
    border-inline-start: 0.2em solid var(--_accent);
    color: var(--_text);
  }

  @media (forced-colors: active) {
    .card,
    .footer,
    .care-notice,
    .footer .review-notice {
      border-color: CanvasText;
    }
  }

  @media print {
    .heading {
      break-after: avoid;
    }
    li {
      break-inside: avoid;
    }
  }
`;
