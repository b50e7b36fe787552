// The glossary domain (src/glossary/): how every element picks terms by id, checks host terms,
// finds terms in running text and searches the glossary. Runs on the build: `npm run build` first.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { glossary } from '../../dist/esm/content/glossary.js';
import { builtInIds } from '../../dist/esm/glossary/built-in-ids.js';
import { checkHostTerms } from '../../dist/esm/glossary/host-terms.js';
import { resolveTerms } from '../../dist/esm/glossary/resolve-terms.js';
import { GlossarySearch, indexEntries } from '../../dist/esm/glossary/search-index.js';
import { foldQuery, foldText, foldWithOrigin, splitAtMatches } from '../../dist/esm/glossary/search-text.js';
import { normalizeTermId, splitTermIds } from '../../dist/esm/glossary/term-ids.js';
import { matcherFor, TermMatcher } from '../../dist/esm/glossary/term-matcher.js';

const ids = (entries) => entries.map((entry) => entry.id);
const hostTerm = { id: 'care-team', term: 'Care team', definition: 'The people who look after you.' };

describe('the id rule', () => {
  test('ignores case and outer spaces', () => {
    assert.equal(normalizeTermId('  HER2 '), 'her2');
    assert.equal(normalizeTermId('Her2-Positive'), 'her2-positive');
  });

  test('splits a list on any white space', () => {
    assert.deepEqual(splitTermIds('  HER2 \n\ttki  adc '), ['HER2', 'tki', 'adc']);
    assert.deepEqual(splitTermIds('   '), []);
  });
});

describe('built-in ids', () => {
  test('are the ids of the reviewed glossary', () => {
    assert.deepEqual([...builtInIds], ids(glossary));
    assert.ok(builtInIds.has('her2') && builtInIds.has('tki'));
  });

  test('leave out metastatic breast cancer, which the article uses without defining (NCI’s dictionary has it)', () => {
    assert.ok(!builtInIds.has('mbc'));
    assert.deepEqual(
      glossary.filter((entry) => /metastatic|MBC/i.test(`${entry.term} ${entry.abbreviation ?? ''}`)),
      [],
    );
  });
});

