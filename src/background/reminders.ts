// Reminders (issue 11 §3): 30, 7 and 1 days before each live limitation deadline, and the day before and the day of
// the insurer's declaration limit; a badge on the toolbar icon with the number of open cases due within 7 days; a
// monthly backup reminder while cases are open. Run at each start of the service worker (so what was missed while
// the browser was closed is shown at next start), on an alarm every few hours, and after each change to a case.
// Notifications need the OPTIONAL `notifications` permission (asked in the options, with its reason); without it the
// badge and the case list still say what is due. Nothing is ever sent anywhere.
import browser from 'webextension-polyfill';
import { listCases, getMeta, setMeta } from '../evidence/store';
import { dueReminders, dueSoonCount, isClosed, type Reminder } from '../evidence/case-status';
import { parisToday } from '../legal/deadlines';
import type { ReminderRun } from '../messaging/protocol';
import { getSettings } from './settings';
import { refreshBadge } from './badge';

export const REMINDER_ALARM = 'avise-reminders';
const RAISED_KEY = 'reminders:raised';
export const LAST_BACKUP_KEY = 'backup:last';
const BACKUP_REMINDED_KEY = 'backup:reminded';
const NOTIFICATION_PREFIX = 'avise-case|';
const BACKUP_NOTIFICATION = 'avise-backup';
const MONTH_MS = 30 * 24 * 3600 * 1000;

const msg = (key: string, ...subs: string[]) => browser.i18n.getMessage(key, subs) || key;

async function notificationsAllowed(): Promise<boolean> {
  try {
    return !!browser.notifications && (await browser.permissions.contains({ permissions: ['notifications'] }));
  } catch {
    return false;
  }
}

function wording(r: Reminder, lang: 'fr' | 'en'): string {
  const [y, m, d] = r.item.expiresOn.split('-');
  const date = lang === 'fr' ? `${d}/${m}/${y}` : r.item.expiresOn;
  const days = String(r.item.daysLeft);
  return r.item.kind === 'insurer' ? msg('timNotifInsurer', date, days) : msg('timNotifDeadline', r.item.title[lang], date, days);
}

/** Computes what is due at `now`, raises each owed reminder once, and sets the badge. */
export async function runReminders(now: Date = new Date()): Promise<ReminderRun> {
  const settings = await getSettings();
  const today = parisToday(now);
  const cases = await listCases();
  const opts = { insurerDays: settings.insurerDays };
  const dueSoon = dueSoonCount(cases, today, opts);
  // The badge is shared with the watch's visits due: one module sets it from both counts (badge.ts).
  await refreshBadge(now);
  const raised = new Set((await getMeta<string[]>(RAISED_KEY)) ?? []);
  const { reminders, alsoDone } = settings.remindersEnabled === false ? { reminders: [], alsoDone: [] } : dueReminders(cases, today, raised, opts);
  const notified = await notificationsAllowed();
  const lang = browser.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
  for (const r of reminders) {
    if (notified) {
      await browser.notifications
        .create(`${NOTIFICATION_PREFIX}${r.caseId}|${r.id}`, { type: 'basic', iconUrl: browser.runtime.getURL('icons/icon-128.png'), title: msg('timNotifTitle', r.caseTitle), message: wording(r, lang) })
        .catch(() => undefined);
    }
    raised.add(r.id);
  }
  for (const id of alsoDone) raised.add(id);
  if (reminders.length || alsoDone.length) await setMeta(RAISED_KEY, [...raised]);

  // Monthly backup reminder while any case is open.
  const open = cases.filter((c) => !isClosed(c)).length;
  const last = await getMeta<string>(LAST_BACKUP_KEY);
  const backupDue = open > 0 && (!last || now.getTime() - Date.parse(last) > MONTH_MS);
  if (backupDue && notified) {
    const reminded = await getMeta<string>(BACKUP_REMINDED_KEY);
    if (!reminded || now.getTime() - Date.parse(reminded) > MONTH_MS) {
      await browser.notifications
        .create(BACKUP_NOTIFICATION, { type: 'basic', iconUrl: browser.runtime.getURL('icons/icon-128.png'), title: msg('timBackupNotifTitle'), message: msg('timBackupNotifText', String(open)) })
        .catch(() => undefined);
      await setMeta(BACKUP_REMINDED_KEY, now.toISOString());
    }
  }
  return { raised: reminders, dueSoon, notified, backupDue };
}

let clicksWired = false;
/** Clicking a reminder opens its case (or the backup section of the options). Wired again when the permission is granted. */
export function wireNotificationClicks(): void {
  if (clicksWired || !browser.notifications?.onClicked) return;
  clicksWired = true;
  browser.notifications.onClicked.addListener((id) => {
    if (id === BACKUP_NOTIFICATION) void browser.tabs.create({ url: browser.runtime.getURL('src/ui/options/index.html#sauvegarde') });
    else if (id.startsWith(NOTIFICATION_PREFIX)) {
      const caseId = id.slice(NOTIFICATION_PREFIX.length).split('|', 1)[0] ?? '';
      void browser.tabs.create({ url: browser.runtime.getURL(`src/ui/manager/index.html#case=${encodeURIComponent(caseId)}`) });
    }
    void browser.notifications.clear(id);
  });
}

export function startReminders(): void {
  wireNotificationClicks();
  browser.permissions.onAdded?.addListener(() => wireNotificationClicks());
  void browser.alarms?.create(REMINDER_ALARM, { periodInMinutes: 180, delayInMinutes: 1 });
  void runReminders().catch(() => undefined);
}
