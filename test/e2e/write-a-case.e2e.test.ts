import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeE2E, openApp, screenshot } from './harness.ts';
import { choose, descriptionOf, shownValue, typeInto } from './rig/fields.ts';
import { caseIdByTitle, readCase } from './rig/seed.ts';
import { expectFocused, firstColumn } from './rig/ui.ts';

/**
 * Issue 3, acceptance 1: a whole case written through the window with only the accessible names of the
 * issue and the keyboard where a person would use it; then the notebook is reopened and everything is
 * there, the narrative's citation included.
 */

const TITLE = 'United Express Flight 3411 passenger removal';
const SUMMARY =
  'A passenger was dragged off an overbooked United Express flight at Chicago O’Hare; the chief executive’s first statement made it worse.';

const SOURCE = {
  title: 'United Airlines Passenger Is Dragged From an Overbooked Flight',
  url: 'https://www.nytimes.com/2017/04/10/business/united-flight-passenger-dragged.html',
  publisher: 'The New York Times',
};

const NARRATIVE = {
  heading: 'What happened',
  opening: 'On 9 April 2017 a passenger was dragged off United Express Flight 3411 at Chicago O’Hare.',
  bullets: ['Videos of the removal spread within hours', 'The first statement defended the crew'],
  linkText: 'Read the airline’s statement',
  linkUrl: 'https://hub.united.com/',
};

const ROWS = [
  {
    issue: 'A passenger was dragged off Flight 3411 to make room for crew',
    response: 'The CEO apologized for having to “re-accommodate” customers',
    impact: 'Ridicule online; “re-accommodate” became a meme',
    strategy: 'Justification',
  },
  {
    issue: 'A leaked email called the passenger disruptive and belligerent',
    response: 'The CEO defended the employees in an email to staff',
    impact: 'Calls for a boycott in the United States and China',
    strategy: 'Attack the accuser',
  },
  {
    issue: 'Lawmakers and the public demanded accountability',
    response: 'A full apology, a policy review and compensation for everyone on the flight',
    impact: 'Ten policy changes and a settlement with the passenger',
    strategy: 'Apology',
  },
];

/** Entered in this order; shown in chronological order, a less precise date before the dates it contains. */
const EVENTS = [
  { date: '2017-04-11', kind: 'Apology', title: 'The CEO apologizes: “No one should ever be mistreated this way”' },
  { date: '2017-04-09 17:40 -05:00', kind: 'Trigger', title: 'A passenger is dragged off Flight 3411 at O’Hare' },
  { date: '2017', kind: 'Other', title: 'US airlines face a year of scrutiny over overbooking', approximate: true },
  { date: 'April 2017', kind: 'Media', title: 'Videos of the removal are watched around the world' },
];
const EVENTS_IN_ORDER = [EVENTS[2]!, EVENTS[3]!, EVENTS[1]!, EVENTS[0]!];

const ACTORS = [
  { name: 'United Airlines', kind: 'Organization', role: 'Subject' },
  { name: 'Oscar Munoz', kind: 'Person', role: 'Spokesperson' },
];

const QUOTE = {
  text: 'United, you owe every passenger an apology.',
  speaker: 'A Weibo user',
  original: '美联航，你欠所有乘客一个道歉。',
  language: 'zh',
};

const FACT = {
  statement: 'United’s shares fell in early trading on 11 April',
  value: '4',
  unit: '%',
  origin: 'Reuters',
};

const LESSON = 'Apologize to the person harmed before defending the procedure.';

/** The shortest pause a person makes between two deliberate shortcuts. */
const HUMAN_PAUSE_MS = 150;

const SECTIONS = {
  overview: 'Overview',
  narrative: 'Narrative',
  grid: 'Issue / response / impact',
  timeline: 'Timeline',
  actors: 'Actors',
  quotes: 'Quotes',
  facts: 'Facts and figures',
  lessons: 'Lessons',
  sources: 'Sources',
} as const;

async function openSection(page: Page, name: string): Promise<Locator> {
  await page.getByRole('tab', { name, exact: true }).click();
  const panel = page.getByRole('tabpanel', { name, exact: true });
  await panel.waitFor();
  return panel;
}

