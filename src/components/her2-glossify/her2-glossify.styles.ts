import { css } from 'lit';

/* The host's content keeps the host's look: the wrapper adds no box style and no text style. */
export const glossifyStyles = css`
  :host {
    display: block;
    font-family: inherit;
    font-size: inherit;
    line-height: inherit;
    text-align: inherit;
  }

  :host([hidden]) {
    display: none;
  }
`;
