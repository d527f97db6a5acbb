/** What the tip and the popup show of a check: kinds and masked previews, never a full value. */
import { mask } from '../../engine/redact.ts';
import type { Check } from './check.ts';
import type { TipItem } from './tip.tsx';

const human = (kind: string) => kind.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
const MAX_PREVIEWS = 3;

export function tipItems(check: Check): TipItem[] {
  const items: TipItem[] = [];
  for (const reason of check.decision.reasons) {
    const kinds = Object.entries(reason.kinds);
    if (kinds.length === 0) {
      items.push({ label: reason.category ? `${human(reason.category)} (recognised by the classifier)` : reason.why, previews: [] });
      continue;
    }
    for (const [kind, count] of kinds) {
      const values = new Set(check.analysis.findings.filter((f) => f.kind === kind).map((f) => mask(f.value)));
      items.push({ label: `${human(kind)}${count > 1 ? ` ×${count}` : ''}`, previews: [...values].slice(0, MAX_PREVIEWS) });
    }
  }
  return items;
}

export function previews(check: Check): string[] {
  return tipItems(check).flatMap((i) => (i.previews.length ? i.previews.map((p) => `${i.label}: ${p}`) : [i.label]));
}

export function kindCounts(check: Check): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const f of check.analysis.findings) kinds[f.kind] = (kinds[f.kind] ?? 0) + 1;
  return kinds;
}