describe('resolveTerms()', () => {
  test('picks terms whatever their case, in the order asked for', () => {
    const selection = resolveTerms({ builtIn: glossary, ids: 'TKI HER2' });
    assert.deepEqual(ids(selection.entries), ['tki', 'her2']);
    assert.deepEqual(selection.unknownIds, []);
  });

  test('reads a list with extra spaces, tabs and line breaks', () => {
    const selection = resolveTerms({ builtIn: glossary, ids: '  her2\n\t tki  ' });
    assert.deepEqual(ids(selection.entries), ['her2', 'tki']);
  });

  test('trims and lower-cases single ids', () => {
    const selection = resolveTerms({ builtIn: glossary, ids: ['  Her2 '] });
    assert.deepEqual(ids(selection.entries), ['her2']);
    assert.deepEqual(selection.unknownIds, []);
  });

  test('shows a repeated id once, however it is written', () => {
    const selection = resolveTerms({ builtIn: glossary, ids: 'her2 HER2 tki Her2 nope NOPE' });
    assert.deepEqual(ids(selection.entries), ['her2', 'tki']);
    assert.deepEqual(selection.unknownIds, ['nope']);
  });

  test('names the unknown ids as the host wrote them, and every valid id', () => {
    const selection = resolveTerms({ builtIn: glossary, hostTerms: [hostTerm], ids: 'her2 Nope x-ray' });
    assert.deepEqual(ids(selection.entries), ['her2']);
    assert.deepEqual(selection.unknownIds, ['Nope', 'x-ray']);
    assert.deepEqual(selection.validIds, [...ids(glossary), 'care-team']);
  });

  test('an empty single id names no term', () => {
    const selection = resolveTerms({ builtIn: glossary, ids: ['  '] });
    assert.deepEqual(selection.entries, []);
    assert.deepEqual(selection.unknownIds, ['']);
  });

  test('a list that names no id wants every term, built-in then host', () => {
    for (const list of [undefined, '', '  \n ', []]) {
      const selection = resolveTerms({ builtIn: glossary, hostTerms: [hostTerm], ids: list });
      assert.deepEqual(ids(selection.entries), [...ids(glossary), 'care-team'], JSON.stringify(list));
      assert.deepEqual(selection.unknownIds, []);
    }
  });

  test('every built-in term and no host term is the built-in list itself, so per-list caches hold', () => {
    assert.equal(resolveTerms({ builtIn: glossary }).entries, glossary);
    assert.equal(resolveTerms({ builtIn: glossary, hostTerms: [] }).entries, glossary);
  });

  test('host terms are picked by id like built-in ones, whatever the case', () => {
    const selection = resolveTerms({ builtIn: glossary, hostTerms: [hostTerm], ids: 'CARE-TEAM her2' });
    assert.deepEqual(ids(selection.entries), ['care-team', 'her2']);
    assert.deepEqual(ids(selection.hostTerms), ['care-team']);
    assert.deepEqual(selection.refusedHostTerms, []);
  });

  test('a host term cannot take a built-in id: the reviewed definition stays', () => {
    const impostor = { id: 'her2', term: 'HER2', definition: 'Not the reviewed text.' };
    const selection = resolveTerms({ builtIn: glossary, hostTerms: [impostor, hostTerm], ids: 'her2' });
    assert.equal(
      selection.entries[0],
      glossary.find((entry) => entry.id === 'her2'),
    );
    assert.deepEqual(selection.refusedHostTerms, [impostor]);
    assert.deepEqual(ids(selection.hostTerms), ['care-team']);
    assert.equal(selection.validIds.filter((id) => id === 'her2').length, 1);
  });

  test('built-in ids stay taken when the built-in terms are a translation', () => {
    const translated = glossary.map((entry) => ({ ...entry, term: `${entry.term} (es)` }));
    const impostor = { id: 'tki', term: 'TKI', definition: 'Not the reviewed text.' };
    const selection = resolveTerms({ builtIn: translated, hostTerms: [impostor], ids: 'Tki' });
    assert.deepEqual(
      selection.entries.map((entry) => entry.term),
      [translated.find((entry) => entry.id === 'tki').term],
    );
    assert.deepEqual(selection.refusedHostTerms, [impostor]);
  });

  test('refused host terms are reported and the rest still shown', () => {
    const bad = { id: 'Bad Id', term: 'Bad', definition: 'D' };
    const selection = resolveTerms({ builtIn: glossary, hostTerms: [bad, hostTerm] });
    assert.deepEqual(selection.refusedHostTerms, [bad]);
    assert.deepEqual(ids(selection.entries).slice(-1), ['care-team']);
  });

  test('host terms that are not a list are refused as a whole, built-in terms still shown', () => {
    const selection = resolveTerms({ builtIn: glossary, hostTerms: hostTerm, ids: 'her2' });
    assert.deepEqual(selection.refusedHostTerms, [hostTerm]);
    assert.deepEqual(ids(selection.entries), ['her2']);
  });
});

