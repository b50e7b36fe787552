import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/all.js';
import { glossary } from '../content/glossary.js';
import { drugExamples } from '../content/drug-examples.js';
import { therapyDiagrams } from '../content/therapy-diagrams.js';
import { combinationTherapy, targetedTherapyUse, therapies } from '../content/therapies.js';
import { registerContentPack, type ContentPack } from './content-packs.js';
import { msg, renderInLocale, supportedLocale } from './i18n.js';
import { expectAccessible } from '../../test/support/axe.js';
import { captureWarnings } from '../../test/support/console.js';
import { translatedCopy } from '../../test/support/content.js';
import { normalize, shadowQuery, shadowQueryAll, shadowText } from '../../test/support/dom.js';
import { fixtureWrapped } from '../../test/support/fixtures.js';
import { typeInGlossary } from '../../test/support/glossary-input.js';

const marked = (text: string) => `ES ${text}`;

function testPack(content: Record<string, unknown>): ContentPack {
  return { locale: 'es', reviewer: 'Dra. Ana Prueba', reviewed: { year: 2025, month: 3 }, content };
}

const cardContent = { therapies, targetedTherapyUse, combinationTherapy, drugExamples, therapyDiagrams };
const completeCardPack = () =>
  testPack(
    Object.fromEntries(Object.entries(cardContent).map(([name, value]) => [name, translatedCopy(value, marked)])),
  );

function forgetPacks(): void {
  const page = globalThis as unknown as Record<symbol, { packs: Map<string, unknown> } | undefined>;
  page[Symbol.for('her2-widgets.content-packs')]?.packs.clear();
}

/** The review is past its next date (May 2025) on every day these tests run. */
const overdueEs = 'Esta información debe revisarse: su próxima revisión estaba prevista para mayo de 2025. ';

function footerText(el: Element): string {
  return shadowText(el, '[part="footer"]');
}

describe('supportedLocale() with Spanish', () => {
  for (const [tag, locale] of [
    ['es', 'es'],
    ['es-MX', 'es'],
    ['ES_us', 'es'],
    ['fr', 'en'],
  ]) {
    it(`${tag} → ${locale}`, () => expect(supportedLocale(tag)).to.equal(locale));
  }
});

describe('the locale scope of UI strings', () => {
  it("msg() outside an element's locale scope throws here, instead of silently answering in English", () => {
    expect(() => msg('Sources')).to.throw(/outside renderInLocale/);
  });

  it('msg() inside a scope answers in that locale', () => {
    expect(renderInLocale('en', () => msg('Sources'))).to.equal('Sources');
  });
});

