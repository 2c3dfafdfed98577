import { createHash } from 'node:crypto';
import { CASE_FORMAT, type CaseDocument } from '../../shared/domain/case-document.ts';
import { newId } from '../../electron/store/ids.ts';

/**
 * A case document with every field of every part set to a non-default value, for round-trip tests.
 * Its parts are already in the order an export writes them (events by date, sources by first citation).
 * `seed` varies the texts so that several such cases can live in one notebook.
 */
export function fullCaseDocument(seed = 'one'): CaseDocument {
  const id = () => newId();
  const html = `<article><p>Snapshot ${seed} — 危机公关 text</p></article>`;
  const sourceA = id();
  const sourceB = id();
  const sourceC = id();
  const actorA = id();
  const actorB = id();
  const rowA = id();
  const eventA = id();
  const quoteA = id();
  const factA = id();
  return {
    format: CASE_FORMAT,
    case: {
      id: id(),
      slug: `full-case-${seed}`,
      title: `A full case ${seed}: 小米 “black PR”`,
      summary: `Summary ${seed} with\nlines and émojis 🙂`,
      status: 'review',
      crisisCluster: 'preventable',
      crisisType: 'custom-type',
      crisisHistory: true,
      priorReputation: 'negative',
      industry: 'Consumer electronics',
      region: 'China',
      startedOn: '2026-01-05',
      startedApprox: true,
      endedOn: '2026-02',
      endedApprox: true,
      tags: [
        { name: `tag ${seed}`, color: '#aabbcc' },
        { name: 'influencer marketing', color: null },
      ],
      createdAt: '2026-01-05T10:00:00.000Z',
      updatedAt: '2026-01-07T12:30:00+08:00',
    },
    narrative: {
      formatVersion: 1,
      lexical: {
        root: {
          type: 'root',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [
            {
              type: 'heading',
              tag: 'h2',
              version: 1,
              direction: 'ltr',
              format: '',
              indent: 0,
              children: [
                { type: 'text', text: 'Heading', version: 1, detail: 0, format: 0, mode: 'normal', style: '' },
              ],
            },
            {
              type: 'paragraph',
              version: 1,
              direction: 'ltr',
              format: '',
              indent: 0,
              textFormat: 0,
              textStyle: '',
              children: [
                {
                  type: 'text',
                  text: `Narrative ${seed}`,
                  version: 1,
                  detail: 0,
                  format: 1,
                  mode: 'normal',
                  style: '',
                },
                { type: 'citation', version: 1, sourceId: sourceC, locator: 'p. 3' },
              ],
            },
          ],
        },
      },
      text: `Heading\n\nNarrative ${seed}`,
    },
    actors: [
      { id: actorA, name: 'Xiaomi', kind: 'organization', role: 'subject', private: false },
      { id: actorB, name: 'A private person', kind: 'person', role: 'accuser', private: true },
    ],
    issueRows: [
      {
        id: rowA,
        issue: `Issue ${seed}`,
        response: 'Response',
        impact: 'Impact',
        incomplete: true,
        strategy: 'apology',
        benoit: 'mortification',
        actorId: actorA,
        status: 'suggested',
        citations: [
          { sourceId: sourceA, locator: 'para 2' },
          { sourceId: sourceB, locator: null },
        ],
      },
      {
        id: id(),
        issue: 'Second row',
        response: '',
        impact: '',
        incomplete: false,
        strategy: 'custom-strategy',
        benoit: null,
        actorId: null,
        status: 'confirmed',
        citations: [],
      },
    ],
    events: [
      {
        id: id(),
        on: '2026-01',
        approx: true,
        title: 'Early January',
        detail: null,
        kind: 'trigger',
        strategy: null,
        benoit: null,
        actorId: null,
        status: 'confirmed',
        citations: [],
      },
      {
        id: eventA,
        on: '2026-01-05T18:00+08:00',
        approx: false,
        title: 'Apology',
        detail: 'Detail',
        kind: 'apology',
        strategy: 'apology',
        benoit: 'mortification',
        actorId: actorB,
        status: 'suggested',
        citations: [{ sourceId: sourceB, locator: 'quoted passage' }],
      },
    ],
    quotes: [
      {
        id: quoteA,
        text: 'We apologize.',
        verbatim: true,
        speaker: 'Xu Jieyun',
        actorId: actorA,
        on: '2026-01-05',
        approx: true,
        original: '我们道歉。',
        language: 'zh',
        strategy: 'apology',
        benoit: 'mortification',
        status: 'suggested',
        citations: [{ sourceId: sourceA, locator: null }],
      },
    ],
    facts: [
      {
        id: factA,
        statement: 'Reputation is about 40% of market value',
        value: 40.5,
        unit: '%',
        origin: 'Deloitte',
        on: '2025',
        approx: true,
        status: 'suggested',
        citations: [{ sourceId: sourceA, locator: 'p. 1' }],
      },
    ],
    lessons: [
      { id: id(), text: `Lesson ${seed}` },
      { id: id(), text: 'Second lesson' },
    ],
    conflicts: [{ a: rowA, b: quoteA, note: 'They disagree on who commissioned it' }],
    sources: [
      {
        id: sourceA,
        url: `https://Example.com/news/${seed}?utm_source=x#top`,
        title: `Article ${seed}`,
        publisher: 'Example News',
        authors: ['A. Writer', 'B. Writer'],
        kind: 'news',
        publishedOn: '2026-01-06',
        accessedOn: '2026-01-07',
        language: 'en',
        reliability: 'B',
        credibility: 2,
        note: 'A note',
        snapshot: {
          sha256: createHash('sha256').update(html, 'utf8').digest('hex'),
          capturedAt: '2026-01-07T09:00:00Z',
          text: `Snapshot ${seed} — 危机公关 text`,
          html,
        },
      },
      {
        id: sourceB,
        url: null,
        title: 'A source with no URL',
        publisher: null,
        authors: [],
        kind: 'interview',
        publishedOn: null,
        accessedOn: null,
        language: null,
        reliability: null,
        credibility: null,
        note: null,
        snapshot: null,
      },
      {
        id: sourceC,
        url: `https://example.org/report-${seed}`,
        title: 'Report cited in the narrative only',
        publisher: 'Deloitte',
        authors: [],
        kind: 'report',
        publishedOn: '2025',
        accessedOn: null,
        language: 'en',
        reliability: 'A',
        credibility: 1,
        note: null,
        snapshot: null,
      },
    ],
    codebook: [
      { id: 'custom-type', kind: 'crisis-type', label: 'Custom type', definition: '' },
      {
        id: 'custom-strategy',
        kind: 'scct-strategy',
        label: 'Custom strategy',
        definition: 'A strategy this notebook adds.',
      },
    ],
  };
}

/** A document as compared across notebooks: everything but the export time. */
export function withoutExportTime(document: CaseDocument): Omit<CaseDocument, 'exportedAt'> {
  const { exportedAt: _ignored, ...rest } = document;
  return rest;
}
