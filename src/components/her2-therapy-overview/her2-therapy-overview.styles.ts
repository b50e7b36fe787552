import { css } from 'lit';

export const therapyOverviewStyles = css`
  /* One column on a phone, up to three side by side; min(100%, …) keeps a 320px screen from scrolling sideways. */
  .therapies {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: var(--_space);
    margin: 0 0 var(--_space);
  }

  /* The overview's text is already at --her2-font-size; the cards must not apply it again. */
  her2-therapy-card {
    min-width: 0;
    --her2-font-size: initial;
  }

  her2-therapy-card::part(card) {
    height: 100%;
  }
`;
