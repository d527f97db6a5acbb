/**
 * One check of one text: the rules here in the content script, the model in the background (offscreen document),
 * joined and decided by the pure core. Never throws: a missing verdict becomes a status the policy decides on.
 */
import { combine, type Analysis } from '../../analyse.ts';
import type { Classification } from '../../classifier/classifier.ts';
import { scan } from '../../engine/scan.ts';
import { decide, type Decision, type VerdictStatus } from '../../policy/decide.ts';
import type { Policy } from '../../policy/schema.ts';
import type { ClassifierState } from '../messages.ts';
import { askBackground } from '../runtime.ts';

export interface Check {
  readonly text: string;
  readonly analysis: Analysis;
  readonly decision: Decision;
  readonly status: VerdictStatus;
}

async function classify(text: string, analysisFindings: Analysis['findings'], policy: Policy, state: ClassifierState): Promise<{ classification?: Classification; status: VerdictStatus['classifier'] }> {
  if (!policy.classifier.enabled) return { status: 'disabled' };
  if (state === 'unavailable') return { status: 'unavailable' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), policy.classifier.timeoutMs)));
  try {
    const answer = await Promise.race([askBackground({ type: 'classify', text, findings: analysisFindings }), timeout]);
    if (answer === 'timeout') return { status: 'timeout' };
    return answer.ok ? { classification: answer.classification, status: 'loaded' } : { status: answer.state };
  } catch {
    return { status: 'unavailable' }; // the background is gone (extension updated or reloaded)
  } finally {
    clearTimeout(timer);
  }
}

export async function check(fullText: string, host: string, policy: Policy, classifierState: ClassifierState): Promise<Check> {
  const truncated = fullText.length > policy.maxPromptChars;
  const text = truncated ? fullText.slice(0, policy.maxPromptChars) : fullText;
  const rules = scan(text);
  const { classification, status: classifier } = await classify(text, rules.findings, policy, classifierState);
  const analysis = combine(text, rules, classification);
  const status: VerdictStatus = { classifier, truncated };
  return { text, analysis, decision: decide(analysis, host, policy, status), status };
}
