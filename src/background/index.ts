// Service worker entry: the messaging contract, the context menu and the keyboard shortcut.
import browser from 'webextension-polyfill';
import { dispatch, isEnvelope, type BackgroundCalls, type Envelope } from '../messaging/protocol';
import { handlers } from './handlers';
import { ensurePicker } from './inject';
import { callContent } from '../messaging/client';
import { RETRY_ALARM, runTimestamps } from './timestamps';
import { startWatch } from './watch';
import { REMINDER_ALARM, runReminders, startReminders } from './reminders';

declare global {
   
  var __aviseReady: boolean | undefined;
}

browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
  // Web pages cannot reach runtime.onMessage, but other extensions could message us through onMessageExternal
  // (not listened to) — and we still check the sender is this extension.
  if (sender.id !== browser.runtime.id || !isEnvelope(msg)) return undefined;
  // The content script lives in the page's process: from there only the picker's « capture this element » is taken.
  const fromExtensionPage = !!sender.url?.startsWith(browser.runtime.getURL(''));
  if (!fromExtensionPage && !CONTENT_SCRIPT_CALLS.has(msg.call)) {
    return Promise.resolve({ ok: false, error: `${String(msg.call)}: not accepted from a web page's content script` });
  }
  return dispatch(handlers, msg as Envelope<BackgroundCalls>, { tabId: sender.tab?.id, url: sender.url });
});

const CONTENT_SCRIPT_CALLS = new Set<string>(['capture.fromPage'] satisfies (keyof BackgroundCalls)[]);

const MENU_ID = 'avise-capture';

browser.runtime.onInstalled.addListener(() => {
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: MENU_ID,
      title: browser.i18n.getMessage('menuCapture') || 'Capturer cet avis comme preuve',
      contexts: ['page', 'selection', 'link', 'image'],
    }),
  );
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
  // The click granted activeTab: inject, then capture around the selection, or let the doctor pick the review.
  const tabId = tab.id;
  void ensurePicker(tabId)
    .then(() => callContent(tabId, 'content.pick', { fromSelection: !!info.selectionText }))
    .catch(() => undefined);
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'capture-picker' && tab?.id !== undefined) void handlers['picker.start']({ tabId: tab.id }, {}).catch(() => undefined);
});

// Pending RFC 3161 requests (« horodatage en attente ») are retried at each start of the service worker and on an
// alarm set only while some remain. With timestamping off, runTimestamps returns before any network request.
browser.alarms?.onAlarm.addListener((alarm) => {
  if (alarm.name === RETRY_ALARM) void runTimestamps().catch(() => undefined);
  if (alarm.name === REMINDER_ALARM) void runReminders().catch(() => undefined);
});
// Reminders and the badge: at each start (what was missed while the browser was closed is shown now), then every 3 h.
startReminders();
void runTimestamps().catch(() => undefined);

startWatch();

globalThis.__aviseReady = true;
