// Types of the legal engine. Pure data: no browser, no Node.
// Source of truth for the law: docs/legal/procedure.md#decision-tree and docs/legal/procedure.md#summary-table, encoded in rules/*.ts.
import type { CalendarDate } from '../shared/types';

export type Text = { fr: string; en: string };

/** One fact the doctor is asked about. Ids are stable: they key answers, hints and rule conditions. */
export type FactId =
  | 'danger-immediat'
  | 'menace'
  | 'appel-lecteurs'
  | 'appel-violence'
  | 'motif-discriminatoire'
  | 'vie-privee-revelee'
  | 'adresse-personnelle'
  | 'image-publiee'
  | 'image-lieu-prive'
  | 'image-montage'
  | 'fait-precis'
  | 'terme-infraction'
  | 'propos-injurieux'
  | 'injure-liee-au-fait'
  | 'attaque-services'
  | 'auteur-non-patient'
  | 'avis-coordonnes'
  | 'cible-personne'
  | 'avis-hors-sujet'
  | 'fiche-sans-consentement'
  | 'auteur-identifie'
  | 'reponse-directe-possible'
  | 'date-publication-connue';

export type AnswerValue = 'yes' | 'no' | 'unknown';

/** A hint never becomes an answer by itself: the doctor confirms it (source 'hint-confirmed') or answers directly. */
export interface Answer {
  value: AnswerValue;
  source: 'doctor' | 'hint-confirmed';
}

export type Answers = Partial<Record<FactId, Answer>>;

export interface Question {
  fact: FactId;
  prompt: Text;
  help: Text;
  /** A doctor-review example that would make the answer "yes". */
  example: Text;
  /** The three answers offered, in display order. */
  choices: { value: AnswerValue; label: Text }[];
}

export interface HintMatch {
  /** The original substring of the review text (accents and case as written). */
  text: string;
  /** UTF-16 offsets in review.text, end exclusive: text === review.text.slice(start, end). */
  start: number;
  end: number;
}

export interface Hint {
  fact: FactId;
  proposed: AnswerValue;
  matches: HintMatch[];
  why: Text;
}

export type LabelId =
  | 'non-illicite'
  | 'injure'
  | 'diffamation'
  | 'denigrement'
  | 'vie-privee'
  | 'droit-image'
  | 'provocation-haine'
  | 'provocation-violence'
  | 'menaces';

export type FlagId =
  | 'danger-immediat'
  | 'fiche-sans-consentement'
  | 'avis-coordonnes'
  | 'diffamation-ou-injure'
  | 'hors-sujet'
  | 'avis-modifie';

/** Never "certain": the extension only pre-qualifies (docs/legal/procedure.md#decision-tree). */
export type Strength = 'probable' | 'possible' | 'a-confirmer-avocat';

export interface TraceItem {
  fact: FactId;
  answer: AnswerValue;
  /** The article or decision cited next to the condition that used this fact. */
  article: string;
}

export interface VariantResult {
  id: string;
  title: Text;
  articles: string[];
  /** True when the variant rests on an « unknown » answer. */
  toConfirm: boolean;
}

export interface LabelResult {
  label: LabelId;
  title: Text;
  strength: Strength;
  trace: TraceItem[];
  sources: string[];
  /** Variants that hold or may hold (discriminatory form, criminal form…). */
  variants: VariantResult[];
  note?: Text;
}

export interface FlagResult {
  flag: FlagId;
  title: Text;
  trace: TraceItem[];
  sources: string[];
  note: Text;
}

export type DeadlineKind = LabelId | 'droit-de-reponse';

