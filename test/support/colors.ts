/**
 * Colours as the browser computes them: WCAG 2.x contrast arithmetic, the backdrop behind a node,
 * and forced colours (Windows high contrast), which no test browser can switch on.
 */
import { flatParent, styleOf } from './dom.js';

export type Rgba = readonly [number, number, number, number];

/** A computed colour, `rgb(…)`, `rgba(…)` or `color(srgb …)`, as 0–255 channels and an alpha. */
export function parseColor(value: string): Rgba {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(value);
  if (srgb) return [+srgb[1] * 255, +srgb[2] * 255, +srgb[3] * 255, srgb[4] === undefined ? 1 : +srgb[4]];
  const match = value.match(/^rgba?\(([^)]+)\)$/);
  if (!match) throw new Error(`not an rgb() colour: ${value}`);
  const parts = match[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [parts[0], parts[1], parts[2], parts[3] ?? 1];
}

/** `top` painted over the opaque colour `bottom`. */
export function blend(top: Rgba, bottom: Rgba): Rgba {
  const alpha = top[3];
  return [0, 1, 2].map((index) => top[index] * alpha + bottom[index] * (1 - alpha)).concat(1) as unknown as Rgba;
}

export function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The opaque colour behind `node`: its own background and its ancestors', painted in order. */
export function backdropOf(node: Element): Rgba {
  const layers: Rgba[] = [];
  for (let current: Element | null = node; current; current = flatParent(current)) {
    const background = parseColor(styleOf(current).backgroundColor);
    if (background[3] > 0) layers.push(background);
    if (background[3] === 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => blend(layer, below), [255, 255, 255, 1]);
}

/**
 * Applies the `@media (forced-colors: active)` rules of `el`'s shadow root without their
 * condition, as Windows high contrast would (no test browser can switch forced colours on).
 * Returns how many rules it applied.
 */
export function applyForcedColors(el: Element): number {
  const root = el.shadowRoot;
  if (!root) throw new Error(`<${el.localName}> has no shadow root`);
  const rules = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter(
      (rule): rule is CSSMediaRule =>
        rule instanceof CSSMediaRule && /forced-colors:\s*active/.test(rule.conditionText),
    )
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return rules.length;
}

/** A CSS colour (a system colour such as `CanvasText`) as the browser computes it: `rgb(…)`. */
export function systemColor(color: string): string {
  const probe = document.body.appendChild(document.createElement('span'));
  probe.style.color = color;
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return computed;
}
