/**
 * Reading and writing prompt boxes the way their frameworks accept (see shared notes, "Editor families"):
 * - textareas: the native value setter plus an `input` event. A plain `el.value = x` updates React's value
 *   tracker, so React sees no change and keeps its stale state.
 * - contenteditables (ProseMirror, TipTap, Quill, Lexical): select the contents and `execCommand('insertText')`,
 *   which the editors' DOM observers turn into their own transactions. Never innerHTML (Gemini enforces Trusted Types).
 */
import type { SiteAdapter } from './types.ts';

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

const BLOCKS = new Set(['P', 'DIV', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'TABLE']);

/** The text a user sees in the editor, one line per paragraph (innerText alone doubles paragraph breaks). */
export function readEditor(adapter: SiteAdapter, el: HTMLElement): string {
  if (adapter.read) return adapter.read(el);
  if (isTextField(el)) return el.value;
  const children = [...el.children] as HTMLElement[];
  const text =
    children.length > 0 && children.every((c) => BLOCKS.has(c.tagName))
      ? children.map((c) => c.innerText.replace(/\n$/, '')).join('\n')
      : el.innerText;
  return text.replace(/\u00a0/g, ' ').replace(/\n+$/, '');
}

const nativeValueSetter = (el: HTMLTextAreaElement | HTMLInputElement) =>
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el) as object, 'value')?.set;

/** Replaces the editor's whole text. */
export function writeEditor(adapter: SiteAdapter, el: HTMLElement, text: string): void {
  if (adapter.write) return adapter.write(el, text);
  el.focus();
  if (isTextField(el)) {
    nativeValueSetter(el)?.call(el, text);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    return;
  }
  const selection = el.ownerDocument.getSelection();
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  selection?.removeAllRanges();
  selection?.addRange(range);
  insertAtSelection(el, text);
}

/** Inserts text where the selection is, line by line, so every editor makes real paragraphs. */
export function insertAtSelection(el: HTMLElement, text: string): void {
  const doc = el.ownerDocument;
  if (isTextField(el)) {
    el.setRangeText(text, el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length, 'end');
    el.dispatchEvent(new Event('input', { bubbles: true }));
    return;
  }
  const lines = text.split('\n');
  if (text === '') doc.execCommand('delete');
  lines.forEach((line, i) => {
    if (i > 0) doc.execCommand('insertParagraph');
    if (line) doc.execCommand('insertText', false, line);
  });
}

/** Waits until editors that commit asynchronously (Lexical, React) have applied a write. */
export function settled(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** Rendered on the page: sites keep hidden fallback editors and buttons beside the real ones. */
export const isVisible = (el: Element) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0;
const enabled = (el: Element) => !(el as HTMLButtonElement).disabled && el.getAttribute('aria-disabled') !== 'true';

/** The adapter's send control for this editor: in its composer when there is one, else anywhere on the page. */
export function findSendButton(adapter: SiteAdapter, editor: HTMLElement): HTMLElement | undefined {
  const scope = adapter.composer?.map((s) => editor.closest(s)).find(Boolean) ?? editor.ownerDocument;
  for (const selector of adapter.sendButtons) {
    const found = [...scope.querySelectorAll<HTMLElement>(selector)].find(isVisible);
    if (found) return found;
  }
  return undefined;
}

/** Sends the editor's prompt the way a user would: the send control when it is enabled, else Enter, else the form. */
export async function submitEditor(adapter: SiteAdapter, editor: HTMLElement): Promise<void> {
  for (let waited = 0; waited < 1000; waited += 50) {
    const button = findSendButton(adapter, editor);
    if (button && enabled(button)) return button.click();
    if (!button) break;
    await new Promise((r) => setTimeout(r, 50)); // the framework enables it after the write
  }
  const enter = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true };
  const handledByEditor = !editor.dispatchEvent(new KeyboardEvent('keydown', enter));
  if (!handledByEditor) editor.closest('form')?.requestSubmit();
}
