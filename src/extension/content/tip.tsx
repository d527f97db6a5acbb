/**
 * The policy tip: an inline panel next to the prompt box that says what was found (kind and a masked preview,
 * never the value) and offers the actions the policy allows. It lives in a shadow root so the page's CSS
 * cannot restyle it and nothing of it goes through innerHTML.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import type { Channel } from '../../events/event.ts';
import type { Action } from '../../policy/schema.ts';
import { TIP_CSS } from './tip-style.ts';

export interface TipItem {
  readonly label: string;
  readonly previews: readonly string[];
}

export interface TipContent {
  readonly action: Action;
  readonly channel: Channel;
  readonly items: readonly TipItem[];
  readonly notice?: string;
  /** Whether "send anyway" is offered, and if it needs a justification of at least this many characters. */
  readonly override: { allowed: boolean; justificationMinLength?: number };
  /** A one-off message instead of a choice, e.g. a redaction that could not be verified. */
  readonly message?: string;
}

export type TipChoice = { type: 'cancel' } | { type: 'edit' } | { type: 'redact' } | { type: 'send'; justification?: string };

const VERBS: Record<Channel, string> = { typed: 'Send', paste: 'Paste', drop: 'Drop', file: 'Upload' };

const TITLES: Record<Action, string> = {
  allow: 'Promptwall',
  warn: 'This may contain confidential data',
  redact: 'Sensitive values will be replaced before sending',
  block: 'Promptwall stopped this',
};

function Tip({ content, choose }: { content: TipContent; choose: (c: TipChoice) => void }) {
  const [justifying, setJustifying] = useState(false);
  const [justification, setJustification] = useState('');
  const verb = VERBS[content.channel];
  const min = content.override.justificationMinLength;
  const needsReason = min !== undefined;
  return (
    <section class={`tip ${content.action}`} role="alertdialog" aria-label={TITLES[content.action]}>
      <header>
        <strong>{TITLES[content.action]}</strong>
      </header>
      {content.message && <p class="message">{content.message}</p>}
      {content.items.length > 0 && (
        <ul class="items">
          {content.items.map((item) => (
            <li key={item.label}>
              <span class="label">{item.label}</span>
              {item.previews.map((p) => (
                <code key={p}>{p}</code>
              ))}
            </li>
          ))}
        </ul>
      )}
      {content.notice && <p class="notice">{content.notice}</p>}
      {justifying ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (justification.trim().length >= (min ?? 0)) choose({ type: 'send', justification: justification.trim() });
          }}
        >
          <label>
            Why do you need to {verb.toLowerCase()} this? Your reason is sent to your security team.
            <textarea name="justification" value={justification} onInput={(e) => setJustification(e.currentTarget.value)} rows={2} />
          </label>
          <div class="actions">
            <button type="submit" class="primary" disabled={justification.trim().length < (min ?? 0)}>
              {verb} with this reason
            </button>
            <button type="button" onClick={() => setJustifying(false)}>
              Back
            </button>
          </div>
        </form>
      ) : (
        <div class="actions">
          {content.action === 'redact' && !content.message && (
            <button type="button" class="primary" onClick={() => choose({ type: 'redact' })}>
              Redact and {verb.toLowerCase()}
            </button>
          )}
          {content.override.allowed && !content.message && (
            <button type="button" onClick={() => (needsReason ? setJustifying(true) : choose({ type: 'send' }))}>
              {verb} anyway{needsReason ? '…' : ''}
            </button>
          )}
          {content.channel === 'typed' && (
            <button type="button" onClick={() => choose({ type: 'edit' })}>
              Edit prompt
            </button>
          )}
          <button type="button" onClick={() => choose({ type: 'cancel' })}>
            {content.channel === 'typed' ? 'Cancel' : 'Close'}
          </button>
        </div>
      )}
    </section>
  );
}

/** The tip's host element; the interceptor ignores events inside it. */
export const TIP_ELEMENT = 'promptwall-tip';

const MARGIN = 8;

/** Above the prompt box when it fits, else below it; always inside the viewport, where the user can reach it. */
function place(host: HTMLElement, anchor: DOMRect): void {
  const width = Math.min(Math.max(anchor.width, 320), 560, window.innerWidth - 2 * MARGIN);
  host.style.width = `${width}px`;
  host.style.left = `${Math.min(Math.max(MARGIN, anchor.left), window.innerWidth - width - MARGIN)}px`;
  const height = host.offsetHeight;
  const above = anchor.top - height - MARGIN;
  const top = above >= MARGIN ? above : Math.min(anchor.bottom + MARGIN, window.innerHeight - height - MARGIN);
  host.style.top = `${Math.max(MARGIN, top)}px`;
}

/** One tip at a time, next to the prompt box; resolves with the user's choice. */
export class TipHost {
  private host?: HTMLElement;
  private root?: HTMLElement;
  private pending?: (choice: TipChoice) => void;

  show(content: TipContent, anchor: Element): Promise<TipChoice> {
    this.close({ type: 'cancel' });
    const { host, root } = this.mount();
    const chosen = new Promise<TipChoice>((resolve) => (this.pending = resolve));
    render(<Tip content={content} choose={(c) => this.close(c)} />, root);
    place(host, anchor.getBoundingClientRect());
    return chosen;
  }

  close(choice: TipChoice): void {
    const resolve = this.pending;
    this.pending = undefined;
    if (this.root) render(null, this.root);
    this.host?.remove();
    resolve?.(choice);
  }

  /** The host element and, inside its shadow root, the element preact renders into. */
  private mount(): { host: HTMLElement; root: HTMLElement } {
    if (!this.host || !this.root) {
      this.host = document.createElement(TIP_ELEMENT);
      this.host.style.cssText = 'position:fixed;z-index:2147483647;display:block;';
      const shadow = this.host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = TIP_CSS;
      this.root = document.createElement('div');
      shadow.append(style, this.root);
    }
    document.documentElement.append(this.host);
    return { host: this.host, root: this.root };
  }
}