export interface Deadline {
  label: DeadlineKind;
  title: Text;
  /** Human period, e.g. '3 mois', '1 an', '5 ans'. */
  period: string;
  /** The same period in both UI languages ({fr:'3 mois', en:'3 months'}). */
  periodText: Text;
  months: number;
  basis: string;
  startsOn: CalendarDate | null;
  /** Last day to act (startsOn + period), or null when no publication date is known. */
  expiresOn: CalendarDate | null;
  daysLeft: number | null;
  expired: boolean;
  /** Fewer than 30 days left (and not expired). */
  warning: boolean;
  /** The period rests on an « unknown » answer. */
  toConfirm: boolean;
  /**
   * The start is only the earliest date the site's « il y a 3 mois » allows (no exact date given): the real
   * deadline may be later, never earlier — the safe side for the doctor (docs/legal/procedure.md#prescription, « Extension rule »).
   */
  startIsEarliestPossible?: boolean;
  /** Counted from the review's EDIT (the page shows no first-publication date): valid for the words added or changed
   *  only, if a lawyer confirms an edit reopens the period (docs/legal/procedure.md#prescription ❓). */
  countsFromEdit?: boolean;
  note?: Text;
}

export type StepId =
  | 'appel-17-112'
  | 'plainte-police'
  | 'signalement-plateforme'
  | 'notification-dsa'
  | 'pharos'
  | 'mise-en-demeure'
  | 'droit-de-reponse'
  | 'constat-commissaire'
  | 'avocat'
  | 'declaration-assureur'
  | 'informer-cdom'
  | 'opposition-rgpd'
  | 'plainte-cnil'
  | 'ne-pas-repondre'
  | 'reponse-publique';

export type DraftKind =
  | 'reponse-publique'
  | 'conseil-non-reponse'
  | 'signalement-plateforme'
  | 'notification-dsa'
  | 'retrait-google'
  | 'mise-en-demeure'
  | 'droit-de-reponse'
  | 'lettre-commissaire'
  | 'declaration-assureur'
  | 'declaration-cdom'
  | 'plainte-menaces'
  | 'opposition-rgpd'
  | 'plainte-cnil';

export interface Step {
  id: StepId;
  text: Text;
  /** Labels or flags that call for this step. */
  for: (LabelId | FlagId)[];
  /** Platform report categories (Google's FR labels, docs/legal/numerique-dsa-lcen.md#google-canaux-signalement ⚠️ they change often). */
  categories?: string[];
  draft?: DraftKind;
  urgent?: boolean;
  /** One plain sentence: why this step sits where it sits (evidence before any request that may remove the review). */
  why: Text;
}

/**
 * A label or flag that rests on a « je ne sais pas » answer: it does not hold, raises no deadline and drives no step.
 * `question` is the ONE fact whose answer would settle it (shown beside it so the doctor can answer it).
 */
export interface ToVerify {
  label: LabelId | FlagId;
  title: Text;
  question: FactId;
  /** The limitation period that would apply if the answer were yes (information, not a deadline). */
  periodIfConfirmed?: Text;
}

export interface Qualification {
  rulesetVersion: string;
  answers: Answers;
  hints: Hint[];
  /** Labels that hold on the doctor's answers (never on a « je ne sais pas »). */
  labels: LabelResult[];
  /** Labels and flags left « à vérifier » by a « je ne sais pas », each with the one question that would settle it. */
  toVerify: ToVerify[];
  /** Labels that still depend on an unanswered fact. */
  pending: LabelId[];
  /** Labels set aside by an exception rule (e.g. injure absorbed by diffamation), shown in the "why". */
  excluded: { label: LabelId; rule: string; why: Text }[];
  flags: FlagResult[];
  deadlines: Deadline[];
  shortestLiveDeadline?: Deadline;
  steps: Step[];
  /** Whether the doctor can reply directly on this site, as the doctor answered (décret 2007-1527 art. 1 al. 2):
   *  false opens the right of reply. Undefined when not answered or « je ne sais pas ». */
  siteHasDirectReply?: boolean;
  /** art. 65 loi 1881: a report, a notice or a letter does not interrupt prescription. */
  noInterruptionNotice: Text;
}
