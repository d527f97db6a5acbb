/**
 * The options page: the user layer of the policy, as a form generated from the schema or as JSON. Keys the
 * organisation manages are read-only and never saved from here. Everything is checked locally first; the
 * background checks again and answers what it refused, which keeps its previous value, and the page shows that.
 * The data source is injected so the page can be tested without the extension (see entrypoints/options/main.tsx).
 */
import { useState } from 'preact/hooks';
import type { PolicyProblem } from '../../policy/resolve.ts';
import { FieldView } from './FieldView.tsx';
import { LoadNotice } from './LoadNotice.tsx';
import {
  draftsOf,
  isManaged,
  POLICY_FIELDS,
  policyWith,
  readForm,
  readJson,
  type Draft,
  type Drafts,
  type PolicyView,
  type UserLayer,
} from './policy-form.ts';
import { PolicyProblems, ProblemList, type NamedProblem } from './Problems.tsx';
import { errorText } from './text.ts';
import { useLoad } from './use-load.ts';

export interface OptionsProps {
  load: () => Promise<PolicyView>;
  save: (layer: UserLayer) => Promise<{ problems: PolicyProblem[] }>;
}

export function Options({ load, save }: OptionsProps) {
  const { data: view, error, reload } = useLoad(load);
  // Kept here, not in the form: a save reloads the policy, which builds a new form.
  const [outcome, setOutcome] = useState<Outcome>(NO_OUTCOME);
  return (
    <main class="options">
      <h1>Promptwall settings</h1>
      <p class="muted">
        These settings apply to this browser. Settings your organisation manages are shown but cannot be changed here.
      </p>
      {/* A fresh form per loaded policy: after a save the form shows the policy in force. */}
      {view ? <PolicyForm key={JSON.stringify(view)} {...{ view, save, reload, outcome, setOutcome }} /> : <LoadNotice error={error} />}
    </main>
  );
}

/** What the last action said: a notice, the local problems (nothing was sent), what the background refused. */
interface Outcome {
  notice?: string;
  local: NamedProblem[];
  refused: PolicyProblem[];
}

const NO_OUTCOME: Outcome = { local: [], refused: [] };

interface PolicyFormProps {
  view: PolicyView;
  save: OptionsProps['save'];
  reload: () => Promise<void>;
  outcome: Outcome;
  setOutcome: (outcome: Outcome) => void;
}

function PolicyForm({ view, save, reload, outcome, setOutcome }: PolicyFormProps) {
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(view.policy));
  // The advanced editor's text, while it is open.
  const [json, setJson] = useState<string>();
  const [busy, setBusy] = useState(false);
  const managed = POLICY_FIELDS.filter((f) => isManaged(view, f.name)).map((f) => f.name);

  const read = () => (json === undefined ? readForm(drafts, view) : readJson(json, view));
  const onDraft = (name: string, draft: Draft) => setDrafts((d) => ({ ...d, [name]: draft }));

  const toggleJson = () => {
    const { layer, problems } = read();
    setOutcome({ ...NO_OUTCOME, local: problems });
    if (!layer) return;
    if (json === undefined) setJson(JSON.stringify(layer, null, 2));
    else {
      setDrafts(draftsOf(policyWith(layer, view)));
      setJson(undefined);
    }
  };

  const reset = () => {
    if (json === undefined) setDrafts(draftsOf(policyWith({}, view)));
    else setJson('{}');
    setOutcome({ ...NO_OUTCOME, notice: 'Defaults restored in the form: save to apply them.' });
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const { layer, problems } = read();
    if (!layer) {
      setOutcome({ ...NO_OUTCOME, local: problems, notice: 'Not saved: fix the settings below.' });
      return;
    }
    setBusy(true);
    try {
      const answer = await save(layer);
      setOutcome({ ...NO_OUTCOME, refused: answer.problems, notice: answer.problems.length ? 'Saved, except:' : 'Saved.' });
      await reload();
    } catch (error) {
      setOutcome({ ...NO_OUTCOME, notice: `Not saved: ${errorText(error)}` });
    }
    setBusy(false);
  };

  return (
    <form onSubmit={submit} noValidate>
      <PolicyProblems problems={view.problems} />
      <div class="mode-switch">
        <button type="button" aria-pressed={json !== undefined} onClick={toggleJson}>
          Advanced: edit as JSON
        </button>
      </div>
      {json === undefined ? (
        POLICY_FIELDS.map((field) => {
          const locked = managed.includes(field.name);
          return (
            <section key={field.name} class={locked ? 'setting locked' : 'setting'} data-key={field.name}>
              {locked && <p class="managed-note">Set by your organisation</p>}
              <FieldView field={field} drafts={drafts} onDraft={onDraft} problems={outcome.local} disabled={locked || busy} />
            </section>
          );
        })
      ) : (
        <div class="field json-editor">
          <label for="policy-json">The settings of this device, as JSON</label>
          <textarea id="policy-json" class="code" rows={18} spellcheck={false} value={json} onInput={(e) => setJson(e.currentTarget.value)}
            aria-describedby="policy-json-help" />
          <p id="policy-json-help" class="help">
            Only settings that differ from the defaults are needed.
            {managed.length > 0 && ` Set by your organisation, not here: ${managed.join(', ')}.`}
          </p>
        </div>
      )}
      <ProblemList title="These settings are not valid:" problems={outcome.local} />
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={reset} disabled={busy}>
          Reset to defaults
        </button>
        <p class="notice" role="status">
          {outcome.notice}
        </p>
      </div>
      <ProblemList title="The extension refused these settings and kept the previous values:" problems={outcome.refused} />
    </form>
  );
}