describe('checkHostTerms()', () => {
  const taken = new Set(['her2', 'tki']);
  const valid = { id: 'my-term', term: 'My term', definition: 'A definition.' };

  test('accepts nothing and refuses nothing for null or undefined', () => {
    assert.deepEqual(checkHostTerms(undefined, taken), { accepted: [], refused: [] });
    assert.deepEqual(checkHostTerms(null, taken), { accepted: [], refused: [] });
  });

  test('refuses a value that is not an array, as a whole', () => {
    const value = { id: 'x', term: 'X', definition: 'Y' };
    assert.deepEqual(checkHostTerms(value, taken), { accepted: [], refused: [value] });
    assert.deepEqual(checkHostTerms('my-term', taken).refused, ['my-term']);
  });

  test('accepts valid items as frozen copies with only the known fields', () => {
    const item = { ...valid, abbreviation: 'MT', seed: [1], onclick: 'alert(1)' };
    const { accepted, refused } = checkHostTerms([item], taken);
    assert.deepEqual(refused, []);
    assert.deepEqual(accepted, [{ id: 'my-term', term: 'My term', definition: 'A definition.', abbreviation: 'MT' }]);
    assert.notEqual(accepted[0], item);
    assert.ok(Object.isFrozen(accepted[0]));
  });

  test('refuses an id that is already taken, and a repeated id after its first use', () => {
    const duplicate = { ...valid, term: 'Again' };
    const builtIn = { ...valid, id: 'her2' };
    const { accepted, refused } = checkHostTerms([valid, duplicate, builtIn], taken);
    assert.deepEqual(
      accepted.map((entry) => entry.term),
      ['My term'],
    );
    assert.deepEqual(refused, [duplicate, builtIn]);
  });

  test('does not change the set of taken ids', () => {
    checkHostTerms([valid], taken);
    assert.deepEqual([...taken], ['her2', 'tki']);
  });

  test('reads each field once and refuses what throws when read', () => {
    let reads = 0;
    const counted = {
      get id() {
        reads += 1;
        return reads === 1 ? 'counted' : 'Bad Id';
      },
      term: 'Counted',
      definition: 'D',
    };
    const throwing = {
      get id() {
        throw new Error('no');
      },
    };
    const { accepted, refused } = checkHostTerms([counted, throwing], taken);
    assert.deepEqual(ids(accepted), ['counted']);
    assert.deepEqual(refused, [throwing]);
  });

  const refusedItems = [
    ['null', null],
    ['a string', 'my-term'],
    ['a missing definition', { id: 'a', term: 'A' }],
    ['an empty term', { id: 'a', term: '', definition: 'D' }],
    ['a blank definition', { id: 'a', term: 'A', definition: '   ' }],
    ['a number as definition', { id: 'a', term: 'A', definition: 42 }],
    ['an id with spaces and capitals', { id: 'Bad Id', term: 'A', definition: 'D' }],
    ['an id in capitals', { id: 'MY-TERM', term: 'A', definition: 'D' }],
    ['an id starting with a dash', { id: '-a', term: 'A', definition: 'D' }],
    ['an id over 100 characters', { id: 'a'.repeat(101), term: 'A', definition: 'D' }],
    ['a term over 200 characters', { id: 'a', term: 'A'.repeat(201), definition: 'D' }],
    ['a definition over 10,000 characters', { id: 'a', term: 'A', definition: 'D'.repeat(10_001) }],
    ['an abbreviation that is not text', { id: 'a', term: 'A', definition: 'D', abbreviation: 7 }],
  ];
  for (const [label, item] of refusedItems) {
    test(`refuses ${label}, keeping the valid items`, () => {
      const { accepted, refused } = checkHostTerms([item, valid], taken);
      assert.deepEqual(refused, [item]);
      assert.deepEqual(ids(accepted), ['my-term']);
    });
  }
});

