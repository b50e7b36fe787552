import { css } from 'lit';
import { linkStyles, noticeStyles } from '../../shared/theme.styles.js';

export const sourceListStyles = css`
  ${linkStyles}
  ${noticeStyles}

  ol {
    margin: 0;
    padding-inline-start: 2em;
  }

  li + li {
    margin-top: calc(var(--_space) / 4);
  }

  summary {
    cursor: pointer;
    font-weight: 700;
    font-size: 1.1em;
  }

  details[open] summary {
    margin-bottom: calc(var(--_space) / 2);
  }

  /* On paper a collapsed list prints open, under its summary as a plain heading. */
  @media print {
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
    summary {
      margin-bottom: calc(var(--_space) / 2);
      list-style: none;
    }
    summary::-webkit-details-marker {
      display: none;
    }
  }
`;
