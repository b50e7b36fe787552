import { css } from 'lit';
import { linkStyles, noticeStyles } from '../../shared/theme.styles.js';

export const glossaryStyles = css`
  ${linkStyles}
  ${noticeStyles}

  /* Where the search matches. */
  mark {
    background: var(--_highlight);
    color: inherit;
  }

  .search {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 4);
    margin-bottom: calc(var(--_space) / 2);
  }

  label {
    font-weight: 600;
  }

  input {
    box-sizing: border-box;
    width: 100%;
    max-width: 30em;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  .count,
  .empty {
    color: var(--_muted);
  }

  dl {
    margin: 0;
  }

  .entry {
    padding: calc(var(--_space) / 2) 0;
    border-top: 1px solid var(--_border);
  }

  dt {
    font-weight: 700;
  }

  dd {
    margin: calc(var(--_space) / 4) 0 0;
  }

  button {
    margin-top: calc(var(--_space) / 2);
    padding: 0.4em 0.9em;
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font: inherit;
    cursor: pointer;
  }

  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    button,
    input {
      border-color: ButtonText;
    }
    .entry {
      border-color: CanvasText;
    }
  }

  @media print {
    .search,
    .count,
    button {
      display: none;
    }
    .entry {
      break-inside: avoid;
    }
  }
`;