describe('UI strings in Spanish', () => {
  const warnings = captureWarnings();

  it('follow the element’s own lang: headings, footer and date in Spanish, medical text in English', async () => {
    const el = await fixture(html`<her2-therapy-card type="adc" lang="es"></her2-therapy-card>`);
    const subheadings = shadowQueryAll(el, '.subheading').map((node) => normalize(node.textContent));
    expect(subheadings).to.deep.equal(['Qué es', 'Cómo funciona', 'Cuándo se usa', 'Ejemplos']);
    expect(footerText(el)).to.equal(
      `${overdueEs}Revisión médica: mayo de 2022 · Próxima revisión: mayo de 2025 · 14 fuentes`,
    );
    expect(shadowText(el, '.body p')).to.equal(therapies.adc.whatItIs.text);
    // The medical text is marked English, the Spanish UI strings around it Spanish.
    expect(shadowQuery(el, '[part="card"]')?.getAttribute('lang')).to.equal('en');
    expect(shadowQuery(el, '.subheading span')?.getAttribute('lang')).to.equal('es');
    expect(shadowQuery(el, '[part="footer"]')?.getAttribute('lang')).to.equal('es');
  });

  it('follow the nearest ancestor’s lang, region subtags included', async () => {
    const el = await fixtureWrapped('source-list', html`<div lang="es-MX"><source-list></source-list></div>`);
    expect(shadowText(el, 'h3')).to.equal('Fuentes');
  });

  it('are per element: English and Spanish widgets side by side', async () => {
    const english = await fixture(html`<treatment-decisions lang="en"></treatment-decisions>`);
    const spanish = await fixture(html`<treatment-decisions lang="es"></treatment-decisions>`);
    expect(shadowText(english, '.care-notice')).to.equal(
      'This information does not replace advice from your care team.',
    );
    expect(shadowText(spanish, '.care-notice')).to.equal(
      'Esta información no reemplaza los consejos de su equipo de atención médica.',
    );
  });

  it('change when lang changes', async () => {
    const el = await fixture<HTMLElement>(html`<source-list></source-list>`);
    expect(shadowText(el, 'h3')).to.equal('Sources');
    el.setAttribute('lang', 'es');
    await elementUpdated(el);
    expect(shadowText(el, 'h3')).to.equal('Fuentes');
  });

  it('change when an ancestor’s lang changes, as a site’s language switch does', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en"><section><source-list></source-list></section></div>`,
    );
    const el = wrapper.querySelector('source-list')!;
    await elementUpdated(el);
    expect(shadowText(el, 'h3')).to.equal('Sources');
    wrapper.setAttribute('lang', 'es');
    await waitUntil(() => shadowText(el, 'h3') === 'Fuentes', 'the list did not follow its ancestor');
    wrapper.removeAttribute('lang');
    await waitUntil(() => shadowText(el, 'h3') === 'Sources', 'the list did not follow the page again');
  });

  it('follow <html lang>, nested widgets of the article included', async () => {
    const page = document.documentElement;
    const pageLang = page.getAttribute('lang');
    const el = await fixture<HTMLElement>(html`<her2-article></her2-article>`);
    try {
      page.setAttribute('lang', 'es');
      const sources = () => el.shadowRoot!.querySelector('source-list')!;
      await waitUntil(() => shadowText(sources(), 'h3, h4') === 'Fuentes', 'the nested list stayed English');
      expect(shadowText(el, '.care-notice')).to.equal(
        'Esta información no reemplaza los consejos de su equipo de atención médica.',
      );
    } finally {
      if (pageLang === null) page.removeAttribute('lang');
      else page.setAttribute('lang', pageLang);
    }
  });

  it('cover the glossary’s search, its live count and its empty result', async () => {
    const el = await fixture<HTMLElement>(html`<biomarker-glossary lang="es"></biomarker-glossary>`);
    expect(shadowText(el, 'label')).to.equal('Buscar en el glosario');
    expect(shadowQuery<HTMLInputElement>(el, 'input')?.placeholder).to.equal('Escriba una palabra, por ejemplo, HER2');
    expect(shadowText(el, '.count')).to.equal(`${glossary.length} términos`);
    await typeInGlossary(el, 'zzzz');
    expect(shadowText(el, '.count')).to.equal('0 términos coinciden con «zzzz»');
    expect(shadowText(el, '.empty')).to.equal(
      'Ningún término coincide con «zzzz». Pruebe con una palabra más corta o distinta.',
    );
  });

  it('cover invalid-input notices, while the console warning stays English for the developer', async () => {
    const el = await fixture(html`<her2-therapy-card type="xyz" lang="es"></her2-therapy-card>`);
    expect(shadowText(el, '[part="notice"]')).to.equal(
      'Valor de type desconocido: «xyz». Use uno de estos: mab, adc, tki.',
    );
    expect(warnings.messages.join('\n')).to.contain('Valid values: mab, adc, tki.');
  });

  it('are accessible in Spanish', async () => {
    const card = await fixtureWrapped(
      'her2-therapy-card',
      html`<div lang="es"><her2-therapy-card type="mab"></her2-therapy-card></div>`,
    );
    const list = await fixtureWrapped(
      'biomarker-glossary',
      html`<div lang="es"><biomarker-glossary></biomarker-glossary></div>`,
    );
    await expect(card).to.be.accessible();
    await expect(list).to.be.accessible();
  });
});

