import { css } from 'lit';
import { textBaseline } from '../../shared/theme.styles.js';

export const glossaryTermStyles = css`
  :host {
    display: inline;
  }

  /* The term keeps the colour of the host's paragraph; only the definition box is themed. */
  .root {
    position: relative;
    display: inline-block;
    color: inherit;
  }

  .term {
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: inherit;
    text-decoration: underline dotted;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  .term[aria-expanded='true'] {
    text-decoration-style: solid;
  }

  .popover {
    position: absolute;
    z-index: 10;
    top: 100%;
    /* Physical, like the margin-left that shifts it into the viewport. */
    left: 0;
    box-sizing: border-box;
    /* The close button is a grid cell, not absolutely placed: an absolutely placed child of the
       shifted box kept stretching the page's scroll width in Chromium. */
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    column-gap: 0.5em;
    align-items: start;
    width: max-content;
    max-width: min(24em, calc(100vw - 1em));
    margin-top: 0.25em;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 0.25em 0.75em rgb(0 0 0 / 0.2);
    /* The term follows the host's sentence; the definition box is the widget's own. */
    ${textBaseline}
    font-size: calc(var(--her2-font-size, 1em) * 0.95);
    animation: her2-term-fade 120ms ease-out;
  }

  .popover:not(.open) {
    display: none;
  }

  .name {
    display: block;
    grid-column: 1;
    margin-bottom: 0.25em;
    font-weight: 700;
  }

  .definition {
    display: block;
    grid-column: 1;
  }

  .origin {
    display: block;
    grid-column: 1;
    margin-top: 0.25em;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .close {
    grid-column: 2;
    grid-row: 1 / span 2;
    margin-block-start: calc(0.35em - var(--_space) * 0.75);
    margin-inline-end: calc(0.35em - var(--_space) * 0.75);
    display: grid;
    place-items: center;
    width: 1.75em;
    height: 1.75em;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: var(--_text);
    font: inherit;
    line-height: 1;
    cursor: pointer;
  }

  .close:hover {
    border-color: var(--_border);
  }

  @keyframes her2-term-fade {
    from {
      opacity: 0;
    }
  }

  @media (forced-colors: active) {
    /* The term keeps its place in the sentence but reads as a control, not as a button box. */
    .term {
      forced-color-adjust: none;
      color: LinkText;
    }
    .popover {
      border-color: CanvasText;
    }
    .close {
      border-color: ButtonText;
    }
  }

  /* On paper the definition follows the term in brackets, open or not. */
  @media print {
    .root {
      display: inline;
    }
    .term {
      text-decoration: none;
    }
    .popover,
    .popover:not(.open) {
      position: static;
      display: inline;
      width: auto;
      max-width: none;
      margin: 0 !important;
      padding: 0;
      border: 0;
      background: none;
      box-shadow: none;
      color: inherit;
      font: inherit;
      animation: none;
    }
    .popover::before {
      content: ' (';
    }
    .popover::after {
      content: ')';
    }
    .name,
    .close {
      display: none;
    }
    .definition,
    .origin {
      display: inline;
    }
    .origin::before {
      content: ' — ';
    }
  }
`;
