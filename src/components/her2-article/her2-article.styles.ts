import { css } from 'lit';

export const articleStyles = css`
  .title {
    font-size: 1.6em;
  }

  .subtitle {
    font-size: 1.1em;
    color: var(--_muted);
  }

  .reviewed {
    color: var(--_muted);
    font-size: 0.9em;
  }

  section {
    margin-top: calc(var(--_space) * 1.5);
  }

  ul {
    padding-inline-start: 1.25em;
  }

  li + li {
    margin-top: calc(var(--_space) / 2);
  }

  .care-notice {
    padding: calc(var(--_space) / 2);
    border-inline-start: 0.3em solid var(--_border);
    color: var(--_muted);
  }

  .nested {
    display: block;
    margin-top: calc(var(--_space) * 1.5);
  }

  /* The article's text is already at --her2-font-size; nested elements must not apply it again. */
  .nested,
  glossary-term {
    --her2-font-size: initial;
  }

  .nested::part(card) {
    padding: 0;
    border: none;
    background: transparent;
  }

  @media (forced-colors: active) {
    .care-notice {
      border-color: CanvasText;
    }
  }
`;
