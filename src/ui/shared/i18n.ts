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
