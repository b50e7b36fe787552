// The pre-rendered widgets turned into plain HTML of the page's own: each element's shadow content
// in a <div>, Lit's markers and the scripts left out, and its style sheets scoped to that <div>
// with CSS nesting. A page with it shows the same text, laid out the same, with no widget at all:
// what that much content costs the first paint by itself.
const sheetPattern = /<style data-sheet="([^"]+)">([\s\S]*?)<\/style>/g;
const widgetPattern = /<([a-z0-9]+-[a-z0-9-]+)[^>]*><template shadowroot[^>]*>([\s\S]*?)<\/template><\/\1>/g;
const sheetListPattern = /<her2-styles[^>]*data-sheets="([^"]*)"[^>]*><\/her2-styles>/;

/** `:host` rules as rules of the element that now holds the content. */
const scopedTo = (className, css) =>
  `.${className}{${css.replace(/:host\(([^()]*)\)/g, '&:is($1)').replace(/:host\b/g, '&')}}`;

function sheetText(sheets, name) {
  if (!sheets.has(name)) throw new Error(`No pre-rendered fragment before this one carries the style sheet ${name}`);
  return sheets.get(name);
}

/** Fragments of `PageFragments.renderElement`, in page order → the same fragments as plain HTML, and their CSS. */
export function asPlainHtml(fragments) {
  const sheets = new Map();
  const styles = new Map();
  const html = fragments.map((fragment) => {
    for (const [, name, css] of fragment.matchAll(sheetPattern)) sheets.set(name, css);
    return fragment.replace(/<script[\s\S]*?<\/script>/g, '').replace(widgetPattern, (_, tag, shadowContent) => {
      const sheetList = shadowContent.match(sheetListPattern);
      if (!sheetList) throw new Error(`The pre-rendered <${tag}> names no style sheets in a <her2-styles>`);
      const sheetNames = sheetList[1].split(' ');
      styles.set(tag, scopedTo(tag, sheetNames.map((name) => sheetText(sheets, name)).join('')));
      const content = shadowContent
        .replace(sheetPattern, '')
        .replace(sheetListPattern, '')
        .replace(/<!--[\s\S]*?-->|<\?>/g, '');
      return `<div class="${tag}">${content}</div>`;
    });
  });
  const css = [...styles.values()].join('\n');
  const left = [...html, css].join('').match(/<template|<her2-styles|<!--|<\?>|:host|<script/);
  if (left) throw new Error(`The pre-rendered widgets' markup has changed: "${left[0]}" is left in their plain HTML`);
  return { html, css };
}
