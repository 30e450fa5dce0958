// User-facing strings come from _locales (French first, English second). Legal texts carry their own {fr, en}.
import browser from 'webextension-polyfill';
import type { Lang } from '../../shared/types';

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
