import { describe, expect, it } from 'vitest';
import { lexicalCitations } from '../../electron/services/lexical-citations.ts';
import { narrativeCitationContexts } from '../../electron/services/narrative-citation-context.ts';

const text = (value: string) => ({ type: 'text', version: 1, text: value });
const cite = (sourceId: string) => ({ type: 'citation', version: 1, sourceId, locator: null });
const block = (type: string, children: unknown[]) => ({ type, version: 1, children });

describe('the sentence around each citation of a narrative', () => {
  it('gives, in the order citations are found, the sentence each one closes or sits in', () => {
    const state = {
      root: block('root', [
        block('paragraph', [
          text('The row began on 12 January. Xiaomi denied paying anyone.'),
          cite('A'),
          text(' It called the police, '),
          block('link', [text('the statement says')]),
          cite('B'),
          text(' and sued. 小米已报警。'),
          cite('C'),
        ]),
        block('list', [block('listitem', [text('Weibo removed 1,200 accounts'), cite('D')])]),
        block('paragraph', [cite('E')]),
      ]),
    };
    expect(narrativeCitationContexts(state)).toEqual([
      'Xiaomi denied paying anyone.',
      'It called the police, the statement says and sued.',
      '小米已报警。',
      'Weibo removed 1,200 accounts',
      '',
    ]);
    expect(lexicalCitations(state).map((citation) => citation.sourceId)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('gives nothing for a narrative never written', () => {
    expect(narrativeCitationContexts(null)).toEqual([]);
  });
});
