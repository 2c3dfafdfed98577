/**
 * Small, valid PDF files built as text, for tests: one page per entry of `pages`, each line a text
 * object. Latin text uses the standard Helvetica font; CJK text uses a Type0 font with Identity-H and a
 * ToUnicode map, so readers can extract it without any font or CMap file.
 */
export interface TinyPdfOptions {
  readonly pages: readonly (readonly string[])[];
  /**
   * How CJK text is encoded: 'identity' (Identity-H with a ToUnicode map, as most PDFs do) or 'predefined'
   * (Adobe's UniGB-UCS2-H CMap with the non-embedded STSong-Light font, which readers map with their CMap files).
   */
  readonly cjk?: 'identity' | 'predefined';
  /** The catalog's /Lang. */
  readonly language?: string;
  readonly info?: { readonly title?: string; readonly author?: string; readonly creationDate?: string };
}

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');
const pdfString = (text: string): string => `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
const isLatin = (text: string): boolean => [...text].every((c) => c.charCodeAt(0) < 0x80);
const hex4 = (code: number): string => code.toString(16).toUpperCase().padStart(4, '0');

/** A UTF-16BE string with BOM, as PDF text strings for non-Latin metadata. */
const pdfTextString = (text: string): string =>
  isLatin(text)
    ? pdfString(text)
    : `<FEFF${[...Buffer.from(text, 'utf16le').swap16()].map((b) => b.toString(16).padStart(2, '0')).join('')}>`;

export function tinyPdf(options: TinyPdfOptions): Buffer {
  const cjkChars = [
    ...new Set(
      options.pages
        .flat()
        .filter((line) => !isLatin(line))
        .flatMap((line) => [...line]),
    ),
  ];
  const cidOf = new Map(cjkChars.map((char, index) => [char, index + 1]));
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);

  const catalog = add('');
  const pagesObj = add('');
  const helvetica = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  let cjkFont = 0;
  const predefined = options.cjk === 'predefined';
  if (cjkChars.length > 0 && predefined) {
    const descriptor = add(
      '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    );
    const cid = add(
      `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`,
    );
    cjkFont = add(
      `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [${cid} 0 R] >>`,
    );
  } else if (cjkChars.length > 0) {
    const bfchars = cjkChars.map((char) => `<${hex4(cidOf.get(char) ?? 0)}> <${hex4(char.codePointAt(0) ?? 0)}>`);
    const cmap = [
      '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
      '1 begincodespacerange <0000> <FFFF> endcodespacerange',
      `${bfchars.length} beginbfchar`,
      ...bfchars,
      'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
    ].join('\n');
    const toUnicode = add(`<< /Length ${latin1(cmap).length} >>\nstream\n${cmap}\nendstream`);
    const descriptor = add(
      '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
    );
    const cid = add(
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /CIDToGIDMap /Identity >>`,
    );
    cjkFont = add(
      `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H /DescendantFonts [${cid} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
    );
  }
  const pageIds: number[] = [];
  for (const lines of options.pages) {
    const ops = lines.map((line, index) => {
      const y = 750 - index * 20;
      if (isLatin(line)) return `BT /F1 12 Tf 72 ${y} Td ${pdfString(line)} Tj ET`;
      const hex = [...line]
        .map((char) => hex4(predefined ? (char.codePointAt(0) ?? 0) : (cidOf.get(char) ?? 0)))
        .join('');
      return `BT /F2 12 Tf 72 ${y} Td <${hex}> Tj ET`;
    });
    const content = ops.join('\n');
    const stream = add(`<< /Length ${latin1(content).length} >>\nstream\n${content}\nendstream`);
    const fonts = `/F1 ${helvetica} 0 R${cjkFont ? ` /F2 ${cjkFont} 0 R` : ''}`;
    pageIds.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] /Resources << /Font << ${fonts} >> >> /Contents ${stream} 0 R >>`,
      ),
    );
  }
  const lang = options.language === undefined ? '' : ` /Lang ${pdfString(options.language)}`;
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R${lang} >>`;
  objects[pagesObj - 1] =
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  const infoEntries = [
    options.info?.title !== undefined ? `/Title ${pdfTextString(options.info.title)}` : '',
    options.info?.author !== undefined ? `/Author ${pdfTextString(options.info.author)}` : '',
    options.info?.creationDate !== undefined ? `/CreationDate ${pdfString(options.info.creationDate)}` : '',
  ].filter(Boolean);
  const info = infoEntries.length > 0 ? add(`<< ${infoEntries.join(' ')} >>`) : 0;

  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(latin1(out).length);
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = latin1(out).length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(out);
}
