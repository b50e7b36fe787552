import { css } from 'lit';

/**
 * The pictures: strokes in the text colour so they read in black and white, fills tinted from
 * the accent, labels with a halo of the surface colour. Only private --_ tokens, so the theme
 * and the host's --her2-* tokens apply.
 */
export const diagramStyles = css`
  .diagram {
    --_tint: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
    --_fill: color-mix(in srgb, var(--_accent) 40%, var(--_surface));
    margin: 0 0 var(--_space);
  }

  .diagram svg {
    display: block;
    box-sizing: border-box;
    width: 100%;
    max-width: 22em;
    height: auto;
    font-size: 14px;
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .diagram text {
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 4;
    paint-order: stroke;
  }

  .diagram figcaption {
    max-width: 22em;
    margin-top: calc(var(--_space) / 4);
    color: var(--_muted);
    font-size: 0.875em;
  }

  .cell {
    fill: var(--_tint);
  }

  .her2 rect,
  .kinase {
    fill: var(--_fill);
  }

  .hormone,
  .drug {
    fill: var(--_text);
  }

  .antibody {
    stroke: var(--_accent);
    stroke-width: 4;
  }

  .tki {
    fill: var(--_accent);
  }

  .arrow,
  .gone {
    stroke-dasharray: 3 4;
  }

  .block {
    stroke-width: 3;
  }

  .leader {
    stroke: var(--_muted);
    stroke-width: 1;
  }

  @media (forced-colors: active) {
    .diagram svg {
      forced-color-adjust: none;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_accent: Highlight;
      --_tint: Canvas;
      --_fill: Canvas;
    }
  }
`;
