// The renderer: substitutes {{field}} once, left to right. Values are inserted as plain text and never re-scanned,
// so a review containing "{{doctorName}}" stays verbatim (hostile input). A missing value becomes a visible
// placeholder like [NOM DU MÉDECIN] — never an invented value.
import type { Lang } from '../../shared/types';
import { PLACEHOLDERS } from './placeholders';

const FIELD = /\{\{([a-zA-Z]+)\}\}/g;

export function fieldsOf(template: string): Set<string> {
  return new Set([...template.matchAll(FIELD)].map((m) => m[1]));
}

export function placeholder(field: string, lang: Lang): string {
  const p = PLACEHOLDERS[field];
  return p ? `[${p[lang]}]` : `[${field}]`;
}

export function render(template: string, values: Record<string, string | undefined>, lang: Lang, missing: Set<string>): string {
  return template.replace(FIELD, (_m, name: string) => {
    const v = values[name];
    if (v === undefined || v.trim() === '') {
      missing.add(name);
      return placeholder(name, lang);
    }
    return v;
  });
}