/** The list item that holds the keyboard focus: the item an "Add …" button just opened for typing. */
function focusedItem(panel: Locator): Locator {
  return panel.getByRole('listitem').filter({ has: panel.page().locator(':focus') });
}

async function addItem(panel: Locator, button: string): Promise<Locator> {
  await panel.getByRole('button', { name: button, exact: true }).click();
  const item = focusedItem(panel);
  await item.waitFor();
  return item;
}

describeE2E('writing a whole case', () => {
  it('writes overview, narrative, rows, events, actors, a quote, a fact and a lesson; reopening the notebook shows them all', async () => {
    const app = await openApp();
    const { page } = app;

    // A new case: the caret is in its title.
    await page.getByRole('main').getByRole('button', { name: 'New case' }).click();
    const title = page.getByRole('textbox', { name: 'Title', exact: true });
    await expectFocused(title);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(TITLE);

    // Overview
    await typeInto(page.getByRole('textbox', { name: 'Summary', exact: true }), SUMMARY);
    await choose(page.getByRole('combobox', { name: 'Status', exact: true }), 'In review');
    const startedOn = page.getByRole('textbox', { name: 'Started on', exact: true });
    await typeInto(startedOn, 'April 2017');
    await expect.poll(() => descriptionOf(startedOn)).toMatch(/Month.*April 2017/);
    const endedOn = page.getByRole('textbox', { name: 'Ended on', exact: true });
    await typeInto(endedOn, '2017-04-27');
    await expect.poll(() => descriptionOf(endedOn)).toMatch(/Day/);
    const tags = page.getByRole('textbox', { name: 'Tags', exact: true });
    await typeInto(tags, 'aviation');
    await page.keyboard.press('Enter');
    await page.keyboard.type('customer service');
    await page.keyboard.press('Enter');
    await choose(page.getByRole('combobox', { name: 'Crisis cluster', exact: true }), 'Preventable');
    await choose(page.getByRole('combobox', { name: 'Crisis type', exact: true }), 'Organizational misdeed');

    // A source, added from the Sources section
    const sources = await openSection(page, SECTIONS.sources);
    await sources.getByRole('button', { name: 'Add source', exact: true }).click();
    const addSource = page.getByRole('dialog', { name: 'Add source' });
    await typeInto(addSource.getByRole('textbox', { name: 'Title', exact: true }), SOURCE.title);
    await typeInto(addSource.getByRole('textbox', { name: 'URL', exact: true }), SOURCE.url);
    await typeInto(addSource.getByRole('textbox', { name: 'Publisher', exact: true }), SOURCE.publisher);
    await choose(addSource.getByRole('combobox', { name: 'Kind', exact: true }), 'News article');
    await addSource.getByRole('button', { name: 'Add source', exact: true }).click();
    await addSource.waitFor({ state: 'detached' });
    await sources.getByText(SOURCE.title).first().waitFor();

    // Narrative: a heading, a paragraph with a citation, a list, a link (Markdown shortcuts and Ctrl/Cmd+K)
    await openSection(page, SECTIONS.narrative);
    const editor = page.getByRole('textbox', { name: 'Narrative', exact: true });
    await editor.click();
    await page.keyboard.type(`## ${NARRATIVE.heading}`);
    await page.keyboard.press('Enter');
    await page.keyboard.type(NARRATIVE.opening);
    await page.getByRole('button', { name: 'Insert citation', exact: true }).click();
    // The issue names no dialog here: "a searchable source picker", its search box taking the typing.
    const picker = page.getByRole('dialog');
    await picker.waitFor();
    await page.keyboard.type('Dragged');
    await picker.getByRole('option', { name: new RegExp(SOURCE.title) }).waitFor();
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    await expectFocused(editor);
    await page.keyboard.press('Enter');
    await page.keyboard.type('- ');
    await page.keyboard.type(NARRATIVE.bullets[0]!);
    await page.keyboard.press('Enter');
    await page.keyboard.type(NARRATIVE.bullets[1]!);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // an empty item ends the list
    await page.keyboard.type(NARRATIVE.linkText);
    await page.keyboard.press('Shift+Home');
    await page.waitForTimeout(HUMAN_PAUSE_MS); // a person looks at the selection before pressing Ctrl/Cmd+K
    await page.keyboard.press('ControlOrMeta+K');
    const linkDialog = page.getByRole('dialog', { name: 'Insert link' });
    await linkDialog.getByRole('textbox', { name: 'URL', exact: true }).fill(NARRATIVE.linkUrl);
    await page.keyboard.press('Enter');
    await linkDialog.waitFor({ state: 'detached' });
    await expect.poll(() => editor.getByRole('link', { name: NARRATIVE.linkText }).count()).toBe(1);
    await expect.poll(() => editor.getByRole('heading', { name: NARRATIVE.heading }).count()).toBe(1);

    // Issue / response / impact: three rows typed cell to cell, each coded with a strategy
    const gridPanel = await openSection(page, SECTIONS.grid);
    const grid = gridPanel.getByRole('grid', { name: 'Issue / response / impact' });
    for (const [index, row] of ROWS.entries()) {
      await gridPanel.getByRole('button', { name: 'Add row', exact: true }).click();
      await expectFocused(grid.getByRole('textbox', { name: `Issue, row ${index + 1}` }));
      await page.keyboard.type(row.issue);
      await page.keyboard.press('Tab');
      await page.keyboard.type(row.response);
      await page.keyboard.press('Tab');
      await page.keyboard.type(row.impact);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => firstColumn(grid)).toEqual(ROWS.map((row) => row.issue));
    for (const [index, row] of ROWS.entries()) {
      const details = await rowDetails(gridPanel, index);
      await choose(details.getByRole('combobox', { name: 'Strategy', exact: true }), row.strategy);
    }

    // Timeline: four events in mixed precision, entered out of order
    const timeline = await openSection(page, SECTIONS.timeline);
    for (const event of EVENTS) {
      const item = await addItem(timeline, 'Add event');
      await expectFocused(item.getByRole('textbox', { name: 'Date', exact: true }));
      await page.keyboard.type(event.date);
      if (event.approximate === true) await item.getByRole('checkbox', { name: 'Approximate', exact: true }).check();
      await choose(item.getByRole('combobox', { name: 'Kind', exact: true }), event.kind);
      await typeInto(item.getByRole('textbox', { name: 'What happened', exact: true }), event.title);
      await page.keyboard.press('Enter');
    }
    // The row being typed in stays put until the person moves on; then every event takes its place.
    await page.getByRole('tab', { name: SECTIONS.timeline, exact: true }).click();
    await expect
      .poll(() => fieldValues(timeline, 'Events', 'What happened'))
      .toEqual(EVENTS_IN_ORDER.map((event) => event.title));

    // Actors
    const actors = await openSection(page, SECTIONS.actors);
    for (const actor of ACTORS) {
      const item = await addItem(actors, 'Add actor');
      await typeInto(item.getByRole('textbox', { name: 'Name', exact: true }), actor.name);
      await choose(item.getByRole('combobox', { name: 'Kind', exact: true }), actor.kind);
      await choose(item.getByRole('combobox', { name: 'Role', exact: true }), actor.role);
    }

    // A quote with its original-language text
    const quotes = await openSection(page, SECTIONS.quotes);
    const quote = await addItem(quotes, 'Add quote');
    await typeInto(quote.getByRole('textbox', { name: 'Quote', exact: true }), QUOTE.text);
    await typeInto(
      quote
        .getByRole('combobox', { name: 'Speaker', exact: true })
        .or(quote.getByRole('textbox', { name: 'Speaker', exact: true })),
      QUOTE.speaker,
    );
    await typeInto(quote.getByRole('textbox', { name: 'Original text', exact: true }), QUOTE.original);
    await typeInto(quote.getByRole('textbox', { name: 'Language', exact: true }), QUOTE.language);

    // A fact
    const facts = await openSection(page, SECTIONS.facts);
    const fact = await addItem(facts, 'Add fact');
    await typeInto(fact.getByRole('textbox', { name: 'Statement', exact: true }), FACT.statement);
    await typeInto(
      fact
        .getByRole('textbox', { name: 'Value', exact: true })
        .or(fact.getByRole('spinbutton', { name: 'Value', exact: true })),
      FACT.value,
    );
    await typeInto(fact.getByRole('textbox', { name: 'Unit', exact: true }), FACT.unit);
    await typeInto(fact.getByRole('textbox', { name: 'Origin', exact: true }), FACT.origin);

    // A lesson: "Add lesson" puts the caret in the new lesson
    const lessons = await openSection(page, SECTIONS.lessons);
    await addItem(lessons, 'Add lesson');
    await page.keyboard.type(LESSON);
    await page.keyboard.press('Enter');

    await screenshot(page, 'write-a-case-before-closing');
    expect(app.requestsLeavingOrigin()).toEqual([]);
    await app.close();

    // What the notebook file holds
    const caseId = caseIdByTitle(app.notebookPath, TITLE);
    const stored = readCase(app.notebookPath, caseId);
    expect(stored.case).toMatchObject({
      title: TITLE,
      summary: SUMMARY,
      status: 'review',
      startedOn: '2017-04',
      endedOn: '2017-04-27',
      crisisCluster: 'preventable',
      crisisType: 'organizational-misdeed',
    });
    expect(stored.case.tags.map((tag) => tag.name)).toEqual(['aviation', 'customer service']);
    expect(stored.issueRows.map((row) => [row.issue, row.response, row.impact, row.strategy])).toEqual([
      [ROWS[0]!.issue, ROWS[0]!.response, ROWS[0]!.impact, 'justification'],
      [ROWS[1]!.issue, ROWS[1]!.response, ROWS[1]!.impact, 'attack-accuser'],
      [ROWS[2]!.issue, ROWS[2]!.response, ROWS[2]!.impact, 'apology'],
    ]);
    expect(stored.events.map((event) => event.title).sort()).toEqual(EVENTS.map((event) => event.title).sort());
    expect(stored.events.find((event) => event.title === EVENTS[2]!.title)).toMatchObject({ on: '2017', approx: true });
    expect(stored.actors.map((actor) => [actor.name, actor.kind, actor.role])).toEqual([
      ['United Airlines', 'organization', 'subject'],
      ['Oscar Munoz', 'person', 'spokesperson'],
    ]);
    expect(stored.quotes).toMatchObject([{ text: QUOTE.text, original: QUOTE.original, language: QUOTE.language }]);
    expect(stored.facts).toMatchObject([{ statement: FACT.statement, value: 4, unit: FACT.unit, origin: FACT.origin }]);
    expect(stored.lessons.map((lesson) => lesson.text)).toEqual([LESSON]);
    const source = stored.sources.find((candidate) => candidate.title === SOURCE.title);
    expect(source, 'the cited source is part of the case document').toBeDefined();
    const lexical = JSON.stringify(stored.narrative.lexical);
    expect(lexical, 'the narrative holds a citation of the source').toContain(source!.id);
    for (const text of [NARRATIVE.heading, NARRATIVE.opening, ...NARRATIVE.bullets, NARRATIVE.linkText])
      expect(stored.narrative.text).toContain(text);

    // What the reopened window shows
    const reopened = await openApp({ notebookPath: app.notebookPath });
    const again = reopened.page;
    await again.getByRole('list', { name: 'Cases' }).getByRole('button', { name: TITLE }).click();
    await expect.poll(() => again.getByRole('heading', { level: 1 }).innerText()).toBe(TITLE);

    await openSection(again, SECTIONS.overview);
    expect(await shownValue(again.getByRole('textbox', { name: 'Title', exact: true }))).toBe(TITLE);
    expect(await shownValue(again.getByRole('textbox', { name: 'Summary', exact: true }))).toBe(SUMMARY);
    expect(await shownValue(again.getByRole('combobox', { name: 'Status', exact: true }))).toBe('In review');
    expect(await descriptionOf(again.getByRole('textbox', { name: 'Started on', exact: true }))).toMatch(
      /Month.*April 2017/,
    );
    expect(await shownValue(again.getByRole('combobox', { name: 'Crisis cluster', exact: true }))).toBe('Preventable');
    expect(await shownValue(again.getByRole('combobox', { name: 'Crisis type', exact: true }))).toBe(
      'Organizational misdeed',
    );
    for (const tag of ['aviation', 'customer service'])
      await again.getByRole('button', { name: `Remove tag ${tag}` }).waitFor();

    await openSection(again, SECTIONS.narrative);
    const reopenedEditor = again.getByRole('textbox', { name: 'Narrative', exact: true });
    await reopenedEditor.getByRole('heading', { name: NARRATIVE.heading }).waitFor();
    await reopenedEditor.getByText(NARRATIVE.opening).waitFor();
    for (const bullet of NARRATIVE.bullets)
      await reopenedEditor.getByRole('listitem').filter({ hasText: bullet }).waitFor();
    const link = reopenedEditor.getByRole('link', { name: NARRATIVE.linkText });
    expect(await link.getAttribute('href')).toBe(NARRATIVE.linkUrl);
    await reopenedEditor.getByLabel(new RegExp(`^Citation 1: ${SOURCE.title}`)).waitFor();

    const reopenedGridPanel = await openSection(again, SECTIONS.grid);
    const reopenedGrid = reopenedGridPanel.getByRole('grid', { name: 'Issue / response / impact' });
    await expect.poll(() => firstColumn(reopenedGrid)).toEqual(ROWS.map((row) => row.issue));
    for (const [index, row] of ROWS.entries()) {
      const details = await rowDetails(reopenedGridPanel, index);
      expect(await shownValue(details.getByRole('combobox', { name: 'Strategy', exact: true }))).toBe(row.strategy);
    }

    const reopenedTimeline = await openSection(again, SECTIONS.timeline);
    await expect
      .poll(() => fieldValues(reopenedTimeline, 'Events', 'What happened'))
      .toEqual(EVENTS_IN_ORDER.map((event) => event.title));

    const reopenedActors = await openSection(again, SECTIONS.actors);
    const names = reopenedActors.getByRole('textbox', { name: 'Name', exact: true });
    await expect
      .poll(async () => Promise.all((await names.all()).map(shownValue)))
      .toEqual(ACTORS.map((actor) => actor.name));

    const reopenedQuotes = await openSection(again, SECTIONS.quotes);
    expect(await shownValue(reopenedQuotes.getByRole('textbox', { name: 'Quote', exact: true }))).toBe(QUOTE.text);
    expect(await shownValue(reopenedQuotes.getByRole('textbox', { name: 'Original text', exact: true }))).toBe(
      QUOTE.original,
    );

    const reopenedFacts = await openSection(again, SECTIONS.facts);
    expect(await shownValue(reopenedFacts.getByRole('textbox', { name: 'Statement', exact: true }))).toBe(
      FACT.statement,
    );

    const reopenedLessons = await openSection(again, SECTIONS.lessons);
    await expect
      .poll(
        async () =>
          (await reopenedLessons.getByRole('list', { name: 'Lessons', exact: true }).innerText()).includes(LESSON) ||
          (await Promise.all((await reopenedLessons.getByRole('textbox').all()).map(shownValue))).includes(LESSON),
      )
      .toBe(true);

    const reopenedSources = await openSection(again, SECTIONS.sources);
    await reopenedSources.getByText(SOURCE.title).first().waitFor();

    await screenshot(again, 'write-a-case-reopened');
    expect(reopened.requestsLeavingOrigin()).toEqual([]);
    await reopened.close();
  });
});

/** Opens (if closed) the coding and sources of row `index` (0-based) and returns its "Details of row N" group. */
async function rowDetails(gridPanel: Locator, index: number): Promise<Locator> {
  const name = `Details of row ${index + 1}`;
  const group = gridPanel.getByRole('group', { name });
  if ((await group.count()) === 0) await gridPanel.getByRole('button', { name }).click();
  await group.waitFor();
  return group;
}

/** What the fields named `field` show, top to bottom, in the list named `listName`. */
async function fieldValues(panel: Locator, listName: string, field: string): Promise<string[]> {
  const fields = panel
    .getByRole('list', { name: listName, exact: true })
    .getByRole('textbox', { name: field, exact: true });
  return Promise.all((await fields.all()).map(shownValue));
}
