import { CASE_FORMAT, NARRATIVE_FORMAT_VERSION, type CaseDocument } from '../../shared/domain/case-document.ts';
import { lexicalPlainText } from './lexical-text.ts';

/**
 * The sample case, built by hand from the seed article (../shared/fixtures/seed/xiaomi-kol-2026.txt).
 * Rows, quote and statistic keep the article's wording; title, summary, narrative and lessons are ours.
 * SCCT coding follows the worked example in domain.md (accidental cluster, "challenge"; the apology
 * coded rebuild/apology = Benoit mortification, ending the collaboration adjusting information =
 * Benoit corrective action). Dates are "January 2026, approximate": the article gives no day.
 */
export const SAMPLE_CASE_SLUG = 'xiaomi-kol-2026';

type LexicalNode = Record<string, unknown>;

const text = (content: string, format = 0): LexicalNode => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: content,
  type: 'text',
  version: 1,
});
const citation = (sourceId: string, locator: string | null): LexicalNode => ({
  type: 'citation',
  version: 1,
  sourceId,
  locator,
});
const block = (type: string, children: LexicalNode[], extra: LexicalNode = {}): LexicalNode => ({
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  type,
  version: 1,
  ...extra,
});
const paragraph = (...children: LexicalNode[]) => block('paragraph', children, { textFormat: 0, textStyle: '' });
const heading = (content: string) => block('heading', [text(content)], { tag: 'h2' });

function narrativeState(sourceId: string): Record<string, unknown> {
  return {
    root: block('root', [
      heading('What happened'),
      paragraph(
        text(
          'Early in January 2026, reports began to circulate that Xiaomi had been in contact with a key opinion leader (KOL) known for harsh product reviews, and accusations followed that the company had tried to commission disparaging “black PR” content about rival brands.',
        ),
        citation(sourceId, 'The Controversy: Xiaomi and KOL Engagement'),
      ),
      paragraph(
        text(
          'What began as a story about routine influencer outreach turned into a question of ethics: was a large brand paying critics to attack its competitors?',
        ),
      ),
      heading('How Xiaomi responded'),
      paragraph(
        text(
          'Xu Jieyun, a senior Xiaomi executive, apologized publicly for the contact with the KOL and said any possible collaboration had been stopped at once and would not be taken up again. The company then announced that it had ended all work with the KOL and restated its commitment to fair competition and ethical marketing.',
        ),
        citation(sourceId, 'Navigating the Fallout: Apologies and Damage Control'),
      ),
      paragraph(
        text(
          'The apology did not end the criticism. Commentators asked how common paid negative reviews are in the industry, and the case became a reference point in a wider debate about transparency in influencer marketing.',
        ),
      ),
      heading('Open questions'),
      paragraph(
        text(
          'The article gives no exact dates and does not say what the KOL produced, if anything. Other outlets describe the episode differently; record their accounts as further sources and mark any claims that contradict each other.',
        ),
      ),
    ]),
  };
}

