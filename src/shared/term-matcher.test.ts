import { expect } from '@open-wc/testing';
import { glossary } from '../content/glossary.js';
import { TermMatcher } from './term-matcher.js';

const matcher = new TermMatcher(glossary);

function marked(text: string, skip?: Set<string>, firstOnly = false): string[] {
  return matcher
    .split(text, skip, firstOnly)
    .filter((segment) => segment.termId)
    .map((segment) => `${segment.termId}:${segment.text}`);
}

describe('TermMatcher', () => {
  it('keeps every character of the text, in order', () => {
    const text = 'TKIs and ADCs treat HER2-positive MBC; so do monoclonal antibodies.';
    expect(
      matcher
        .split(text)
        .map((segment) => segment.text)
        .join(''),
    ).to.equal(text);
  });

  it('prefers the longest form', () => {
    expect(marked('a tyrosine kinase inhibitor blocks tyrosine kinase')).to.deep.equal([
      'tki:tyrosine kinase inhibitor',
      'tyrosine-kinase:tyrosine kinase',
    ]);
    expect(marked('HER2-positive, not just HER2')).to.deep.equal(['her2-positive:HER2-positive', 'her2:HER2']);
  });

  it('finds plurals, abbreviations and expansions from the content data', () => {
    expect(marked('TKIs, ADCs, biomarkers, targeted therapies, monoclonal antibodies')).to.deep.equal([
      'tki:TKIs',
      'adc:ADCs',
      'biomarker:biomarkers',
      'targeted-therapy:targeted therapies',
      'monoclonal-antibody:monoclonal antibodies',
    ]);
    expect(marked('human epidermal growth factor receptor 2')).to.deep.equal([
      'her2:human epidermal growth factor receptor 2',
    ]);
  });

  it('ignores case and treats spaces and hyphens alike', () => {
    expect(marked('her2 positive and Antibody-Drug Conjugates')).to.deep.equal([
      'her2-positive:her2 positive',
      'adc:Antibody-Drug Conjugates',
    ]);
  });

  it('matches whole words only', () => {
    expect(marked('HER23 and XHER2 and MBCs and TKIsh')).to.deep.equal([]);
  });

  it('marks only the first occurrence when asked, and skips given ids', () => {
    const seen = new Set(['mbc']);
    expect(marked('HER2 and HER2 in MBC', seen, true)).to.deep.equal(['her2:HER2']);
    expect(seen.has('her2')).to.equal(true);
  });

  it('finds nothing with no terms', () => {
    expect(new TermMatcher([]).split('HER2')).to.deep.equal([{ text: 'HER2' }]);
  });
});