describe('content packs', () => {
  const warnings = captureWarnings();
  afterEach(forgetPacks);

  it('show the host’s reviewed translation, with its reviewer and review date in the footer', async () => {
    expect(registerContentPack(completeCardPack())).to.deep.equal({ locale: 'es', problems: [] });
    const el = await fixture(html`<her2-therapy-card type="adc" lang="es"></her2-therapy-card>`);
    expect(shadowText(el, '[part="heading"]')).to.equal(
      `${marked(therapies.adc.name)} (${marked(therapies.adc.abbreviation!)})`,
    );
    expect(shadowText(el, '.body p')).to.equal(marked(therapies.adc.whatItIs.text));
    expect(shadowText(el, 'figcaption')).to.equal(marked(therapyDiagrams.adc.caption.text));
    expect(shadowQuery(el, '[part="card"]')?.getAttribute('lang')).to.equal('es');
    expect(footerText(el)).to.equal(
      `${overdueEs}Traducción revisada por Dra. Ana Prueba, marzo de 2025 · Texto original con revisión médica: mayo de 2022 · Próxima revisión: mayo de 2025 · 14 fuentes`,
    );
    await expectAccessible(el);
  });

  it('leave English pages and other languages as they were', async () => {
    registerContentPack(completeCardPack());
    const el = await fixture(html`<her2-therapy-card type="adc"></her2-therapy-card>`);
    expect(shadowText(el, '.body p')).to.equal(therapies.adc.whatItIs.text);
    expect(footerText(el)).to.equal(
      'This information is due for review: its next review was due May 2025. Medically reviewed May 2022 · Next review due May 2025 · 14 sources',
    );
  });

  it('keep ids, links and seed references from the reviewed English', async () => {
    registerContentPack(completeCardPack());
    const el = await fixture(html`<her2-therapy-card type="mab" lang="es"></her2-therapy-card>`);
    const hrefs = shadowQueryAll<HTMLAnchorElement>(el, 'a[part="link"]').map((link) => link.href);
    const english = drugExamples.mab.flatMap((example) => [
      example.url,
      ...example.sources.map((source) => source.url),
    ]);
    expect(hrefs).to.deep.equal(english.filter(Boolean));
  });

  it('need no translation of the light-edit records, which no element shows', async () => {
    const withoutEdits = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value, (key, item: unknown) => (key === 'edit' ? undefined : item)));
    const pack = completeCardPack();
    registerContentPack({ ...pack, content: withoutEdits(pack.content) as ContentPack['content'] });
    const el = await fixture(html`<her2-therapy-card type="adc" lang="es"></her2-therapy-card>`);
    expect(shadowText(el, '.body p')).to.equal(marked(therapies.adc.whatItIs.text));
    expect(warnings.messages).to.deep.equal([]);
  });

  it('reach elements already on the page when registered later', async () => {
    const el = await fixture(html`<biomarker-glossary lang="es" terms="her2"></biomarker-glossary>`);
    expect(shadowText(el, 'dd')).to.equal(glossary.find((entry) => entry.id === 'her2')?.definition);
    registerContentPack(testPack({ glossary: translatedCopy(glossary, marked) }));
    await elementUpdated(el);
    expect(shadowText(el, 'dd')).to.equal(marked(glossary.find((entry) => entry.id === 'her2')!.definition));
  });

  it('define terms in the translated text through <her2-glossify>', async () => {
    const her2 = glossary.find((entry) => entry.id === 'her2')!;
    registerContentPack(
      testPack({ glossary: translatedCopy(glossary, (text) => (text === her2.term ? 'HER2-es' : marked(text))) }),
    );
    const el = await fixture(html`<her2-glossify lang="es"><p>El HER2-es en la célula.</p></her2-glossify>`);
    await elementUpdated(el);
    const term = el.querySelector('glossary-term');
    expect(term?.textContent).to.equal('HER2-es');
    await elementUpdated(term!);
    expect(shadowText(term!, '.definition')).to.equal(marked(her2.definition));
  });

  it('are not used by an element when they miss any text it shows, and the console says what is missing', async () => {
    const { drugExamples: _left, ...partial } = completeCardPack().content;
    registerContentPack(testPack(partial));
    const el = await fixture(html`<her2-therapy-card type="tki" lang="es"></her2-therapy-card>`);
    expect(shadowText(el, '.body p')).to.equal(therapies.tki.whatItIs.text);
    expect(footerText(el)).to.equal(
      `${overdueEs}Revisión médica: mayo de 2022 · Próxima revisión: mayo de 2025 · 14 fuentes`,
    );

    forgetPacks();
    const gap = translatedCopy(glossary, marked) as Array<Record<string, unknown>>;
    gap[2] = { ...gap[2], definition: '' };
    registerContentPack(testPack({ glossary: gap }));
    const list = await fixture(html`<biomarker-glossary lang="es"></biomarker-glossary>`);
    const definitions = shadowQueryAll(list, 'dd').map((node) => normalize(node.textContent));
    expect(definitions).to.have.members(glossary.map((entry) => entry.definition));
    expect(warnings.messages.join('\n')).to.contain('glossary[2].definition');
  });

  it('are refused with the reasons when the pack itself is unusable, and nothing throws', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    ) as ContentPack;
    const cases: Array<[ContentPack, string]> = [
      [{ ...testPack({}), locale: 'fr' }, 'locale'],
      [{ ...testPack({}), locale: 'en' }, 'locale'],
      [{ ...testPack({}), reviewer: ' ' }, 'reviewer'],
      [{ ...testPack({}), reviewed: { year: 2025, month: 13 } }, 'reviewed'],
      [{ ...testPack({}), content: null as unknown as ContentPack['content'] }, 'content'],
      [hostile, 'could not be read'],
    ];
    for (const [pack, reason] of cases) {
      const result = registerContentPack(pack);
      expect(result.locale, reason).to.equal(undefined);
      expect(result.problems.join(' '), reason).to.contain(reason);
    }
    expect(warnings.messages).to.have.length(cases.length);
  });

  it('render the host’s text as text', async () => {
    const pack = completeCardPack();
    const content = pack.content as Record<string, Record<string, { whatItIs: { text: string } }>>;
    content.therapies.adc.whatItIs.text = '<img src=x onerror="window.packRan=1">';
    registerContentPack(pack);
    const el = await fixture(html`<her2-therapy-card type="adc" lang="es"></her2-therapy-card>`);
    expect(shadowText(el, '.body p')).to.equal('<img src=x onerror="window.packRan=1">');
    expect(shadowQuery(el, '.body img')).to.equal(null);
  });

  it('give a whole page one language when registered before the elements render', async () => {
    registerContentPack(completeCardPack());
    const overview = await fixtureWrapped(
      'her2-therapy-overview',
      html`<div lang="es"><her2-therapy-overview></her2-therapy-overview></div>`,
    );
    const card = shadowQuery(overview, 'her2-therapy-card')!;
    await elementUpdated(card);
    // The overview's own text is not in the pack, so it stays English; its cards are translated.
    expect(shadowQuery(overview, '[part="card"]')?.getAttribute('lang')).to.equal('en');
    expect(shadowText(card, '.body p')).to.equal(marked(therapies.mab.whatItIs.text));
  });
});
