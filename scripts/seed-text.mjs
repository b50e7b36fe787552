// The seed article as the content cites it, and the rule for what counts as its own words: the
// packet (scripts/content-review.mjs) and the fidelity test (test/node/content-fidelity.test.mjs)
// both read the seed through this.

/** The seed's paragraphs: its non-empty lines without list bullets, numbered from 1. */
export function seedParagraphs(seedText) {
  return seedText
    .split('\n')
    .map((line) => line.replace(/^\s*•\s*/, '').trim())
    .filter(Boolean);
}

/** Whitespace as one space: the only difference between a text and its seed words that is ignored. */
export const normalise = (text) => text.replace(/\s+/g, ' ').trim();

/** A paragraph's sentences: it breaks after . ! or ? (and a closing quote or bracket) and a space. */
export const sentencesOf = (paragraph) => normalise(paragraph).split(/(?<=[.!?][”’"')\]]*)\s+/);

/** Every run of whole, consecutive sentences of `paragraphs` that lies within the paragraphs `cited`. */
export function seedRuns(paragraphs, cited) {
  const sentences = paragraphs.flatMap((paragraph, index) =>
    sentencesOf(paragraph).map((sentence) => ({ number: index + 1, sentence })),
  );
  const runs = new Set();
  sentences.forEach((_, first) => {
    let run = '';
    for (let last = first; last < sentences.length && cited.includes(sentences[last].number); last += 1) {
      run = run ? `${run} ${sentences[last].sentence}` : sentences[last].sentence;
      runs.add(run);
    }
  });
  return runs;
}
