/**
 * The content script's decisions: every prompt, paste, drop and file upload into a protected prompt box is held,
 * checked, and then let through, rewritten or stopped as the policy says. The page's own handler only ever sees
 * text that was approved: when we send, paste or upload again ourselves, `approved` names exactly what may pass.
 */
import { redact } from '../../engine/redact.ts';
import type { Channel, EventAction } from '../../events/event.ts';
import type { Decision } from '../../policy/decide.ts';
import type { Policy } from '../../policy/schema.ts';
import { readEditor, settled, submitEditor, writeEditor } from '../../sites/editors.ts';
import type { ContentConfig } from '../messages.ts';
import { askBackground } from '../runtime.ts';
import { check, type Check } from './check.ts';
import type { Located } from './locate.ts';
import { kindCounts, previews, tipItems } from './present.ts';
import type { TipContent, TipHost } from './tip.tsx';

/** Text a page event may carry through unchecked, because we are the ones re-dispatching it after approval. */
interface Approval {
  readonly channel: Channel | 'submit';
  readonly text: string;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
const TEXT_FILE = /^(text\/|application\/(json|xml|x-yaml|yaml|x-sh|sql|javascript|x-pem-file))|\.(txt|md|csv|tsv|json|ya?ml|xml|ini|conf|cfg|env|pem|key|log|sql|sh|py|js|ts|tsx|jsx|java|go|rs|c|h|cpp|cs|rb|php|kt|swift|tf|toml|properties)$/i;

export class Guard {
  private approved?: Approval;

  constructor(
    private readonly config: () => Promise<ContentConfig>,
    private readonly tip: TipHost,
    private readonly host = location.hostname,
  ) {}

  /**
   * Lets events carrying exactly `text` through while `dispatch` runs: our own re-send, re-paste or re-upload.
   * One user action can fire several events (a send-button click, then the form's submit), so the approval lasts
   * until the dispatch is over rather than for one event.
   */
  async passThrough(channel: Approval['channel'], text: string, dispatch: () => void | Promise<void>): Promise<void> {
    this.approved = { channel, text };
    try {
      await dispatch();
    } finally {
      this.approved = undefined;
    }
  }

  /** Whether an event carrying `text` is our own approved re-dispatch. */
  isApproved(channel: Approval['channel'], text: string): boolean {
    return this.approved?.channel === channel && normalise(this.approved.text) === normalise(text);
  }

  /** Enter, the send button or a form submit: the prompt in the editor. */
  async submit({ adapter, editor }: Located): Promise<void> {
    const text = readEditor(adapter, editor);
    const { policy, result } = await this.run(text, 'typed', adapter.id);
    const { decision } = result;
    const send = async (action: EventAction, justification?: string) => {
      this.report(result, 'typed', adapter.id, action, policy, justification);
      await this.passThrough('submit', readEditor(adapter, editor), () => submitEditor(adapter, editor));
    };
    // In audit mode nothing is stopped: the event says 'allowed' and carries what the policy would have done.
    if (decision.action === 'allow') return send('allowed');
    const choice = await this.tip.show(this.tipContent(result, 'typed', policy), editor);
    if (choice.type === 'redact') {
      const redacted = redact(text, decision.redact);
      writeEditor(adapter, editor, redacted.text);
      await settled();
      const readBack = readEditor(adapter, editor);
      const leaked = decision.redact.some((f) => readBack.includes(f.value));
      if (leaked || normalise(readBack) !== normalise(redacted.text)) {
        // Never say "redacted" while the raw value would be sent: stop, and say why.
        this.report(result, 'typed', adapter.id, 'blocked', policy);
        await this.tip.show(
          { ...this.tipContent(result, 'typed', policy), action: 'block', message: 'The prompt box could not be rewritten safely, so nothing was sent. Remove the values shown and try again.' },
          editor,
        );
        return;
      }
      return send('redacted');
    }
    if (choice.type === 'send') return send(overrideAction(decision), choice.justification);
    this.report(result, 'typed', adapter.id, stoppedAction(decision), policy);
    if (choice.type === 'edit') editor.focus();
  }

  /** A paste or a drop of text: checked before the editor ever shows it, then inserted (or not) by us. */
  async insert({ adapter, editor }: Located, channel: 'paste' | 'drop', text: string, reinsert: (text: string) => void): Promise<void> {
    const selection = saveSelection(editor);
    const { policy, result } = await this.run(text, channel, adapter.id);
    const { decision } = result;
    const put = (value: string) => {
      restoreSelection(editor, selection);
      void this.passThrough(channel, value, () => reinsert(value));
    };
    if (decision.action === 'allow') {
      this.report(result, channel, adapter.id, 'allowed', policy);
      return put(text);
    }
    const choice = await this.tip.show(this.tipContent(result, channel, policy), editor);
    if (choice.type === 'redact') {
      const before = readEditor(adapter, editor);
      put(redact(text, decision.redact).text);
      await settled();
      const after = readEditor(adapter, editor);
      if (decision.redact.some((f) => after.includes(f.value) && !before.includes(f.value))) {
        writeEditor(adapter, editor, before);
        this.report(result, channel, adapter.id, 'blocked', policy);
        return void this.tip.show({ ...this.tipContent(result, channel, policy), action: 'block', message: 'The redacted text could not be inserted safely, so nothing was pasted.' }, editor);
      }
      return this.report(result, channel, adapter.id, 'redacted', policy);
    }
    if (choice.type === 'send') {
      this.report(result, channel, adapter.id, overrideAction(decision), policy, choice.justification);
      return put(text);
    }
    this.report(result, channel, adapter.id, stoppedAction(decision), policy);
    editor.focus();
  }

