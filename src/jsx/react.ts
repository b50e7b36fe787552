// `import type {} from 'her2-widgets/jsx/react'` once, and React 19's JSX knows every tag:
// <her2-therapy-card type="adc" /> type-checks, <her2-therapy-card type="xyz" /> does not.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { Her2ElementTagNameMap, Her2IntrinsicElements } from './elements.js';

export type Her2ReactElements = {
  [Tag in keyof Her2IntrinsicElements]: DetailedHTMLProps<
    HTMLAttributes<Her2ElementTagNameMap[Tag]>,
    Her2ElementTagNameMap[Tag]
  > &
    Her2IntrinsicElements[Tag];
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends Her2ReactElements {}
  }
}
