import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { therapyDiagrams } from '../../content/therapy-diagrams.js';
import { drugExamples, drugExamplesCompiled } from '../../content/drug-examples.js';
import { combinationTherapy, targetedTherapyUse, therapies, therapyTypes } from '../../content/therapies.js';
import type { DrugExample, ReviewedText, Therapy, TherapyType } from '../../content/types.js';
import { renderCitation, renderExternalLink } from '../../shared/citation.js';
import { hostText } from '../../shared/describe-value.js';
import { diagramStyles } from '../../diagrams/diagram.styles.js';
import { therapyFigures } from '../../diagrams/therapy.js';
import { monthYearText, msg, str } from '../../shared/i18n.js';
import { Her2Block } from '../../shared/her2-block.js';
import { InputProblems, type InvalidInput } from '../../shared/input-problems.js';
import { ReviewedContent } from '../../shared/reviewed-content.js';
import { cardStyles } from '../../shared/theme.styles.js';
import { therapyCardStyles } from './her2-therapy-card.styles.js';

/** The drug examples' own line: they are facts compiled apart from the article's medical review. */
function examplesProvenanceText(examples: readonly DrugExample[]): string {
  const sources = new Set(examples.flatMap((example) => example.sources.map((source) => source.id))).size;
  const compiled = monthYearText(drugExamplesCompiled.compiled);
  return sources === 1
    ? msg(str`Examples: facts compiled ${compiled} from 1 source, apart from the article’s medical review.`)
    : msg(str`Examples: facts compiled ${compiled} from ${sources} sources, apart from the article’s medical review.`);
}

/**
 * @summary One type of HER2-targeted therapy: what it is, how it works, when it is used, and drug examples with their sources.
 *
 * @tagname her2-therapy-card
 *
 * @csspart card - The card container.
 * @csspart heading - The therapy's name.
 * @csspart body - Everything between the heading and the footer.
 * @csspart link - A link to a drug's NCI page or a verified source.
 * @csspart notice - The message shown for an unknown `type`.
 * @csspart diagram - The picture of how the therapy works, with its caption.
 * @csspart examples-provenance - Under the examples: when their facts were compiled, and from how many sources, apart from the article's review.
 * @csspart care-notice - "This information does not replace advice from your care team."
 *
 * @event her2-invalid - `type` is not one of mab, adc, tki. Also when the page's review record is refused. Detail: `{tag, attribute, value}`.
 */
export class Her2TherapyCard extends Her2Block {
  static override styles = [Her2Block.styles, cardStyles, therapyCardStyles, diagramStyles];

  static override properties = {
    type: {},
    noDiagram: { type: Boolean, attribute: 'no-diagram' },
    invalid: { state: true, attribute: false },
  };

  /** `mab` (monoclonal antibodies), `adc` (antibody drug conjugates) or `tki` (tyrosine kinase inhibitors). */
  type = '';

  /** Hides the picture of how the therapy works; its words stay in the text. */
  noDiagram = false;

  private sharedUseShown = true;

  /**
   * Whether "When it is used" shows what the article says of every type (it can be used to treat
   * HER2-positive MBC, and in combination with other therapies): true on its own.
   * `<her2-therapy-overview>`, which says that once for its three cards, sets it to false on each;
   * it is no attribute, and no part of the element's public API.
   * @internal
   */
  get showsSharedUse(): boolean {
    return this.sharedUseShown;
  }

  /** @internal */
  set showsSharedUse(shown: boolean) {
    const old = this.sharedUseShown;
    this.sharedUseShown = shown;
    this.requestUpdate('showsSharedUse', old);
  }

  protected readonly reviewed = new ReviewedContent(this, {
    therapies,
    targetedTherapyUse,
    combinationTherapy,
    drugExamples,
    therapyDiagrams,
  });
  private readonly problems = new InputProblems(this);
  private invalid?: InvalidInput;

  private get therapy(): Therapy | undefined {
    // Removing the attribute sets null; a host may set any value through the property.
    const type = hostText(this.type).trim().toLowerCase();
    return therapyTypes.includes(type as TherapyType) ? this.reviewed.get('therapies')[type as TherapyType] : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('type')) {
      this.invalid = this.therapy ? undefined : this.problems.unknown('type', this.type, therapyTypes);
    }
  }

  protected override render(): TemplateResult {
    const therapy = this.therapy;
    return this.renderCard(therapy ? this.renderTherapy(therapy) : this.problems.notice(this.invalid));
  }

  private renderTherapy(therapy: Therapy): TemplateResult {
    const name = therapy.abbreviation ? `${therapy.name} (${therapy.abbreviation})` : therapy.name;
    const examples = this.reviewed.get('drugExamples')[therapy.type];
    return html`${this.heading(name)}
      <div part="body" class="body">
        ${this.heading(this.reviewed.uiText(msg('What it is')), 1, 'subheading')}
        <p>${therapy.whatItIs.text}</p>
        ${this.heading(this.reviewed.uiText(msg('How it works')), 1, 'subheading')}
        ${(therapy.standalone?.howItWorks ?? therapy.howItWorks).map((item) => html`<p>${item.text}</p>`)}
        ${this.noDiagram ? nothing : therapyFigures[therapy.type](this.reviewed.get('therapyDiagrams'))}
        ${this.renderUse(therapy)}
        ${this.heading(this.reviewed.uiText(msg('Examples')), 1, 'subheading')}
        <ul class="examples">
          ${examples.map((example) => this.renderExample(example))}
        </ul>
        <p part="examples-provenance" class="examples-provenance">${this.reviewed.uiText(examplesProvenanceText(examples))}</p>
      </div>`;
  }

  protected override get namesTreatments(): boolean {
    return true;
  }

  /** "When it is used", left out when an overview says all of it for every type. */
  private renderUse(therapy: Therapy): TemplateResult | typeof nothing {
    const givenWhen = therapy.standalone?.givenWhen ?? therapy.givenWhen;
    const items = this.showsSharedUse
      ? [this.reviewed.get('targetedTherapyUse'), givenWhen, this.reviewed.get('combinationTherapy')]
      : [givenWhen];
    const shown = items.filter((item): item is ReviewedText => item !== undefined);
    if (shown.length === 0) return nothing;
    return html`${this.heading(this.reviewed.uiText(msg('When it is used')), 1, 'subheading')}
      <ul>
        ${shown.map((item) => html`<li>${item.text}</li>`)}
      </ul>`;
  }

  private renderExample(example: DrugExample): TemplateResult {
    const name = example.abbreviation ? `${example.genericName} (${example.abbreviation})` : example.genericName;
    const brandNames = example.brandNames.join(', ');
    const brands = example.biosimilars
      ? msg(str`US brand name: ${brandNames}; biosimilars include ${example.biosimilars.join(', ')}`)
      : msg(str`US brand name: ${brandNames}`);
    return html`<li>
      <span class="drug"
        >${example.url ? renderExternalLink(example.url, name, undefined) : name}</span
      >. ${this.reviewed.uiText(brands)}.${example.note ? ` ${example.note}` : nothing}
      ${example.sources.map(
        (source) =>
          html`<span class="example-source"
            >${this.reviewed.uiText(msg('Source'))}: ${renderCitation(source, undefined)}</span
          >`,
      )}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'her2-therapy-card': Her2TherapyCard;
  }
}