  /** Files chosen in a file input or dropped: their text is checked; files cannot be redacted in place. */
  async files(located: Located | undefined, files: readonly File[], anchor: Element, upload: () => void, refuse: () => void): Promise<void> {
    const readable = files.filter((f) => TEXT_FILE.test(f.type) || TEXT_FILE.test(f.name));
    const texts = await Promise.all(readable.map((f) => f.text().then((t) => `${f.name}\n${t}`)));
    const adapterId = located?.adapter.id ?? 'generic';
    const { policy, result } = await this.run(texts.join('\n\n'), 'file', adapterId);
    const unread = files.filter((f) => !readable.includes(f)).map((f) => f.name);
    const decision: Decision = result.decision.action === 'redact' ? { ...result.decision, action: 'block' } : result.decision;
    if (decision.action === 'allow') {
      this.report(result, 'file', adapterId, 'allowed', policy);
      return upload();
    }
    const content = this.tipContent({ ...result, decision }, 'file', policy);
    // Name the files the values were found in (every inspected file when only the classifier flagged the text):
    // kinds and masked values alone do not tell the user which of the chosen or dropped files to leave out.
    const values = result.analysis.findings.map((f) => f.value);
    const flagged = readable.filter((_, i) => (values.length ? values.some((v) => texts[i].includes(v)) : result.analysis.categories.length > 0));
    const notice = [
      flagged.length ? `found in ${flagged.map((f) => f.name).join(', ')}` : '',
      content.notice,
      unread.length ? `not inspected: ${unread.join(', ')}` : '',
    ].filter(Boolean).join('; ');
    const choice = await this.tip.show({ ...content, notice: notice || undefined }, anchor);
    if (choice.type === 'send') {
      this.report(result, 'file', adapterId, overrideAction(decision), policy, choice.justification);
      return upload();
    }
    this.report(result, 'file', adapterId, stoppedAction(decision), policy);
    refuse();
  }

  private async run(text: string, channel: Channel, adapterId: string): Promise<{ policy: Policy; result: Check }> {
    const { policy, classifier } = await this.config();
    const result = await check(text, this.host, policy, classifier);
    if (result.decision.notice) console.info(`[Promptwall] ${channel} on ${this.host} (${adapterId}): ${result.decision.notice}`);
    return { policy, result };
  }

  private tipContent(result: Check, channel: Channel, policy: Policy): TipContent {
    const { decision } = result;
    const needsReason = decision.action !== 'warn';
    return {
      action: decision.action,
      channel,
      items: tipItems(result),
      notice: decision.notice,
      override: { allowed: decision.overridable, justificationMinLength: needsReason ? Math.max(1, policy.justificationMinLength) : undefined },
    };
  }

  private report(result: Check, channel: Channel, adapter: string, action: EventAction, policy: Policy, justification?: string): void {
    const { analysis, decision, status } = result;
    askBackground({
      type: 'report',
      report: {
        site: this.host,
        channel,
        categories: analysis.categories,
        kinds: kindCounts(result),
        action,
        policyAction: decision.policyAction,
        classifier: status.classifier,
        adapter,
        justification,
        previews: previews(result),
        text: policy.reporting.includeRawText ? result.text : undefined,
      },
    }).catch((err: unknown) => console.warn('[Promptwall] could not record the event:', err));
  }
}

/** Sending after a tip: a warning heeded is still "warned"; going past a block or a redaction is an override. */
const overrideAction = (d: Decision): EventAction => (d.action === 'warn' ? 'warned' : 'overridden');
const stoppedAction = (d: Decision): EventAction => (d.action === 'warn' ? 'warned' : 'blocked');

type SavedSelection = { start: number; end: number } | Range | undefined;

function saveSelection(editor: HTMLElement): SavedSelection {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return { start: editor.selectionStart ?? 0, end: editor.selectionEnd ?? 0 };
  const selection = editor.ownerDocument.getSelection();
  return selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : undefined;
}

function restoreSelection(editor: HTMLElement, saved: SavedSelection): void {
  editor.focus();
  if (!saved) return;
  if (saved instanceof Range) {
    const selection = editor.ownerDocument.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(saved);
  } else if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    editor.setSelectionRange(saved.start, saved.end);
  }
}
