/** The article's own text, and stand-ins for translations of the content. */

/** The seed article's paragraphs: its non-empty lines, numbered from 1 as content items cite them. */
export async function seedParagraphs(): Promise<string[]> {
  const text = await (await fetch('/test/fixtures/seed-article.txt')).text();
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*•\s*/, '').trim())
    .filter(Boolean);
}

/** Every text of `english` replaced by `translate(text)`: a stand-in for a reviewed translation. */
export function translatedCopy(english: unknown, translate: (text: string) => string): unknown {
  if (typeof english === 'string') return translate(english);
  if (Array.isArray(english)) return english.map((item) => translatedCopy(item, translate));
  if (english && typeof english === 'object') {
    return Object.fromEntries(Object.entries(english).map(([key, value]) => [key, translatedCopy(value, translate)]));
  }
  return english;
}
