// Dates as a French court reads them: « le 1er décembre 2026 à 3 h 56 min 39 s, heure de Paris », with UTC beside.
// The wall time is computed with Intl for the zone Europe/Paris (summer time included); the words are ours, so the
// output does not depend on the browser's locale data. Used by the report, the declaration, the attested view, the
// custody log (report and case screen) and the ZIP entry dates.
import type { Lang } from '../../shared/types';

export const PARIS = 'Europe/Paris';

export interface WallTime { year: number; month: number; day: number; hour: number; minute: number; second: number }

const fmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23',
});

/** The wall-clock time in Paris of a UTC instant. */
export function parisWallTime(utc: string | Date): WallTime {
  const d = typeof utc === 'string' ? new Date(utc) : utc;
  if (Number.isNaN(d.getTime())) throw new Error(`not a date: ${String(utc)}`);
  const parts = fmt.formatToParts(d);
  const get = (type: Intl.DateTimeFormatPartTypes): number => {
    const value = parts.find((part) => part.type === type)?.value;
    if (value === undefined) throw new Error(`the date formatter gave no ${type} for ${d.toISOString()}`);
    return Number(value);
  };
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute'), second: get('second') };
}

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const p2 = (n: number): string => String(n).padStart(2, '0');

/** « 1er décembre 2026 » / "1 December 2026". */
export function parisLongDay(utc: string | Date, lang: Lang): string {
  const w = parisWallTime(utc);
  return lang === 'fr' ? `${w.day === 1 ? '1er' : w.day} ${MONTHS_FR[w.month - 1]} ${w.year}` : `${w.day} ${MONTHS_EN[w.month - 1]} ${w.year}`;
}

/** « le 1er décembre 2026 à 3 h 56 min 39 s, heure de Paris » / "1 December 2026 at 03:56:39, Paris time". */
export function parisLong(utc: string | Date, lang: Lang): string {
  const w = parisWallTime(utc);
  return lang === 'fr'
    ? `le ${parisLongDay(utc, lang)} à ${w.hour} h ${p2(w.minute)} min ${p2(w.second)} s, heure de Paris`
    : `${parisLongDay(utc, lang)} at ${p2(w.hour)}:${p2(w.minute)}:${p2(w.second)}, Paris time`;
}

/** "2026-12-01 02:56:39 UTC" (milliseconds dropped: they stay in the JSON records). */
export function utcShort(utc: string | Date): string {
  const d = typeof utc === 'string' ? new Date(utc) : utc;
  return `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** « le 1er décembre 2026 à 3 h 56 min 39 s, heure de Paris (2026-12-01 02:56:39 UTC) ». */
export function parisWithUtc(utc: string | Date, lang: Lang): string {
  return `${parisLong(utc, lang)} (${utcShort(utc)})`;
}

/** MS-DOS date and time fields (APPNOTE 4.4.6) of the Paris wall time: DOS time has no zone and a 2-second step. */
export function dosDateTime(utc: string | Date): { date: number; time: number } {
  const w = parisWallTime(utc);
  const year = Math.min(Math.max(w.year, 1980), 2107);
  return { date: ((year - 1980) << 9) | (w.month << 5) | w.day, time: (w.hour << 11) | (w.minute << 5) | (w.second >> 1) };
}
