// Drafts API: which documents a qualification calls for, and rendering one of them.
import type { Lang } from '../../shared/types';
import type { DraftKind, Qualification } from '../types';
import { draftFields } from './fields';
import { render } from './render';
import { REPLY_TEMPLATES, TEMPLATES } from './templates/index';
import type { Draft, DraftContext, LangTemplates } from './types';

export type { Draft, DraftContext, Recipient, Tone } from './types';
export { TEMPLATES, REPLY_TEMPLATES, TONES, OUTGOING_KINDS } from './templates/index';
export { fieldsOf, placeholder } from './render';

/** Draft kinds in the order of the steps. The right of reply only appears where the site has no direct reply, the
 *  mise en demeure only when the author is known (both decided in steps.ts). Informing the Ordre (threats) offers the
 *  declaration to the conseil départemental, whether or not the step names that draft yet. */
export function draftKindsFor(q: Qualification): DraftKind[] {
  const kinds: DraftKind[] = [];
  const add = (k: DraftKind) => {
    if (!kinds.includes(k)) kinds.push(k);
  };
  for (const s of q.steps) {
    const draft = s.draft ?? (s.id === 'informer-cdom' ? 'declaration-cdom' : undefined);
    if (!draft) continue;
    add(draft);
    if (draft === 'notification-dsa') add('retrait-google');
  }
  return kinds;
}

export function templateFor(kind: DraftKind, tone: DraftContext['tone'] = 'sobre'): LangTemplates {
  return kind === 'reponse-publique' ? REPLY_TEMPLATES[tone] : TEMPLATES[kind];
}

export function renderDraft(kind: DraftKind, lang: Lang, ctx: DraftContext): Draft {
  const t = templateFor(kind, ctx.tone)[lang];
  const values = draftFields(ctx, lang);
  const missing = new Set<string>();
  const title = render(t.title, values, lang, missing);
  const body = render(t.body, values, lang, missing);
  const howToSend = render(t.howToSend, values, lang, missing);
  return { kind, lang, title, body, howToSend, missing: [...missing] };
}

const NOTE_HEAD: Record<Lang, string> = {
  fr: '── Comment l’envoyer (note pour vous, ne fait pas partie du document) ──',
  en: '── How to send it (a note for you, not part of the document) ──',
};

/**
 * A draft as a .txt file: the title, then the « Comment l'envoyer » note between two rules, then the document itself,
 * so that whoever opens the file sees the note first and cannot mistake it for part of the letter.
 */
export function draftText(d: Pick<Draft, 'lang' | 'title' | 'body' | 'howToSend'>): string {
  const rule = '─'.repeat(NOTE_HEAD[d.lang].length);
  return `${d.title}\n\n${NOTE_HEAD[d.lang]}\n${d.howToSend}\n${rule}\n\n${d.body}\n`;
}
