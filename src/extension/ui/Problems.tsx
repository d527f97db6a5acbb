/** Policy problems, named by path: the problems of the policy in force, or why a save was refused. */
import type { PolicyProblem } from '../../policy/resolve.ts';
import { plural } from './text.ts';

export interface NamedProblem {
  path: string;
  message: string;
}

export function ProblemList({ title, problems }: { title: string; problems: readonly NamedProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div class="problems" role="alert">
      <p class="problems-title">{title}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

const TITLE: Record<PolicyProblem['source'], (n: number, verb: string) => string> = {
  managed: (n, verb) => `${plural(n, 'managed setting')} ${verb} invalid and ignored:`,
  user: (n, verb) => `${plural(n, 'setting')} saved on this device ${verb} invalid and ignored:`,
};

/** "2 managed settings were invalid and ignored:" and the list, per layer. */
export function PolicyProblems({ problems }: { problems: readonly PolicyProblem[] }) {
  return (
    <>
      {(['managed', 'user'] as const).map((source) => {
        const own = problems.filter((p) => p.source === source);
        return <ProblemList key={source} title={TITLE[source](own.length, own.length === 1 ? 'was' : 'were')} problems={own} />;
      })}
    </>
  );
}
