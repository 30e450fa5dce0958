// Three-valued (Kleene) evaluation of rule conditions.
// A fact with no answer yet is "missing"; an answer « je ne sais pas » is "unknown". Both give an undecided value,
// but only missing facts are worth asking: unknown ones send the label to a lawyer (a-confirmer-avocat).
import type { Cond } from './rules/rule';
import type { Answers, FactId, TraceItem } from './types';

export type Tri = 'T' | 'F' | 'U';

export interface Eval {
  value: Tri;
  /** Unanswered facts whose answer could still change the value (empty unless value is U). */
  missing: FactId[];
  /** True when the value rests on at least one « unknown » answer. */
  unknown: boolean;
  /** Every answered fact the condition looked at, with the article cited next to it. */
  trace: TraceItem[];
}

export function evaluate(c: Cond, answers: Answers): Eval {
  if ('fact' in c) {
    const a = answers[c.fact];
    const trace: TraceItem[] = a ? [{ fact: c.fact, answer: a.value, article: c.cite }] : [];
    if (!a) return { value: 'U', missing: [c.fact], unknown: false, trace };
    if (a.value === 'unknown') return { value: 'U', missing: [], unknown: true, trace };
    return { value: a.value === (c.is ?? 'yes') ? 'T' : 'F', missing: [], unknown: false, trace };
  }
  if ('not' in c) {
    const e = evaluate(c.not, answers);
    return { ...e, value: e.value === 'T' ? 'F' : e.value === 'F' ? 'T' : 'U' };
  }
  const parts = ('all' in c ? c.all : c.any).map((p) => evaluate(p, answers));
  const trace = parts.flatMap((p) => p.trace);
  const decisive = 'all' in c ? 'F' : 'T';
  if (parts.some((p) => p.value === decisive)) return { value: decisive, missing: [], unknown: false, trace };
  const undecided = parts.filter((p) => p.value === 'U');
  if (undecided.length === 0) return { value: decisive === 'F' ? 'T' : 'F', missing: [], unknown: false, trace };
  return {
    value: 'U',
    missing: [...new Set(undecided.flatMap((p) => p.missing))],
    unknown: undecided.some((p) => p.unknown),
    trace,
  };
}

/** a AND NOT b, in Kleene logic, keeping what is missing. */
export function andNot(a: Eval, b: Eval): Eval {
  const nb: Eval = { ...b, value: b.value === 'T' ? 'F' : b.value === 'F' ? 'T' : 'U' };
  if (a.value === 'F' || nb.value === 'F') {
    return { value: 'F', missing: [], unknown: false, trace: [...a.trace, ...b.trace] };
  }
  if (a.value === 'T' && nb.value === 'T') return { value: 'T', missing: [], unknown: false, trace: [...a.trace, ...b.trace] };
  const u = [a, nb].filter((e) => e.value === 'U');
  return {
    value: 'U',
    missing: [...new Set(u.flatMap((e) => e.missing))],
    unknown: u.some((e) => e.unknown),
    trace: [...a.trace, ...b.trace],
  };
}
