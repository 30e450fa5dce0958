// Drafts API: which documents a qualification calls for, and rendering one of them.
import type { Lang } from '../../shared/types';
import type { DraftKind, Qualification } from '../types';
import { draftFields } from './fields';
import { render } from './render';
import { REPLY_TEMPLATES, TEMPLATES } from './templates/index';
import type { Draft, DraftContext, LangTemplates } from './types';

export type { Draft, DraftContext, Tone } from './types';
export { TEMPLATES, REPLY_TEMPLATES, TONES } from './templates/index';
export { fieldsOf, placeholder } from './render';

/** Draft kinds in the order of the steps. The right of reply only appears where the site has no direct reply, the
 *  mise en demeure only when the author is known (both decided in steps.ts). */
export function draftKindsFor(q: Qualification): DraftKind[] {
  const kinds: DraftKind[] = [];
  for (const s of q.steps) {
    if (!s.draft || kinds.includes(s.draft)) continue;
    kinds.push(s.draft);
    if (s.draft === 'notification-dsa') kinds.push('retrait-google');
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
  return { kind, lang, title, body, missing: [...missing] };
}