describe('TermMatcher', () => {
  const matcher = new TermMatcher(glossary);
  const marked = (text, skip, firstOnly = false) =>
    matcher
      .split(text, skip, firstOnly)
      .filter((segment) => segment.termId)
      .map((segment) => `${segment.termId}:${segment.text}`);

  test('keeps every character of the text, in order', () => {
    const text = 'TKIs and ADCs treat HER2-positive MBC; so do monoclonal antibodies.';
    assert.equal(
      matcher
        .split(text)
        .map((segment) => segment.text)
        .join(''),
      text,
    );
  });

  test('prefers the longest form', () => {
    assert.deepEqual(marked('a tyrosine kinase inhibitor blocks tyrosine kinase'), [
      'tki:tyrosine kinase inhibitor',
      'tyrosine-kinase:tyrosine kinase',
    ]);
    assert.deepEqual(marked('HER2-positive, not just HER2'), ['her2-positive:HER2-positive', 'her2:HER2']);
  });

  test('finds plurals, abbreviations and expansions from the content data', () => {
    assert.deepEqual(marked('TKIs, ADCs, biomarkers, targeted therapies, monoclonal antibodies'), [
      'tki:TKIs',
      'adc:ADCs',
      'biomarker:biomarkers',
      'targeted-therapy:targeted therapies',
      'monoclonal-antibody:monoclonal antibodies',
    ]);
    assert.deepEqual(marked('human epidermal growth factor receptor 2'), [
      'her2:human epidermal growth factor receptor 2',
    ]);
  });

  test('ignores case and treats spaces and hyphens alike', () => {
    assert.deepEqual(marked('her2 positive and Antibody-Drug Conjugates'), [
      'her2-positive:her2 positive',
      'adc:Antibody-Drug Conjugates',
    ]);
  });

  test('matches whole words only', () => {
    assert.deepEqual(marked('HER23 and XHER2 and MBCs and TKIsh'), []);
  });

  test('marks only the first occurrence when asked, and skips given ids', () => {
    const seen = new Set(['tki']);
    assert.deepEqual(marked('HER2 and HER2 with TKIs', seen, true), ['her2:HER2']);
    assert.ok(seen.has('her2'));
  });

  test('finds nothing with no terms', () => {
    assert.deepEqual(new TermMatcher([]).split('HER2'), [{ text: 'HER2' }]);
  });

  test('finds only the terms it was given', () => {
    const { entries } = resolveTerms({ builtIn: glossary, hostTerms: [hostTerm], ids: 'tki care-team' });
    const segments = new TermMatcher(entries).split('HER2 and TKIs, says the care team');
    assert.deepEqual(
      segments.filter((segment) => segment.termId).map((segment) => segment.termId),
      ['tki', 'care-team'],
    );
  });

  test('matcherFor() builds one matcher per list', () => {
    assert.equal(matcherFor(glossary), matcherFor(glossary));
    assert.notEqual(matcherFor([...glossary]), matcherFor(glossary));
  });
});

describe('search text', () => {
  test('folds case, accents and dashes', () => {
    assert.equal(foldText('HÉR2 Café'), 'her2 cafe');
    assert.equal(foldText('Cafe\u0301'), 'cafe');
    assert.equal(foldText('HER2-positive – HER2‑low — x'), 'her2 positive   her2 low   x');
  });

  test('collapses and trims white space in queries', () => {
    assert.equal(foldQuery('  Tyrosine \n  KINASE  '), 'tyrosine kinase');
    assert.equal(foldQuery('   '), '');
  });

  test('a whole text folds as its characters do one by one, Greek final sigma too', () => {
    for (const text of ['ΟΔΟΣ οδος', 'İstanbul', 'Ça‑va – HER2—low', 'e\u0301 😀 ǅ']) {
      assert.equal(foldText(text), foldWithOrigin(text).folded, text);
    }
  });

  test('maps each folded character to its index in the original text', () => {
    assert.deepEqual(foldWithOrigin('e\u0301a'), { folded: 'ea', origin: [0, 2, 3] });
    const { folded, origin } = foldWithOrigin('😀A');
    assert.equal(folded, '😀a');
    assert.equal(origin[folded.indexOf('a')], 2);
  });

  test('splitAtMatches() splits around every match, keeping the original text', () => {
    const pieces = splitAtMatches('Café, CAFE and cafe\u0301!', foldQuery('cafe'));
    assert.deepEqual(pieces, [
      { text: 'Café', matched: true },
      { text: ', ', matched: false },
      { text: 'CAFE', matched: true },
      { text: ' and ', matched: false },
      { text: 'cafe\u0301', matched: true },
      { text: '!', matched: false },
    ]);
    assert.deepEqual(splitAtMatches('Is it HER2-positive?', foldQuery('her2 positive'))[1], {
      text: 'HER2-positive',
      matched: true,
    });
  });

  test('splitAtMatches() gives one unmatched piece without a query or a match', () => {
    assert.deepEqual(splitAtMatches('HER2 status', ''), [{ text: 'HER2 status', matched: false }]);
    assert.deepEqual(splitAtMatches('HER2 status', 'zzz'), [{ text: 'HER2 status', matched: false }]);
    assert.deepEqual(splitAtMatches('', 'her2'), [{ text: '', matched: false }]);
  });
});

