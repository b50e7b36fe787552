// `import type {} from 'her2-widgets/jsx/preact'` once, and Preact's JSX knows every tag:
// <her2-therapy-card type="adc" /> type-checks, <her2-therapy-card type="xyz" /> does not.
import type { JSX } from 'preact';
import type { Her2ElementTagNameMap, Her2IntrinsicElements } from './elements.js';

export type Her2PreactElements = {
  [Tag in keyof Her2IntrinsicElements]: JSX.HTMLAttributes<Her2ElementTagNameMap[Tag]> & Her2IntrinsicElements[Tag];
};

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends Her2PreactElements {}
  }
}
