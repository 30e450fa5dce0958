// The « tel qu'affiché » capture against the controlled reload (issue 13 §2, evidence-anchors §(c)7): when the
// doctor asks for both, the review as displayed before the reload is compared field by field with the reloaded
// page, and searched in the reload's responses with the same search as the reloaded review (crosscheck.ts). A text
// shown before the reload that the server did not send is what a page edited in the developer tools looks like.
// Pure: runs in the service worker, in Node tests and in the verifier.
import type { ComparedField, FieldCheck, ReviewFields } from '../../shared/types';
import { crossCheck, normalizeSpace, type SearchableResponse } from './crosscheck';

type Compared = Pick<ReviewFields, 'text' | 'author' | 'rating' | 'dateText'>;

const FIELDS: ComparedField[] = ['text', 'author', 'rating', 'dateText'];

const valueOf = (r: Compared, f: ComparedField): string => (f === 'rating' ? (r.rating === undefined ? '' : String(r.rating)) : normalizeSpace(String(r[f] ?? '')));

/** The fields whose shown value differs (whitespace collapsed, nothing else loosened). */
export function fieldDifferences(before: Compared, after: Compared): { field: ComparedField; before: string; after: string }[] {
  return FIELDS.filter((f) => valueOf(before, f) !== valueOf(after, f)).map((f) => ({ field: f, before: f === 'rating' ? valueOf(before, f) : String(before[f] ?? ''), after: f === 'rating' ? valueOf(after, f) : String(after[f] ?? '') }));
}

/** What the reload's exhibit records of the « tel qu'affiché » review: its differences and its own search. */
export function compareAsShown(before: Compared, after: Compared, responses: SearchableResponse[]): { differences: ReturnType<typeof fieldDifferences>; checks: FieldCheck[] } {
  return { differences: fieldDifferences(before, after), checks: crossCheck({ text: before.text, author: before.author, rating: before.rating }, responses) };
}
