/**
 * Runs in the page's own world (it must replace the page's view of HTMLInputElement.prototype). Only moves a
 * detached file input into the document while its picker is open; it reads nothing and sends nothing.
 */
export function attachDetachedFilePickers(): void {
  const holder = document.createElement('div');
  holder.hidden = true;
  const attach = (input: HTMLInputElement) => {
    if (input.type !== 'file' || input.isConnected) return;
    (document.body ?? document.documentElement).append(holder);
    holder.append(input);
    // After the page's own change handlers have run (the content script re-dispatches approved files), let it go.
    const release = () => setTimeout(() => input.remove(), 0);
    input.addEventListener('cancel', release, { once: true });
    input.addEventListener('change', release, { once: true });
  };
  for (const method of ['click', 'showPicker'] as const) {
    const original = HTMLInputElement.prototype[method];
    HTMLInputElement.prototype[method] = function (this: HTMLInputElement) {
      attach(this);
      return original.call(this);
    };
  }
}
