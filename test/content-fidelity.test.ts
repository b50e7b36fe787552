// The exact rule that each text is the seed's sentences or a recorded light edit of them is
// test/node/content-fidelity.test.mjs; here, what needs the content in a browser.
import { expect, fixture, html } from '@open-wc/testing';
import { seedParagraphs } from './support/content.js';
import { settle } from './support/settle.js';
import { visibleText } from './support/text.js';
import * as content from '../src/content/index.js';

/** The seed paragraphs every item of the content tree cites. */
function citations(node: unknown, found: number[] = []): number[] {
  if (!node || typeof node !== 'object') return found;
  const record = node as Record<string, unknown>;
  if (Array.isArray(record.seed)) found.push(...(record.seed as number[]));
  for (const value of Object.values(record)) citations(value, found);
  return found;
}

describe('content fidelity to the reviewed article', () => {
  let paragraphs: string[];

  before(async () => {
    paragraphs = await seedParagraphs();
  });

  it('cites only paragraphs that exist in the seed', () => {
    const cited = citations(content);
    expect(Math.min(...cited)).to.be.at.least(1);
    expect(Math.max(...cited)).to.be.at.most(paragraphs.length);
  });

  it('keeps the review date as data', () => {
    const { month, year, seed } = content.articleMeta.reviewed;
    expect(paragraphs[seed[0] - 1]).to.equal(
      `Medically reviewed in ${new Date(year, month - 1).toLocaleString('en-US', { month: 'long', year: 'numeric' })}`,
    );
  });

  it('lists the 14 sources in the seed order, word for word', () => {
    const first = paragraphs.findIndex((line) => line.startsWith('Sources:'));
    const seedSources = paragraphs.slice(first, first + 14).map((line) => line.replace(/^Sources:\s*/, ''));
    const shown = content.sources.map((source) =>
      source.publisher ? `${source.publisher}. "${source.title}"` : `"${source.title}"`,
    );
    expect(shown).to.deep.equal(seedSources);
    expect(content.articleMeta.sourceCount).to.equal(content.sources.length);
  });

  it('lists the five featured items in the seed order', () => {
    const first = paragraphs.indexOf('Featured Content');
    const seedItems = paragraphs.slice(first + 1);
    const shown = content.relatedReading.flatMap((item) => [item.title.text, item.summary.text]);
    expect(shown).to.deep.equal(seedItems);
  });

  it('defines every term the article explains', () => {
    const terms = content.glossary.map((entry) =>
      entry.abbreviation ? `${entry.term} (${entry.abbreviation})` : entry.term,
    );
    // The article uses "metastatic breast cancer (MBC)" without explaining it, so it has no entry.
    expect(terms).to.include.members([
      'HER2',
      'HER2-positive',
      'cancer biomarker',
      'targeted therapy',
      'monoclonal antibody',
      'antibody drug conjugate (ADC)',
      'topoisomerase inhibitor',
      'tyrosine kinase',
      'tyrosine kinase inhibitor (TKI)',
    ]);
  });
});

describe('verified facts beyond the seed', () => {
  let verified: string;

  before(async () => {
    verified = await (await fetch('/test/fixtures/drug-examples.md')).text();
  });

  function allStrings(node: unknown, key: string, found: string[] = []): string[] {
    if (!node || typeof node !== 'object') return found;
    for (const [name, value] of Object.entries(node)) {
      if (name === key && typeof value === 'string') found.push(value);
      else allStrings(value, key, found);
    }
    return found;
  }

  it('links only URLs that the verified list names', () => {
    const urls = allStrings(content, 'url');
    expect(urls.length).to.be.greaterThan(0);
    for (const url of urls) expect(verified, url).to.contain(url);
    for (const url of Object.values(content.moreTermsLinks)) expect(verified, url).to.contain(url);
  });

  it('names only verified drugs and brands, each with a source', () => {
    for (const type of content.therapyTypes) {
      for (const drug of content.drugExamples[type]) {
        expect(verified, drug.genericName).to.contain(drug.genericName);
        for (const brand of [...drug.brandNames, ...(drug.biosimilars ?? [])]) {
          expect(verified, brand).to.contain(brand);
        }
        expect(drug.sources.length, drug.genericName).to.be.greaterThan(0);
      }
    }
  });

  it('freezes the content so no page can change it', () => {
    expect(Object.isFrozen(content.therapies.adc.whatItIs)).to.equal(true);
    expect(Object.isFrozen(content.glossary)).to.equal(true);
    expect(Object.isFrozen(content.drugExamples.tki[0].brandNames)).to.equal(true);
  });
});

describe('<her2-article> alone shows every seed paragraph', () => {
  const plainQuotes = (text: string) => text.replace(/[“”‘’]/g, '"');

  it('has every sentence of the seed, as a reader sees it', async () => {
    await import('../src/define/her2-article.js');
    const el = await fixture<HTMLElement>(html`<her2-article></her2-article>`);
    await settle(el);
    const shown = plainQuotes(visibleText(el));
    const missing: string[] = [];
    (await seedParagraphs()).forEach((paragraph, index) => {
      // The first source shares its line with the list's heading, shown as "Sources".
      const sentences = plainQuotes(paragraph.replace(/^Sources:\s*/, '')).match(/[^.?!]+(?:[.?!]+"?|$)/g) ?? [];
      for (const sentence of sentences.map((piece) => piece.trim()).filter(Boolean)) {
        if (!shown.includes(sentence)) missing.push(`¶${index + 1}: ${sentence}`);
      }
    });
    expect(missing, missing.join('\n')).to.deep.equal([]);
  });
});
