import { css } from 'lit';

export const glossaryTermStyles = css`
  :host {
    display: inline;
    line-height: inherit;
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
    line-height: inherit;
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
    inset-inline-start: 0;
    box-sizing: border-box;
    display: block;
    width: max-content;
    max-width: min(24em, calc(100vw - 1em));
    margin-top: 0.25em;
    padding: calc(var(--_space) * 0.75);
    padding-inline-end: 2.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 0.25em 0.75em rgb(0 0 0 / 0.2);
    font-size: 0.95em;
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    text-align: start;
    white-space: normal;
    overflow-wrap: break-word;
    animation: her2-term-fade 120ms ease-out;
  }

  .popover:not(.open) {
    display: none;
  }

  .name {
    display: block;
    margin-bottom: 0.25em;
    font-weight: 700;
  }

  .definition {
    display: block;
  }

  .close {
    position: absolute;
    top: 0.35em;
    inset-inline-end: 0.35em;
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
    font-size: 1em;
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

  @media (prefers-reduced-motion: reduce) {
    .popover {
      animation: none;
    }
  }

  @media (forced-colors: active) {
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
      margin: 0;
      padding: 0;
      border: 0;
      background: none;
      box-shadow: none;
      color: inherit;
      font-size: inherit;
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
    .definition {
      display: inline;
    }
  }
`;
