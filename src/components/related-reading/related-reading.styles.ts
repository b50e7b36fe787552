import { css } from 'lit';
import { linkStyles, noticeStyles } from '../../shared/theme.styles.js';

export const relatedReadingStyles = css`
  ${linkStyles}
  ${noticeStyles}

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  li + li {
    margin-top: calc(var(--_space) / 2);
    padding-top: calc(var(--_space) / 2);
    border-top: 1px solid var(--_border);
  }

  .title {
    margin: 0 0 calc(var(--_space) / 4);
    font-weight: 600;
  }

  .summary {
    margin: 0;
  }

  @media (forced-colors: active) {
    li + li {
      border-color: CanvasText;
    }
  }
`;
