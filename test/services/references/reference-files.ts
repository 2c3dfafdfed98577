/** Reference files as Zotero writes them, with the awkward cases: diacritics, CJK names, organizations, partial dates. */
export const ZOTERO_BIBTEX = String.raw`
@article{muller_ausfall_2026,
	title = {Der {Ausfall} bei {M}{\"u}nchen: {Was} wir wissen},
	author = {M{\"u}ller, J{\"o}rg and Dupont, Am{\'e}lie and 王小明 and {World Health Organization}},
	journaltitle = {Süddeutsche Zeitung},
	entrysubtype = {newspaper},
	date = {2026-01-05},
	url = {https://www.sueddeutsche.de/muenchen/ausfall-1.123?utm_source=twitter},
	urldate = {2026-02-03},
	langid = {german},
	note = {Zitiert nach der Printausgabe}
}

@report{xiaomi_statement_2026,
	title = {关于 {KOL} 合作的声明},
	institution = {Xiaomi Corporation},
	type = {Press release},
	date = {2026-01},
	url = {https://www.mi.com/press/2026-01-kol},
	langid = {chinese}
}

@online{undated_post,
	title = {Thread on the black {PR} allegations},
	author = {Lei, Jun},
	organization = {Weibo},
	url = {https://weibo.com/1234/abcd}
}
`;

export const ZOTERO_RIS = [
  'TY  - NEWS',
  'TI  - Xiaomi accuses rivals of a “black PR” campaign',
  'AU  - Zhang, Wei',
  'AU  - O’Neill, Siobhán',
  'T2  - South China Morning Post',
  'DA  - 2026/01/07/',
  'PY  - 2026',
  'Y2  - 2026/02/01/',
  'UR  - https://www.scmp.com/tech/article/3300000/xiaomi-black-pr',
  'LA  - en',
  'N1  - Paywalled; read via the library.',
  'ER  - ',
  '',
  'TY  - RPRT',
  'TI  - Crisis communication in consumer electronics',
  'AU  - 国家市场监督管理总局',
  'PB  - SAMR',
  'PY  - 2025',
  'ER  - ',
  '',
].join('\r\n');

export const ZOTERO_CSL_JSON = JSON.stringify([
  {
    id: 'http://zotero.org/users/1/items/ABCD',
    type: 'interview',
    title: 'Interview with the head of PR',
    author: [{ family: 'Tanaka', given: 'Yūko' }, { literal: 'Nikkei Asia' }],
    publisher: 'Nikkei',
    issued: { 'date-parts': [[2026, 1]] },
    accessed: { 'date-parts': [['2026', '1', '20']] },
    URL: 'https://asia.nikkei.com/interview/1',
    language: 'ja',
    note: 'Transcript, part 1\nTranslated by the author',
    volume: '12',
  },
  { id: 'noDate', type: 'webpage', title: 'FAQ', 'container-title': 'Xiaomi Global' },
]);
