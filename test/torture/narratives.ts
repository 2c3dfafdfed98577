import type { Narrative } from '../../shared/domain/case-document.ts';
import type { Random } from './random.ts';

const WORDS = (
  'the company statement crisis response apology regulator customers press release spokesperson board shares ' +
  'fell investigation report timeline weekend social media video viral complaints hotline recall product safety ' +
  'data breach notified inquiry chairman resigned stakeholders trust reputation interview journalists employees ' +
  'supplier audit findings compensation refund policy lawmakers hearing evidence witness quoted memo leaked ' +
  'analysts forecast losses earnings denial correction retraction coverage headline editorial critics delayed ' +
  'transparent defensive weibo livestream influencer campaign accounts suspended platform hashtag boycott ' +
  '小米 公关 危机 声明 道歉 Xiaomi KOL émigré naïve'
).split(' ');

const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  version: 1,
  detail: 0,
  format,
  mode: 'normal',
  style: '',
});
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  ...extra,
  children,
});

/**
 * A narrative as the editor serializes it (headings, paragraphs with bold runs, bulleted lists, citation nodes),
 * of about `targetBytes` of Lexical JSON, with its plain text as Lexical's root text content.
 */
export function generateNarrative(random: Random, targetBytes: number, sourceIds: readonly string[]): Narrative {
  const blocks: unknown[] = [];
  const texts: string[] = [];
  let bytes = 0;
  const sentence = () => {
    const count = 6 + random.int(18);
    const words = Array.from({ length: count }, () => WORDS[random.int(WORDS.length)]!);
    return `${words.join(' ')}.`;
  };
  while (bytes < targetBytes) {
    const pick = random.int(10);
    if (pick === 0) {
      const heading = sentence();
      blocks.push(element('heading', [text(heading)], { tag: 'h2' }));
      texts.push(heading);
    } else if (pick === 1) {
      const items = Array.from({ length: 2 + random.int(3) }, (_, index) =>
        element('listitem', [text(sentence())], { value: index + 1 }),
      );
      blocks.push(element('list', items, { listType: 'bullet', start: 1, tag: 'ul' }));
      texts.push(items.map((item) => (item.children[0] as { text: string }).text).join('\n'));
    } else {
      const runs = [sentence(), sentence(), sentence()];
      const children: unknown[] = [text(runs[0]!), text(` ${runs[1]!}`, 1), text(` ${runs[2]!}`)];
      if (sourceIds.length > 0 && random.int(4) === 0) {
        children.push({
          type: 'citation',
          version: 1,
          sourceId: random.pick(sourceIds),
          locator: `para ${1 + random.int(30)}`,
        });
      }
      blocks.push(element('paragraph', children, { textFormat: 0, textStyle: '' }));
      texts.push(runs.join(' '));
    }
    bytes += JSON.stringify(blocks[blocks.length - 1]).length;
  }
  return {
    formatVersion: 1,
    lexical: { root: element('root', blocks) },
    text: texts.join('\n\n'),
  };
}
