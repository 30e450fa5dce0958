// defineTemplate(): the compile-time check of a template file. Templates are plain text a lawyer can read and annotate
// (real line breaks in backtick strings, {{field}} placeholders); TypeScript parses every {{field}} at the type level
// and refuses to compile when a field is unknown (not in FieldName, see ../placeholders.ts) or used in only one
// language. The error names the problem, e.g. « missing the following properties: "unknown field {{doctorNmae}}" ».
import type { Lang } from '../../../shared/types';
import type { FieldName } from '../placeholders';
import type { LangTemplates, Template } from '../types';

/** The field names a template string uses (tail-recursive, so long letters stay within the compiler's limits). */
export type FieldsIn<S extends string, Acc extends string = never> = S extends `${string}{{${infer F}}}${infer Rest}` ? FieldsIn<Rest, Acc | F> : Acc;

type FieldsOf<T extends Template> = FieldsIn<T['title']> | FieldsIn<T['body']> | FieldsIn<T['howToSend']>;

type Unknown<L extends Record<Lang, Template>> = Exclude<FieldsOf<L['fr']> | FieldsOf<L['en']>, FieldName>;
type OnlyFr<L extends Record<Lang, Template>> = Exclude<FieldsOf<L['fr']>, FieldsOf<L['en']>>;
type OnlyEn<L extends Record<Lang, Template>> = Exclude<FieldsOf<L['en']>, FieldsOf<L['fr']>>;

export type TemplateProblems<L extends Record<Lang, Template>> =
  | (Unknown<L> extends infer U extends string ? ([U] extends [never] ? never : `unknown field {{${U}}}`) : never)
  | (OnlyFr<L> extends infer U extends string ? ([U] extends [never] ? never : `{{${U}}} only in French`) : never)
  | (OnlyEn<L> extends infer U extends string ? ([U] extends [never] ? never : `{{${U}}} only in English`) : never);

type Checked<L extends Record<Lang, Template>> = [TemplateProblems<L>] extends [never] ? unknown : { [K in TemplateProblems<L>]: K };

export function defineTemplate<const L extends Record<Lang, Template>>(t: L & Checked<L>): LangTemplates {
  return t;
}
