// Draft templates are logic-less (STYLE.md): plain text with {{field}} placeholders, one per kind and language.
// Every value a template needs is computed in fields.ts; a missing datum shows as a visible placeholder.
import type { DoctorProfile, Lang, ReviewFields } from '../../shared/types';
import type { DraftKind, Qualification } from '../types';

export type Tone = 'sobre' | 'chaleureux' | 'ferme';

export interface Template {
  title: string;
  body: string;
}

export type LangTemplates = Record<Lang, Template>;

export interface DraftContext {
  profile: DoctorProfile;
  review?: ReviewFields;
  source?: { url: string; title?: string; placeName?: string };
  exhibitId?: string;
  qualification?: Qualification;
  tone?: Tone;
  /** Calendar date "YYYY-MM-DD" (Europe/Paris). */
  today: string;
  /** Right of reply: the reply text requested (décret 2007-1527 art. 2). */
  replyText?: string;
  /** Right of reply / notices: the disputed passages (default: the whole review text). */
  passages?: string[];
  /** Mise en demeure: the identified author. */
  recipient?: { name?: string; address?: string };
  /** Bundle reference to cite (BagIt bundle id or manifest hash). */
  bundleRef?: string;
}

export interface Draft {
  kind: DraftKind;
  lang: Lang;
  title: string;
  body: string;
  /** Field names that had no value and show a visible placeholder instead. */
  missing: string[];
}
