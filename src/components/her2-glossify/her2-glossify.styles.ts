import { noticeStyles } from '../../shared/theme.styles.js';

/* The host's content keeps the host's look: the wrapper adds no box style and no text style
   (the shared :host rules make it a block); only its notice for the page's author is styled. */
export const glossifyStyles = noticeStyles;