/** The sample case as a casebook.case/v1 document, with fresh ids from nextId and timestamps at now. */
export function buildSampleCase(nextId: () => string, now: string): CaseDocument {
  const source = nextId();
  const xiaomi = nextId();
  const xu = nextId();
  const kol = nextId();
  const rivals = nextId();
  const cite = (locator: string) => [{ sourceId: source, locator }];
  const lexical = narrativeState(source);
  return {
    format: CASE_FORMAT,
    case: {
      id: nextId(),
      slug: SAMPLE_CASE_SLUG,
      title: 'Xiaomi KOL “black PR” controversy',
      summary:
        'In January 2026 Xiaomi was accused of approaching a key opinion leader (KOL) known for critical reviews to produce negative “black PR” content about rival brands. Executive Xu Jieyun apologized for the contact and said any collaboration had been stopped; Xiaomi then ended all work with the KOL and restated its commitment to fair competition. The episode put paid influencer marketing in the tech industry under closer scrutiny.',
      status: 'draft',
      crisisCluster: 'accidental',
      crisisType: 'challenge',
      crisisHistory: null,
      priorReputation: null,
      industry: 'Consumer electronics',
      region: 'China',
      startedOn: '2026-01',
      startedApprox: true,
      endedOn: null,
      endedApprox: false,
      tags: [
        { name: 'influencer marketing', color: null },
        { name: 'KOL', color: null },
        { name: 'black PR', color: null },
        { name: 'apology', color: null },
      ],
      createdAt: now,
      updatedAt: now,
    },
    narrative: { formatVersion: NARRATIVE_FORMAT_VERSION, lexical, text: lexicalPlainText(lexical) },
    actors: [
      { id: xiaomi, name: 'Xiaomi', kind: 'organization', role: 'subject', private: false },
      { id: xu, name: 'Xu Jieyun', kind: 'person', role: 'spokesperson', private: false },
      { id: kol, name: 'KOL known for critical reviews (unnamed)', kind: 'person', role: 'influencer', private: false },
      { id: rivals, name: 'Rival brands', kind: 'group', role: 'competitor', private: false },
    ],
    issueRows: [
      {
        id: nextId(),
        issue: 'Allegations of commissioning “black PR”',
        response: 'Issued a public apology and terminated collaboration with the KOL.',
        impact: 'Increased scrutiny of influencer marketing practices.',
        incomplete: false,
        strategy: 'apology',
        benoit: 'mortification',
        actorId: xiaomi,
        status: 'confirmed',
        citations: cite('Issue / response / impact table, row 1'),
      },
      {
        id: nextId(),
        issue: 'Potential damage to brand reputation',
        response: 'Reiterated commitment to ethical marketing and fair competition.',
        impact: 'Heightened consumer awareness of brand ethics.',
        incomplete: false,
        strategy: null,
        benoit: null,
        actorId: xiaomi,
        status: 'confirmed',
        citations: cite('Issue / response / impact table, row 2'),
      },
      {
        id: nextId(),
        issue: 'Concerns about transparency in KOL',
        response: '',
        impact: '',
        incomplete: true,
        strategy: null,
        benoit: null,
        actorId: null,
        status: 'confirmed',
        citations: cite('Issue / response / impact table, row 3 (cut off in the article)'),
      },
    ],
    events: [
      {
        id: nextId(),
        on: '2026-01',
        approx: true,
        title: 'Reports say Xiaomi solicited “black PR” about rival brands',
        detail:
          'Accounts of Xiaomi’s outreach to KOLs turn into accusations that it asked for disparaging content about competitors.',
        kind: 'allegation',
        strategy: null,
        benoit: null,
        actorId: null,
        status: 'confirmed',
        citations: cite('The Controversy: Xiaomi and KOL Engagement, paragraph 1'),
      },
      {
        id: nextId(),
        on: '2026-01',
        approx: true,
        title: 'Xu Jieyun apologizes for the contact with the KOL',
        detail: 'She says any potential collaboration was halted at once and will not be pursued.',
        kind: 'apology',
        strategy: 'apology',
        benoit: 'mortification',
        actorId: xu,
        status: 'confirmed',
        citations: cite('The Controversy: Xiaomi and KOL Engagement, paragraphs 2–3'),
      },
      {
        id: nextId(),
        on: '2026-01',
        approx: true,
        title: 'Xiaomi announces the end of all collaboration with the KOL',
        detail: 'The company restates its commitment to fair competition and ethical marketing.',
        kind: 'corrective-action',
        strategy: 'adjusting-information',
        benoit: 'corrective-action',
        actorId: xiaomi,
        status: 'confirmed',
        citations: cite('Navigating the Fallout: Apologies and Damage Control, paragraph 1'),
      },
    ],
    quotes: [
      {
        id: nextId(),
        text: 'Xu Jieyun apologized for the contact with the KOL known for producing critical reviews, stating that any potential collaboration was immediately terminated and would not be revisited.',
        verbatim: false,
        speaker: 'Xu Jieyun',
        actorId: xu,
        on: '2026-01',
        approx: true,
        original: null,
        language: null,
        strategy: 'apology',
        benoit: 'mortification',
        status: 'confirmed',
        citations: cite('The Controversy: Xiaomi and KOL Engagement, paragraph 3'),
      },
    ],
    facts: [
      {
        id: nextId(),
        statement:
          'In 2025, brand reputation management accounted for approximately 40% of a company’s overall market value.',
        value: 40,
        unit: '%',
        origin: 'Deloitte',
        on: '2025',
        approx: true,
        status: 'confirmed',
        citations: cite('“Did You Know?” opening line'),
      },
    ],
    lessons: [
      {
        id: nextId(),
        text: 'Briefing or paying influencers against competitors is a reputational risk in itself: once it surfaces, the story is the company’s ethics, not the rival’s product.',
      },
      {
        id: nextId(),
        text: 'A quick apology from a named executive, paired with a concrete corrective step, is the expected minimum — and may still not end the criticism.',
      },
      {
        id: nextId(),
        text: 'Accounts of the same crisis differ; record each claim with its own sources and mark the ones that contradict each other.',
      },
    ],
    conflicts: [],
    sources: [
      {
        id: source,
        url: null,
        title: 'Xiaomi and KOL engagement: apologies and damage control after “black PR” allegations',
        publisher: null,
        authors: [],
        kind: 'news',
        publishedOn: null,
        accessedOn: null,
        language: 'en',
        reliability: null,
        credibility: null,
        note: 'The article Casebook’s sample case is built from. No URL, publisher, byline or date is given; its issue table is cut off in the third row.',
        snapshot: null,
      },
    ],
    codebook: [],
  };
}
