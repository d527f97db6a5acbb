/**
 * Capture-phase listeners on window: they run before any handler the page registered on its editor, form or
 * root, so holding an event here (preventDefault + stopImmediatePropagation) keeps the page from acting on it.
 * All of them are removed when `signal` aborts (the extension was reloaded or the content script invalidated).
 */
import { insertAtSelection, isTextField, readEditor } from '../../sites/editors.ts';
import type { SiteAdapter } from '../../sites/types.ts';
import type { Guard } from './guard.ts';
import { editorAt, editorForButton } from './locate.ts';
import { TIP_ELEMENT } from './tip.tsx';

function hold(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** The real target inside shadow roots; none for events in our own tip (its buttons and justification box). */
function targetOf(event: Event): Element | undefined {
  const path = event.composedPath();
  if (path.some((node) => node instanceof Element && node.localName === TIP_ELEMENT)) return undefined;
  return path[0] as Element | undefined;
}
const isElement = (t: unknown): t is Element => t instanceof Element;
/** What an approval of files names: the files, since their contents are not in the event. */
const fileNames = (files: readonly File[]) => files.map((f) => f.name).join('\n');

/** Reports a failure of our own code; the event stays held, so nothing passes unchecked. */
const guarded = (work: Promise<void>) => work.catch((err: unknown) => console.error('[Promptwall] check failed; the action was stopped:', err));

export function intercept(adapterFor: () => SiteAdapter | undefined, guard: Guard, signal: AbortSignal): void {
  const on = <K extends keyof WindowEventMap>(type: K, listener: (e: WindowEventMap[K]) => void) =>
    window.addEventListener(type, listener, { capture: true, signal });

  const submitFrom = (located: ReturnType<typeof editorAt>, event: Event) => {
    if (!located) return;
    const text = readEditor(located.adapter, located.editor);
    if (!text.trim() || guard.isApproved('submit', text)) return; // nothing to send, or our own re-send
    hold(event);
    void guarded(guard.submit(located));
  };

  on('keydown', (e) => {
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing || e.keyCode === 229) return;
    const target = targetOf(e);
    if (!isElement(target)) return;
    const located = editorAt(adapterFor(), target);
    // A generic textarea in a form: Enter may just add a line; the form's submit event is what sends.
    if (located?.adapter.id === 'generic' && isTextField(located.editor) && located.editor.form) return;
    submitFrom(located, e);
  });

  on('click', (e) => {
    const target = targetOf(e);
    if (isElement(target)) submitFrom(editorForButton(adapterFor(), target), e);
  });

  on('submit', (e) => {
    const form = targetOf(e);
    if (!(form instanceof HTMLFormElement)) return;
    const field = [...form.querySelectorAll<HTMLElement>('textarea, [contenteditable]:not([contenteditable="false"])')].map((el) => editorAt(adapterFor(), el)).find(Boolean);
    submitFrom(field, e);
  });

  on('paste', (e) => {
    const target = targetOf(e);
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (!isElement(target) || !text || guard.isApproved('paste', text)) return;
    const located = editorAt(adapterFor(), target);
    if (!located) return;
    hold(e);
    void guarded(
      guard.insert(located, 'paste', text, (value) => {
        // Hand the approved text to the editor's own paste handling (large pastes become attachments there);
        // an editor that does not handle synthetic pastes gets it inserted at the caret.
        const data = new DataTransfer();
        data.setData('text/plain', value);
        const handled = !located.editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
        if (!handled) insertAtSelection(located.editor, value);
      }),
    );
  });

  on('drop', (e) => {
    const target = targetOf(e);
    const data = e.dataTransfer;
    if (!isElement(target) || !data) return;
    const files = [...data.files];
    const text = files.length ? '' : data.getData('text/plain');
    if ((!files.length && !text) || guard.isApproved(files.length ? 'file' : 'drop', text || fileNames(files))) return;
    // Files count wherever they are dropped (sites have drop zones around the composer); text only into an editor.
    const located = editorAt(adapterFor(), target);
    if (!located && !files.length) return;
    hold(e);
    const redispatch = (transfer: DataTransfer) =>
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true, composed: true, clientX: e.clientX, clientY: e.clientY }));
    if (files.length) {
      void guarded(
        guard.files(located, files, located?.editor ?? target, () => {
          // The original DataTransfer is unreadable once its event is over: carry the files in a new one.
          const transfer = new DataTransfer();
          for (const f of files) transfer.items.add(f);
          void guard.passThrough('file', fileNames(files), () => void redispatch(transfer));
        }, () => undefined),
      );
      return;
    }
    void guarded(
      guard.insert(located!, 'drop', text, (value) => {
        const transfer = new DataTransfer();
        transfer.setData('text/plain', value);
        if (!redispatch(transfer)) return;
        insertAtSelection(located!.editor, value);
      }),
    );
  });

  on('change', (e) => {
    const input = targetOf(e);
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.length) return;
    const files = [...input.files];
    if (guard.isApproved('file', fileNames(files))) return;
    // 'change' cannot be cancelled; stopping it here keeps the page's upload handlers from seeing the files.
    e.stopImmediatePropagation();
    const anchor = input.closest('form') ?? document.activeElement ?? document.body;
    void guarded(
      guard.files(undefined, files, anchor, () => {
        void guard.passThrough('file', fileNames(files), () => void input.dispatchEvent(new Event('change', { bubbles: true })));
      }, () => {
        input.value = '';
      }),
    );
  });
}
