import { afterEach, describe, expect, it } from 'vitest';
import { guardReadonlyFields } from '../../renderer/app/readonly-guard.ts';

function beforeInput(target: Element): boolean {
  const event = new InputEvent('beforeinput', { bubbles: true, cancelable: true, inputType: 'insertText', data: 'x' });
  return target.dispatchEvent(event);
}

describe('the read-only guard', () => {
  let undo: (() => void) | null = null;
  afterEach(() => {
    undo?.();
    document.body.innerHTML = '';
  });

  function mount(html: string): { root: HTMLElement; blocked: () => number } {
    document.body.innerHTML = `<main>${html}</main>`;
    const root = document.querySelector('main')!;
    let count = 0;
    undo = guardReadonlyFields(root, () => (count += 1));
    return { root, blocked: () => count };
  }

  it('stops typing into text fields and ticking boxes, and says so each time', () => {
    const { root, blocked } = mount(
      '<input aria-label="Title"><textarea aria-label="Summary"></textarea><input type="checkbox" aria-label="Approximate">' +
        '<select aria-label="Status"><option>Draft</option></select>',
    );
    expect(beforeInput(root.querySelector('input')!)).toBe(false);
    expect(beforeInput(root.querySelector('textarea')!)).toBe(false);
    const box = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    box.click();
    expect(box.checked).toBe(false);
    const status = root.querySelector('select')!;
    expect(status.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }))).toBe(false);
    expect(status.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }))).toBe(false);
    expect(status.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }))).toBe(true);
    expect(blocked()).toBe(5);
  });

  it('leaves search and find fields, dialogs and buttons alone', () => {
    const { root, blocked } = mount(
      '<input type="search" aria-label="Search sources"><div role="search"><input aria-label="Find in the case"></div>' +
        '<div role="dialog"><input type="checkbox" aria-label="Include sources"></div><button type="button">Export…</button>' +
        '<div data-readonly-ok><select aria-label="Citation style"><option>APA</option></select></div>',
    );
    expect(beforeInput(root.querySelector('input[type="search"]')!)).toBe(true);
    expect(beforeInput(root.querySelector('[role="search"] input')!)).toBe(true);
    const box = root.querySelector<HTMLInputElement>('[role="dialog"] input')!;
    box.click();
    expect(box.checked).toBe(true);
    let clicked = false;
    root.querySelector('button')!.addEventListener('click', () => (clicked = true));
    root.querySelector('button')!.click();
    expect(clicked).toBe(true);
    const style = root.querySelector('select')!;
    expect(style.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }))).toBe(true);
    expect(blocked()).toBe(0);
  });

  it('lets everything through again once undone', () => {
    const { root } = mount('<input aria-label="Title">');
    undo?.();
    undo = null;
    expect(beforeInput(root.querySelector('input')!)).toBe(true);
  });
});
