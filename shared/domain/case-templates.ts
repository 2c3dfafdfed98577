import { z } from 'zod';
import { EVENT_KINDS } from './case-document.ts';

/**
 * Case templates: the structure a new case starts with. Prompts are the template's questions, never the
 * user's writing: every prompt text starts with "Prompt: " (PROMPT_PREFIX); in the narrative a prompt is an
 * italic paragraph, issue-row prompts become rows marked suggested (Confirm or Dismiss, like an import's
 * suggestions), and summary and lesson prompts are the field's text. Writing over a prompt replaces it.
 */
export const PROMPT_PREFIX = 'Prompt: ';

const line = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty' })
  .max(2_000, { message: 'is longer than 2,000 characters' });

export const templateSectionSchema = z.object({
  heading: line,
  level: z.number().int().min(1).max(6).default(2),
  /** The questions under the heading, without the "Prompt: " prefix. */
  prompts: z.array(line).max(50).default([]),
});

/** What a template holds besides its name and description; also the JSON of a saved template. */
export const caseTemplateBodySchema = z.object({
  /** What the new case's title says until the user writes one, e.g. "[Organization] data breach ([year])". */
  titlePlaceholder: z.string().trim().max(200).default(''),
  summaryPrompt: z.string().trim().max(2_000).default(''),
  sections: z.array(templateSectionSchema).max(100).default([]),
  /** Issue-row prompts: the issue a row should record. */
  issuePrompts: z.array(line).max(100).default([]),
  /** The kinds of timeline event a case of this kind usually has, in the order they usually happen. */
  eventKinds: z.array(z.enum(EVENT_KINDS)).max(EVENT_KINDS.length).default([]),
  lessonPrompts: z.array(line).max(100).default([]),
  crisisType: z.string().max(80).nullable().default(null),
  tags: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
});
export type CaseTemplateBody = z.infer<typeof caseTemplateBodySchema>;
export type TemplateSection = z.infer<typeof templateSectionSchema>;

export interface BuiltInTemplate {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly body: CaseTemplateBody;
}

const section = (heading: string, prompts: string[]): TemplateSection => ({ heading, level: 2, prompts });

