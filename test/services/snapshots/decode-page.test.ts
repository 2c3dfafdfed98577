import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePage, encodingForLabel } from '../../../electron/services/snapshots/decode-page.ts';
import { encodeAs, repertoire } from './legacy-encoder.ts';

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;
const utf8 = (text: string) => new TextEncoder().encode(text);

const SAMPLES: ReadonlyArray<{ label: string; encoding: string; text: string }> = [
  { label: 'gb2312', encoding: 'gbk', text: '小米公关危机：道歉声明全文' },
  { label: 'GBK', encoding: 'gbk', text: '腾讯科技讯 人工智能迈上新台阶' },
  { label: 'gb18030', encoding: 'gb18030', text: '黑公关事件时间线' },
  { label: 'shift_jis', encoding: 'shift_jis', text: '記者会見で謝罪した。' },
  { label: 'euc-kr', encoding: 'euc-kr', text: '위기 커뮤니케이션 사례' },
  { label: 'big5', encoding: 'big5', text: '危機處理與聲明' },
  { label: 'windows-1252', encoding: 'windows-1252', text: 'Le député a déclaré « ça suffit » – 5 €' },
  { label: 'iso-8859-1', encoding: 'windows-1252', text: 'Ein Café in München' },
  { label: 'iso-8859-5', encoding: 'iso-8859-5', text: 'Кризисные коммуникации' },
  { label: 'koi8-r', encoding: 'koi8-r', text: 'Заявление для прессы' },
  { label: 'windows-1256', encoding: 'windows-1256', text: 'بيان صحفي حول الأزمة' },
  { label: 'iso-8859-8', encoding: 'iso-8859-8', text: 'הודעה לעיתונות' },
];

describe('decodePage', () => {
  it.each(SAMPLES)('reads a page declared as <meta charset="$label">', ({ label, encoding, text }) => {
    const decoded = decodePage(encodeAs(encoding, page(`<meta charset="${label}">`, text)));
    expect(decoded).toMatchObject({ encoding, charsetSource: 'meta' });
    expect(decoded.text).toContain(`<p>${text}</p>`);
  });

  it.each(SAMPLES)('reads a page declared by http-equiv Content-Type as $label', ({ label, encoding, text }) => {
    const head = `<meta http-equiv='Content-Type' content='text/html; charset=${label}'>`;
    const decoded = decodePage(encodeAs(encoding, page(head, text)));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toContain(text);
  });

  it('lets the HTTP Content-Type header win over the page’s own <meta>', () => {
    const bytes = encodeAs('shift_jis', page('<meta charset="windows-1252">', '記者会見'));
    const decoded = decodePage(bytes, 'text/html; charset="Shift_JIS"');
    expect(decoded).toMatchObject({ encoding: 'shift_jis', charsetSource: 'http-header' });
    expect(decoded.text).toContain('記者会見');
  });

  it('reads valid UTF-8 as UTF-8 even when the page still declares gb2312 (a page re-encoded when saved)', () => {
    const decoded = decodePage(
      utf8(page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', '腾讯科技')),
    );
    expect(decoded).toMatchObject({ encoding: 'utf-8', charsetSource: 'valid-utf-8' });
    expect(decoded.text).toContain('腾讯科技');
  });

  it('follows a byte order mark before anything the page declares', () => {
    const body = page('<meta charset="windows-1252">', 'Ĉu vi parolas? 你好 مرحبا');
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(body, 'utf16le'))]);
    const be = new Uint8Array([0xfe, 0xff, ...new Uint8Array(Buffer.from(body, 'utf16le').swap16())]);
    const utf8WithBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(body)]);
    for (const [bytes, encoding] of [
      [le, 'utf-16le'],
      [be, 'utf-16be'],
      [utf8WithBom, 'utf-8'],
    ] as const) {
      const decoded = decodePage(bytes);
      expect(decoded).toMatchObject({ encoding, charsetSource: 'bom' });
      expect(decoded.text.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(decoded.text).toContain('你好 مرحبا');
    }
  });

  it('ignores a charset mentioned in a comment', () => {
    const bytes = encodeAs(
      'windows-1252',
      page('<!-- <meta charset="shift_jis"> --><meta charset="iso-8859-1">', 'déjà vu'),
    );
    expect(decodePage(bytes).text).toContain('déjà vu');
  });

  it('reads ISO-2022-JP by its declaration although its bytes are also valid ASCII', () => {
    // "日本" in ISO-2022-JP: ESC $ B, two JIS X 0208 pairs, ESC ( B.
    const jis = [0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x1b, 0x28, 0x42];
    const bytes = new Uint8Array([...utf8('<meta charset="iso-2022-jp"><p>'), ...jis, ...utf8('</p>')]);
    expect(decodePage(bytes).text).toContain('<p>日本</p>');
  });

  it('falls back to Windows-1252 with a warning when nothing is declared and the bytes are not UTF-8', () => {
    const decoded = decodePage(encodeAs('windows-1252', '<p>naïve café</p>'));
    expect(decoded).toMatchObject({ encoding: 'windows-1252', charsetSource: 'fallback' });
    expect(decoded.text).toBe('<p>naïve café</p>');
    expect(decoded.warnings[0]).toMatch(/no character set/);
  });

  it('ignores an unknown declared charset rather than failing', () => {
    const decoded = decodePage(encodeAs('windows-1252', page('<meta charset="x-made-up">', 'été')));
    expect(decoded.text).toContain('été');
    expect(encodingForLabel('x-made-up')).toBeNull();
  });

  it('round-trips generated text in every sample encoding', () => {
    // Preferring valid UTF-8 is a bet that real non-ASCII text in a legacy charset is not valid UTF-8 by
    // chance. One character can be ("俳" in GBK is D9 BD, also UTF-8 for "ٽ"); a dozen practically cannot.
    for (const { label, encoding } of SAMPLES) {
      const chars = repertoire(encoding).filter((char) => char.codePointAt(0)! > 0x7f);
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...chars), { minLength: 12, maxLength: 60 }), (picked) => {
          const text = picked.join('');
          const decoded = decodePage(encodeAs(encoding, page(`<meta charset="${label}">`, text)));
          expect(decoded.text).toContain(`<p>${text}</p>`);
        }),
        { numRuns: 40 },
      );
    }
  });
});
