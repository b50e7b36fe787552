import { css } from 'lit';

export const treatmentDecisionsStyles = css`
  .care-notice {
    margin: var(--_space) 0 0;
    padding-inline-start: calc(var(--_space) / 2);
    border-inline-start: 0.2em solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    .care-notice {
      border-color: CanvasText;
    }
  }
`;
