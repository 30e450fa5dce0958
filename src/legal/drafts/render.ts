// The renderer: substitutes {{field}} once, left to right. Values are inserted as plain text and never re-scanned,
// so a review containing "{{doctorName}}" stays verbatim (hostile input). A missing value becomes a visible
// placeholder like [NOM DU MÉDECIN] — never an invented value. An optional field left empty on purpose ('') is
// omitted, and a template line holding only that field disappears (the template is split, never the values).
import type { Lang } from '../../shared/types';
import { OPTIONAL_FIELDS, PLACEHOLDERS, type FieldName } from './placeholders';

const FIELD = /\{\{([a-zA-Z]+)\}\}/g;
const ONLY_FIELD = /^\s*\{\{([a-zA-Z]+)\}\}\s*$/;

export function fieldsOf(template: string): Set<string> {
  return new Set([...template.matchAll(FIELD)].flatMap((m) => m[1] ?? []));
}

export function placeholder(field: string, lang: Lang): string {
  const p = (PLACEHOLDERS as Record<string, { fr: string; en: string }>)[field];
  return p ? `[${p[lang]}]` : `[${field}]`;
}

const optionalEmpty = (name: string, v: string | undefined): boolean => v === '' && OPTIONAL_FIELDS.has(name as FieldName);

export function render(template: string, values: Partial<Record<string, string | undefined>>, lang: Lang, missing: Set<string>): string {
  return template
    .split('\n')
    .filter((line) => {
      const only = ONLY_FIELD.exec(line)?.[1];
      return !(only !== undefined && optionalEmpty(only, values[only]));
    })
    .map((line) =>
      line.replace(FIELD, (_m, name: string) => {
        const v = values[name];
        if (optionalEmpty(name, v)) return '';
        if (v === undefined || v.trim() === '') {
          missing.add(name);
          return placeholder(name, lang);
        }
        return v;
      }),
    )
    .join('\n');
}
