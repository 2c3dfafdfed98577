import type { Locator } from 'playwright-core';

/** Minimal shapes of form elements, for code run inside the page (this project's Node tests have no DOM types). */
interface FormElement {
  readonly tagName: string;
  readonly value: string;
  readonly options?: ArrayLike<{ readonly value: string; readonly text: string; readonly selected: boolean }>;
  getAttribute(name: string): string | null;
  readonly ownerDocument: { getElementById(id: string): { readonly textContent: string | null } | null };
}

/** Types a function run inside the page against the minimal FormElement shape. */
function inPage<R>(run: (element: FormElement) => R): (node: Element) => R {
  return run as unknown as (node: Element) => R;
}

/**
 * Chooses the option of a <select> whose text is `label` (ignoring case and surrounding space), as a
 * person picks it from the list; fails saying which options there were when none matches.
 */
export async function choose(select: Locator, label: string): Promise<void> {
  const options = await select.evaluate(
    inPage((element) =>
      Array.from(element.options ?? [], (option) => ({ value: option.value, text: option.text.trim() })),
    ),
  );
  const wanted = label.trim().toLowerCase();
  const match = options.find((option) => option.text.toLowerCase() === wanted);
  if (match === undefined)
    throw new Error(
      `No option "${label}" in the select; it offers: ${options.map((option) => option.text).join(', ')}`,
    );
  await select.selectOption(match.value);
}

/** What a field shows: an input's or textarea's text, or the text of a select's chosen option. */
export async function shownValue(field: Locator): Promise<string> {
  return field.evaluate(
    inPage((element) => {
      if (element.tagName === 'SELECT') {
        const chosen = Array.from(element.options ?? []).find((option) => option.selected);
        return chosen?.text.trim() ?? '';
      }
      return element.value;
    }),
  );
}

/** The text of the elements that describe a field (aria-describedby), as a screen reader reads it after the name. */
export async function descriptionOf(field: Locator): Promise<string> {
  return field.evaluate(
    inPage((element) =>
      (element.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .filter((id) => id !== '')
        .map((id) => element.ownerDocument.getElementById(id)?.textContent?.trim() ?? '')
        .join(' ')
        .trim(),
    ),
  );
}

/** Clicks into a text field and types as a person does (every keystroke goes through the app's handlers). */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.page().keyboard.type(text);
}
