import { css } from 'lit';
import { linkStyles, noticeStyles } from '../../shared/theme.styles.js';

export const therapyCardStyles = css`
  ${linkStyles}
  ${noticeStyles}

  .subheading {
    margin: var(--_space) 0 calc(var(--_space) / 4);
    font-size: 1.05em;
  }

  ul {
    margin: 0 0 calc(var(--_space) / 2);
    padding-inline-start: 1.25em;
  }

  li + li {
    margin-top: calc(var(--_space) / 4);
  }

  .drug {
    font-weight: 600;
  }

  .example-source {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .examples-provenance {
    color: var(--_muted);
    font-size: 0.875em;
  }

  @media print {
    .subheading {
      break-after: avoid;
    }
  }
`;
