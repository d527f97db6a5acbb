/**
 * Finding the prompt box behind an event, at event time: single-page apps replace their editors, so nothing is
 * cached. A chatbot's adapter selectors come first; when none of them matches any more, the generic hook
 * (any visible textarea or contenteditable that is not a search or password field) still protects the page.
 */
import { isVisible } from '../../sites/editors.ts';
import { generic } from '../../sites/index.ts';
import type { SiteAdapter } from '../../sites/types.ts';

export interface Located {
  readonly adapter: SiteAdapter;
  readonly editor: HTMLElement;
}

function isPromptLike(el: HTMLElement): boolean {
  if (el instanceof HTMLInputElement) return false;
  if (el.closest('[role="search"]')) return false;
  const label = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('name') ?? ''} ${el.id}`.toLowerCase();
  return !/search|password|e-?mail/.test(label);
}

/** The outermost editable element containing `target` (rich editors nest contenteditable blocks). */
function editableRoot(target: Element): HTMLElement | undefined {
  const field = target.closest('textarea');
  if (field) return field;
  let root = target.closest<HTMLElement>('[contenteditable]:not([contenteditable="false"])');
  while (root?.parentElement?.closest('[contenteditable]:not([contenteditable="false"])')) {
    root = root.parentElement.closest<HTMLElement>('[contenteditable]:not([contenteditable="false"])')!;
  }
  return root ?? undefined;
}

export function adapterMatches(adapter: SiteAdapter, doc: Document): boolean {
  return adapter.editors.some((s) => [...doc.querySelectorAll(s)].some(isVisible));
}

/** The editor an event happened in, if it is a prompt box we protect. */
export function editorAt(adapter: SiteAdapter | undefined, target: Element): Located | undefined {
  if (adapter) {
    for (const selector of adapter.editors) {
      const editor = target.closest<HTMLElement>(selector);
      if (editor) return { adapter, editor };
    }
    if (adapterMatches(adapter, target.ownerDocument)) return undefined; // the site's own box is elsewhere: not a prompt
  }
  const editor = editableRoot(target);
  return editor && isPromptLike(editor) ? { adapter: generic, editor } : undefined;
}

/** The prompt box a send control belongs to. */
export function editorForButton(adapter: SiteAdapter | undefined, target: Element): Located | undefined {
  const candidates = adapter && adapterMatches(adapter, target.ownerDocument) ? [adapter] : [generic];
  for (const a of candidates) {
    const button = target.closest<HTMLElement>(a.sendButtons.join(','));
    if (!button) continue;
    const scope = a.composer?.map((s) => button.closest(s)).find(Boolean) ?? (a === generic ? undefined : button.ownerDocument);
    if (!scope) continue;
    for (const selector of a.editors) {
      const editor = [...scope.querySelectorAll<HTMLElement>(selector)].find((e) => isVisible(e) && (a !== generic || isPromptLike(e)));
      if (editor) return { adapter: a, editor };
    }
  }
  return undefined;
}