export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  {
    id: 'pr-crisis',
    name: 'PR crisis',
    description:
      'A reputational crisis told like a case-study article (the structure of the Xiaomi KOL write-up): the stakes, the controversy, the apologies and damage control, an issue / response / impact table, and the wider implications.',
    body: {
      titlePlaceholder: '[Organization] [controversy], [month year]',
      summaryPrompt: `${PROMPT_PREFIX}In two or three sentences: what the organization was accused of, how it responded, and what it cost.`,
      sections: [
        section('Background', [
          'What is at stake for the organization’s reputation? Give one figure or fact that sets the stakes.',
          'What was the organization doing before the crisis (the campaign, partnership or practice at issue)?',
        ]),
        section('The controversy', [
          'How did the situation unfold? Who reported it first, when, and where?',
          'What exactly was alleged, and by whom? Note where the sources disagree.',
        ]),
        section('Navigating the fallout: apologies and damage control', [
          'Who spoke for the organization, when, and in what words? Quote the statement.',
          'What did the organization do beyond words (ending a collaboration, dismissals, new rules)?',
          'Did the response quell the criticism? What did critics, media and analysts say next?',
        ]),
        section('Broader implications', [
          'What does the case reveal about the industry’s practices, and what should change?',
        ]),
      ],
      issuePrompts: [
        'The central allegation: what the organization is accused of doing.',
        'The potential damage to the brand’s reputation.',
        'The wider concerns the case raised (transparency, ethics, fair competition).',
      ],
      eventKinds: ['trigger', 'allegation', 'response', 'apology', 'corrective-action', 'media'],
      lessonPrompts: [
        'What should the organization have done differently, and when?',
        'What should others in the industry take from this case?',
      ],
      crisisType: null,
      tags: ['pr-crisis'],
    },
  },
  {
    id: 'product-recall',
    name: 'Product recall',
    description:
      'A defective or unsafe product taken off the market: the defect, how it was found, the recall itself, what customers and regulators were told, and the cost.',
    body: {
      titlePlaceholder: '[Company] [product] recall ([year])',
      summaryPrompt: `${PROMPT_PREFIX}Which product was recalled, why, how many units, and how the company handled it.`,
      sections: [
        section('The product and the defect', [
          'What is the product, who uses it, and what went wrong with it?',
          'Was the defect a technical failure or a human error (design, manufacturing, supplier)?',
        ]),
        section('Discovery and escalation', [
          'When and how did the company learn of the problem? How long before it acted?',
          'Were there injuries, deaths or property damage? Which figures are confirmed, and by whom?',
        ]),
        section('The recall', [
          'What did the recall cover (models, batches, countries, units), and was it voluntary or ordered?',
          'What did customers have to do: return, repair, refund, stop using?',
        ]),
        section('Communication with customers and regulators', [
          'What did the company say, through which channels, and how quickly?',
          'Which regulators were involved, and what did they require?',
        ]),
        section('Outcome and cost', ['What did the recall cost in money, market share and trust?']),
      ],
      issuePrompts: [
        'The safety risk to customers.',
        'The scrutiny from regulators.',
        'The cost and disruption of the recall.',
      ],
      eventKinds: ['trigger', 'escalation', 'response', 'corrective-action', 'media', 'resolution'],
      lessonPrompts: ['How could the defect have been caught before the product shipped?'],
      crisisType: 'technical-error-product-harm',
      tags: ['product-recall'],
    },
  },
  {
    id: 'data-breach',
    name: 'Data breach',
    description:
      'Personal or confidential data exposed or stolen: what happened, whose data, how it was detected and disclosed, the response to those affected, and the regulatory and legal aftermath.',
    body: {
      titlePlaceholder: '[Organization] data breach ([year])',
      summaryPrompt: `${PROMPT_PREFIX}What data was exposed, for how many people, how it happened, and how the organization responded.`,
      sections: [
        section('What happened', [
          'How were the systems breached (attack, insider, misconfiguration, vendor)?',
          'When did the breach start, and how long did it last before anyone noticed?',
        ]),
        section('Data and people affected', [
          'Which kinds of data were exposed (names, passwords, card numbers, health records)?',
          'How many people were affected, and where? Which figures are confirmed?',
        ]),
        section('Detection and disclosure', [
          'Who found the breach, and when? When were customers, regulators and the public told?',
          'Was the disclosure on time under the law that applies (for example the GDPR’s 72 hours)?',
        ]),
        section('The response', [
          'What did the organization say? Did it apologize, and did it accept responsibility?',
          'What did it offer those affected (credit monitoring, password resets, compensation)?',
          'What did it fix so that it cannot happen again?',
        ]),
        section('Regulators, lawsuits and costs', [
          'Which fines, settlements or lawsuits followed, and what did they cost?',
        ]),
      ],
      issuePrompts: [
        'The exposure of people’s personal data.',
        'The delay between detection and disclosure.',
        'The regulatory and legal exposure.',
      ],
      eventKinds: ['trigger', 'allegation', 'response', 'apology', 'corrective-action', 'resolution'],
      lessonPrompts: ['What would have detected or contained the breach sooner?'],
      crisisType: null,
      tags: ['data-breach'],
    },
  },
  {
    id: 'influencer-incident',
    name: 'Influencer / KOL marketing incident',
    description:
      'A campaign with influencers or key opinion leaders (KOLs) that went wrong: paid posts that misled, commissioned attacks on rivals, or an influencer’s conduct that hit the brand.',
    body: {
      titlePlaceholder: '[Brand] influencer controversy ([month year])',
      summaryPrompt: `${PROMPT_PREFIX}Which brand, which influencers, what was posted or alleged, and how the brand responded.`,
      sections: [
        section('The campaign and the influencers', [
          'Who were the influencers or KOLs, on which platforms, with how large an audience?',
          'What was the brand’s arrangement with them (paid posts, gifts, agency contracts)? Was it disclosed?',
        ]),
        section('What was posted and what was alleged', [
          'What did the posts say or show? Quote them, with the original language where it differs.',
          'What was the brand accused of (undisclosed ads, commissioned attacks on rivals, misleading claims)?',
        ]),
        section('How it spread', ['Which accounts, outlets and hashtags carried it? How fast did it grow?']),
        section('The brand’s response', [
          'Who responded for the brand, when, and in what words?',
          'Did the brand end the collaboration, discipline staff or change its influencer rules?',
        ]),
        section('Aftermath', ['What happened to the brand and to the influencers afterwards?']),
      ],
      issuePrompts: [
        'The undisclosed or unethical arrangement with the influencers.',
        'The harm to consumers’ trust in the brand’s marketing.',
        'The platform or regulatory rules on paid promotion.',
      ],
      eventKinds: ['trigger', 'allegation', 'escalation', 'response', 'apology', 'corrective-action'],
      lessonPrompts: ['What rules should govern the brand’s work with influencers from now on?'],
      crisisType: 'challenge',
      tags: ['influencer-marketing'],
    },
  },
  {
    id: 'outage-review',
    name: 'Operational outage post-incident review',
    description:
      'A blameless post-incident review of a service outage: impact, the timeline from detection to recovery, root cause, communication with customers, and follow-up actions.',
    body: {
      titlePlaceholder: '[Service] outage, [date]',
      summaryPrompt: `${PROMPT_PREFIX}What failed, for how long, who was affected, and what will change.`,
      sections: [
        section('Impact', [
          'Which services and customers were affected, for how long, and how badly?',
          'What did the outage cost (transactions lost, refunds, service credits)?',
        ]),
        section('Detection and recovery', [
          'How was the outage detected (monitoring, customers, social media), and how long after it began?',
          'What steps restored the service, and when was it fully recovered?',
        ]),
        section('Root cause and contributing factors', [
          'What was the root cause? Which conditions let it turn into an outage?',
        ]),
        section('Communication', [
          'When and where were customers told (status page, social media, email)? What did the updates say?',
          'Did the organization apologize or offer credits?',
        ]),
        section('What went well and what did not', ['What helped the response, and what slowed it down?']),
      ],
      issuePrompts: ['The service disruption for customers.', 'The delay in detecting or communicating the outage.'],
      eventKinds: ['trigger', 'escalation', 'response', 'corrective-action', 'resolution'],
      lessonPrompts: ['Follow-up action: what will change, who owns it, and by when?'],
      crisisType: 'technical-error-accident',
      tags: ['outage'],
    },
  },
];

