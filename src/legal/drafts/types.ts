// Draft templates are logic-less: readable text with {{field}} placeholders, one file per kind holding both
// languages (templates/<kind>.ts). Every value a template needs is computed in fields.ts; a missing datum shows as a
// visible placeholder. The set of fields is the FieldName union: templates/define.ts checks at compile time that a
// template names only known fields and that French and English use the same ones.
import type { CalendarDate, DoctorProfile, Lang, ReviewFields } from '../../shared/types';
import type { DraftKind, Qualification } from '../types';

export type Tone = 'sobre' | 'chaleureux' | 'ferme';

export interface Template {
  title: string;
  body: string;
  /**
   * « Comment l'envoyer »: where and how to send the document (the platform's form, LRAR, the procureur…). A note for
   * the doctor, never part of the letter: the UI shows it apart from the body, and .txt exports print it above the
   * letter between two rules (see draftText()).
   */
  howToSend: string;
}

export type LangTemplates = Record<Lang, Template>;

/** The author or addressee of a mise en demeure (or the person a complaint is filed against), when identified. */
export interface Recipient {
  /** « Madame », « Monsieur », « Mme », « M. »: decides the salutation (« Madame, », « Monsieur, », else both). */
  civility?: string;
  name?: string;
  address?: string;
}

export interface DraftContext {
  profile: DoctorProfile;
  review?: ReviewFields;
  source?: { url: string; title?: string; placeName?: string };
  /** @deprecated Internal id: never printed in a letter (kept so existing callers still compile). */
  exhibitId?: string;
  qualification?: Qualification;
  tone?: Tone;
  /** Calendar date "YYYY-MM-DD" (Europe/Paris). */
  today: string;
  /** Right of reply: the reply text requested (décret 2007-1527 art. 2). */
  replyText?: string;
  /** Right of reply / notices: the disputed passages (default: the whole review text). */
  passages?: string[];
  /** Mise en demeure and complaint: the identified author. */
  recipient?: Recipient;
  /** @deprecated Internal bundle folder name: never printed in a letter; use bundleFingerprint. */
  bundleRef?: string;
  /** The evidence bundle's SHA-256 fingerprint: when given, every letter cites it (« Dossier de preuve, empreinte … »). */
  bundleFingerprint?: { short: string; full: string };
  /** Exact first-publication date given by the doctor (otherwise « publié au plus tôt le » the range's earliest date). */
  exactPublicationDate?: CalendarDate;
  /** Insurer declaration (docs/legal/code-assurances.md#declaration-assureur): facts only the doctor knows; visible placeholders when absent. */
  discoveredOn?: CalendarDate;
  stepsTaken?: string;
  harm?: string;
  /** CNIL complaint: the date the GDPR objection was sent. */
  gdprRequestOn?: CalendarDate;
  /** Threats: the effect on the doctor's safety and practice, in the doctor's words (added to the standard sentence). */
  safetyImpact?: string;
  /** Declaration to the CDOM: whether to ask the council to join the complaint as partie civile (default: yes). */
  cdomPartieCivile?: boolean;
}

export interface Draft {
  kind: DraftKind;
  lang: Lang;
  title: string;
  body: string;
  /** « Comment l'envoyer »: a note for the doctor, rendered apart from the letter (never inside body). */
  howToSend: string;
  /** Field names that had no value and show a visible placeholder instead (in the title, body or note). */
  missing: string[];
}
