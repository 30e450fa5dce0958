// The tiny rule language: a condition tree over facts, each leaf citing its source (law is data).
// Exceptions are their own rules (Catala): an ExceptionRule removes a label when its condition holds.
import type { AnswerValue, FactId, FlagId, LabelId, StepId, Strength, Text } from '../types';

export type Cond =
  | { fact: FactId; is?: AnswerValue; cite: string }
  | { all: Cond[] }
  | { any: Cond[] }
  | { not: Cond };

export const yes = (fact: FactId, cite: string): Cond => ({ fact, is: 'yes', cite });
export const no = (fact: FactId, cite: string): Cond => ({ fact, is: 'no', cite });
export const all = (...c: Cond[]): Cond => ({ all: c });
export const any = (...c: Cond[]): Cond => ({ any: c });
export const not = (c: Cond): Cond => ({ not: c });

/** A variant of a label (discriminatory form, criminal form) with its own articles and, if any, its own period. */
export interface VariantRule {
  id: string;
  title: Text;
  when: Cond;
  articles: string[];
  /** Limitation period of the variant: it either replaces the base one (discriminatory press offences, art. 65-3)
   *  or adds a second one (criminal route beside the civil art. 9 action). */
  period?: { months: number; text: string; basis: string; mode: 'replaces' | 'adds' };
  /** Extra steps when the variant holds (e.g. a police complaint for the criminal form). */
  steps?: StepId[];
}

export interface LabelRule {
  label: LabelId;
  title: Text;
  holds: Cond;
  /** First matching entry gives the strength; `otherwise` when none matches. An entry resting on an « unknown » answer
   *  gives `ifUnknown` (default a-confirmer-avocat); so does a `holds` resting on one. */
  strength: { when: Cond; is: Strength; ifUnknown?: Strength }[];
  otherwise: Strength;
  variants: VariantRule[];
  /** Base limitation period (docs/legal/procedure.md#prescription); undefined for non-illicite. */
  period?: { months: number; text: string; basis: string };
  sources: string[];
  /** May go to court (press law, privacy, image, threats): the evidence then comes before any request that may remove
   *  the review (docs/legal/procedure.md#commissaire-de-justice). False where the first remedy is a platform-policy report (dénigrement, docs/legal/procedure.md#summary-table). */
  court: boolean;
  /** The steps this label calls for, listed in their safe order (steps-data.ts sets the merged order). */
  steps: StepId[];
  reportCategories?: string[];
  /** Public reply advice: docs/legal/code-sante-publique.md#reponse-publique makes "no reply" the default for illicit content. */
  reply: 'ne-pas-repondre' | 'reponse-possible';
  note?: Text;
}

export interface ExceptionRule {
  id: string;
  /** The label this exception removes. */
  removes: LabelId;
  when: Cond;
  why: Text;
}

export interface FlagRule {
  flag: FlagId;
  title: Text;
  when: Cond;
  sources: string[];
  note: Text;
  steps: StepId[];
  reportCategories?: string[];
}