describe('search index', () => {
  const entries = [
    { id: 'b', term: 'Zeta', definition: 'Last by term.' },
    { id: 'a', term: 'Éclair', abbreviation: 'ECL', definition: 'A pastry, not a biomarker.' },
    { id: 'c', term: 'alpha', definition: 'First by term, in lower case.' },
  ];

  test('sorts by term in the locale’s order, ignoring case and accents', () => {
    const index = indexEntries(entries, 'en');
    assert.deepEqual(
      index.entries.map((entry) => entry.term),
      ['alpha', 'Éclair', 'Zeta'],
    );
  });

  test('gives the same index for the same list and locale', () => {
    assert.equal(indexEntries(entries, 'en'), indexEntries(entries, 'en'));
    assert.notEqual(indexEntries(entries, 'en'), indexEntries([...entries], 'en'));
  });

  test('finds terms by term, abbreviation or definition, folded', () => {
    const search = new GlossarySearch(indexEntries(entries, 'en'));
    const terms = (query) => search.search(query).map((entry) => entry.term);
    assert.deepEqual(terms('ECLAIR'), ['Éclair']);
    assert.deepEqual(terms('ecl'), ['Éclair']);
    assert.deepEqual(terms('biomarker'), ['Éclair']);
    assert.deepEqual(terms('  LAST  by '), ['Zeta']);
    assert.deepEqual(terms('term'), ['alpha', 'Zeta']);
    assert.deepEqual(terms('nothing like this'), []);
    assert.deepEqual(terms(''), ['alpha', 'Éclair', 'Zeta']);
  });

  test('narrows as the query grows and widens again when it shrinks', () => {
    const search = new GlossarySearch(indexEntries(glossary, 'en'));
    const found = (query) => search.search(query).map((entry) => entry.id);
    assert.ok(found('t').length > found('tyrosine').length);
    assert.deepEqual(found('tyrosine kinase inhibitor'), ['tki']);
    assert.ok(found('tyrosine').includes('tyrosine-kinase'));
    assert.equal(found('').length, glossary.length);
  });

  const manyTerms = (count) =>
    Array.from({ length: count }, (_, i) => ({ id: `t${i}`, term: `Term ${i}`, definition: `Définition ${i}` }));

  test('folds the text of thousands of terms in idle slices, not at once', async () => {
    const index = indexEntries(manyTerms(20_000), 'en');
    assert.equal(index.prepared, false, 'nothing is folded while the terms arrive');
    await new Promise((resolve) => setTimeout(resolve));
    assert.equal(index.prepared, false, 'one slice does not fold 20,000 terms');
    while (!index.prepared) await new Promise((resolve) => setTimeout(resolve));
  });

  test('a search while the index is being prepared finds what a prepared index finds', () => {
    const terms = manyTerms(20_000);
    const early = new GlossarySearch(indexEntries(terms, 'en'));
    assert.equal(indexEntries(terms, 'en').prepared, false);
    assert.deepEqual(
      early.search('DEFINITION 19999').map((entry) => entry.id),
      ['t19999'],
    );
    assert.equal(early.search('définition 1').length, 11_111);
  });
});
