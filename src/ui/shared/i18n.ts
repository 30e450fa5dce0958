// User-facing strings come from _locales (French first, English second). Legal texts carry their own {fr, en}.
import browser from 'webextension-polyfill';
import type { Lang } from '../../shared/types';
import { AviseError, errorArgs, toErrorData } from '../../shared/errors';

export function t(key: string, ...subs: string[]): string {
  return browser.i18n.getMessage(key, subs) || key;
}

export function uiLang(): Lang {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Picks the text of the UI language from a {fr, en} pair. */
export function pick(text: { fr: string; en: string } | undefined, lang: Lang = uiLang()): string {
  return text ? text[lang] : '';
}

export function stars(rating: number | undefined): string {
  if (rating === undefined) return '';
  const r = Math.max(0, Math.min(5, Math.round(rating)));
  return '★'.repeat(r) + '☆'.repeat(5 - r);
}

/**
 * An error as the doctor reads it: a coded error (AviseError, or a CallError from the service worker) is worded
 * from `err_<code>` in _locales; anything else is `err_internal`, with its technical message kept for support.
 */
export function errorText(e: unknown): string {
  const a = e instanceof AviseError ? (e as AviseError) : undefined; // instanceof alone gives AviseError<any>
  const d = a ? { code: a.code, params: a.params as Record<string, string>, message: a.message } : toErrorData(e);
  return browser.i18n.getMessage(`err_${d.code}`, errorArgs(d)) || d.message;
}

// Counts and dates as the doctor reads them (issue 11): a real plural (« 1 pièce », « 2 pièces »; French 0 and 1 are
// singular), never « pièce(s) »; French dates (« 1 déc. 2026 »), never ISO on screen.
/** "2027-01-29" → "29 janv. 2027" in French, "29 Jan 2027" in English (calendar dates, no time zone shift). */
export function shortDate(iso: string): string {
  const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) ?? [];
  if (y === undefined || m === undefined || d === undefined) return iso; // not a calendar date: shown as it is
  return new Date(Date.UTC(+y, +m - 1, +d)).toLocaleDateString(uiLang() === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
}

let parisDayFormat: Intl.DateTimeFormat | undefined;
/** An instant (ISO timestamp) → its calendar day in Paris, YYYY-MM-DD (the input as it is when it is not a date). */
export function parisDay(instant: string): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant;
  parisDayFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
  return parisDayFormat.format(d);
}

/** An instant shown as the doctor's calendar date: « 1 déc. 2026 » / « 1 Dec 2026 » (never ISO on screen). */
export const parisDate = (instant: string): string => shortDate(parisDay(instant));

/** A real plural: `keyOne` for 1 (and 0 in French), `keyOther` otherwise; the count is the first substitution. */
export function plural(n: number, keyOne: string, keyOther: string, ...more: string[]): string {
  const form = new Intl.PluralRules(uiLang() === 'fr' ? 'fr-FR' : 'en-GB').select(n);
  return t(form === 'one' ? keyOne : keyOther, String(n), ...more);
}

