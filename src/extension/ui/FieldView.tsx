/** One field of the generated options form, and its children for an object such as `actions` or `reporting`. */
import type { Draft, Drafts, Field } from './policy-form.ts';
import { problemsAt } from './policy-form.ts';
import type { NamedProblem } from './Problems.tsx';

export interface FieldViewProps {
  field: Field;
  drafts: Drafts;
  onDraft: (name: string, draft: Draft) => void;
  problems: readonly NamedProblem[];
  disabled: boolean;
  /** In a grid of selects (per-category actions) the help text is for screen readers only. */
  compact?: boolean;
}

const HINT: Partial<Record<Field['control']['kind'], string>> = { lines: ' One per line.', json: ' JSON.' };

export function FieldView(props: FieldViewProps) {
  const { field, drafts, onDraft, problems, disabled, compact } = props;
  const { control, name } = field;
  const helpId = `${name}-help`;
  const errorId = `${name}-error`;
  const help = (field.description || HINT[control.kind]) && (
    <p id={helpId} class={compact ? 'sr-only' : 'help'}>
      {field.description}
      {HINT[control.kind]}
    </p>
  );

  if (control.kind === 'group') {
    const grid = control.fields.every((f) => f.control.kind === 'select');
    return (
      <fieldset class={grid ? 'group grid' : 'group'} aria-describedby={help ? helpId : undefined}>
        <legend>
          {field.label} <code class="key">{name}</code>
        </legend>
        {help}
        {control.fields.map((f) => (
          <FieldView key={f.name} {...props} field={f} compact={grid} />
        ))}
      </fieldset>
    );
  }

  const errors = problemsAt(name, problems);
  const draft = drafts[name];
  const text = typeof draft === 'string' ? draft : '';
  const a11y = {
    'aria-describedby': [help && helpId, errors.length > 0 && errorId].filter(Boolean).join(' ') || undefined,
    'aria-invalid': errors.length > 0 || undefined,
  };
  const errorList = errors.length > 0 && (
    <ul id={errorId} class="field-errors">
      {errors.map((p, i) => (
        <li key={i}>{p.path === name ? p.message : `${p.path}: ${p.message}`}</li>
      ))}
    </ul>
  );

  if (control.kind === 'choices') {
    const chosen = Array.isArray(draft) ? draft : [];
    return (
      <fieldset class="field choices" {...a11y}>
        <legend>
          {field.label} <code class="key">{name}</code>
        </legend>
        {control.options.map((option) => (
          <label key={option} class="choice">
            <input
              type="checkbox"
              name={name}
              value={option}
              checked={chosen.includes(option)}
              disabled={disabled}
              onChange={(e) => onDraft(name, e.currentTarget.checked ? [...chosen, option] : chosen.filter((c) => c !== option))}
            />{' '}
            {option}
          </label>
        ))}
        {help}
        {errorList}
      </fieldset>
    );
  }

  const label = (
    <label for={name}>
      {field.label}
      {!compact && <code class="key">{name}</code>}
    </label>
  );
  let input;
  switch (control.kind) {
    case 'checkbox':
      return (
        <div class="field check">
          <input id={name} type="checkbox" checked={draft === true} disabled={disabled} onChange={(e) => onDraft(name, e.currentTarget.checked)} {...a11y} />
          {label}
          {help}
          {errorList}
        </div>
      );
    case 'select':
      input = (
        <select id={name} value={text} disabled={disabled} onChange={(e) => onDraft(name, e.currentTarget.value)} {...a11y}>
          {control.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      );
      break;
    case 'number':
      input = (
        <input id={name} type="number" step={1} min={control.min} max={control.max} value={text} disabled={disabled}
          onInput={(e) => onDraft(name, e.currentTarget.value)} {...a11y} />
      );
      break;
    case 'text':
      input = (
        <input id={name} type="text" inputMode={control.url ? 'url' : 'text'} maxLength={control.maxLength} value={text} disabled={disabled} spellcheck={false}
          onInput={(e) => onDraft(name, e.currentTarget.value)} {...a11y} />
      );
      break;
    default:
      input = (
        <textarea id={name} class={control.kind === 'json' ? 'code' : undefined} rows={control.kind === 'json' ? 6 : 3} value={text}
          disabled={disabled} spellcheck={false} onInput={(e) => onDraft(name, e.currentTarget.value)} {...a11y} />
      );
  }
  return (
    <div class={`field ${control.kind}`}>
      {label}
      {input}
      {help}
      {errorList}
    </div>
  );
}