export function builtInTemplate(id: string): BuiltInTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id);
}

export function promptText(prompt: string): string {
  return `${PROMPT_PREFIX}${prompt}`;
}

export function isPromptText(text: string): boolean {
  return text.trimStart().startsWith(PROMPT_PREFIX.trimEnd());
}

/** The prompt's question without "Prompt:". */
export function stripPrompt(text: string): string {
  const trimmed = text.trim();
  return isPromptText(trimmed) ? trimmed.slice(PROMPT_PREFIX.trimEnd().length).trim() : trimmed;
}

type Json = Record<string, unknown>;
const ITALIC = 2;

function element(type: string, children: Json[], extra: Json = {}): Json {
  return { children, direction: 'ltr', format: '', indent: 0, type, version: 1, ...extra };
}

function textNode(text: string, format: number): Json {
  return { detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 };
}

/** The serialized Lexical state of a template's narrative: each heading, then its prompts as italic paragraphs. */
export function templateNarrative(sections: readonly TemplateSection[]): Json {
  const children: Json[] = [];
  for (const part of sections) {
    children.push(element('heading', [textNode(part.heading, 0)], { tag: `h${part.level}` }));
    for (const prompt of part.prompts)
      children.push(
        element('paragraph', [textNode(promptText(prompt), ITALIC)], { textFormat: ITALIC, textStyle: '' }),
      );
  }
  if (children.length === 0) children.push(element('paragraph', [], { textFormat: 0, textStyle: '' }));
  return { root: element('root', children) };
}

/** The plain text of a template's narrative, as lexicalPlainText would give it (for search and export). */
export function templateNarrativeText(sections: readonly TemplateSection[]): string {
  return sections.flatMap((part) => [part.heading, ...part.prompts.map(promptText)]).join('\n\n');
}

function plainTextOf(node: Json): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  const children = Array.isArray(node.children) ? (node.children as Json[]) : [];
  return children.map(plainTextOf).join('');
}

/**
 * The structure of a narrative: its headings (with level) and, under each, the paragraphs that are prompts.
 * The user's own paragraphs, lists, quotes, tables and images are content and are left out. Prompts before
 * the first heading are kept under a heading "Introduction".
 */
export function sectionsOfNarrative(lexical: Record<string, unknown> | null): TemplateSection[] {
  const root = lexical?.root as Json | undefined;
  const blocks = Array.isArray(root?.children) ? (root.children as Json[]) : [];
  const sections: TemplateSection[] = [];
  for (const block of blocks) {
    const text = plainTextOf(block).trim();
    if (block.type === 'heading' && text !== '') {
      const level = typeof block.tag === 'string' ? Number(block.tag.slice(1)) : 2;
      sections.push({ heading: text.slice(0, 2_000), level: level >= 1 && level <= 6 ? level : 2, prompts: [] });
    } else if (block.type === 'paragraph' && isPromptText(text)) {
      const prompt = stripPrompt(text);
      if (prompt === '') continue;
      if (sections.length === 0) sections.push({ heading: 'Introduction', level: 2, prompts: [] });
      sections.at(-1)?.prompts.push(prompt.slice(0, 2_000));
    }
  }
  return sections.slice(0, 100).map((part) => ({ ...part, prompts: part.prompts.slice(0, 50) }));
}
