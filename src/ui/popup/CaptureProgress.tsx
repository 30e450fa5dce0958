// The running capture in the popup: its current step in plain words (« Capture de l’écran… », « Scellement… »),
// step n of N, and « Annuler » until the seal. The service worker broadcasts one event per step
// (CaptureProgressEvent, src/messaging/protocol.ts); the popup keeps those of the capture it started.
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { callBackground } from '../../messaging/client';
import { CAPTURE_CANCELLED, CAPTURE_STEPS, FORENSIC_STEPS, isCaptureProgress, type CaptureProgressEvent, type CaptureStepName } from '../../messaging/protocol';
import { t } from '../shared/i18n';

// Listening starts when the popup loads, not when the component mounts: the first step's event can arrive before
// the component's effect runs.
const latest = new Map<string, CaptureProgressEvent>();
const subscribers = new Set<() => void>();
browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || !isCaptureProgress(msg)) return undefined;
  latest.set(msg.captureId, msg);
  for (const s of subscribers) s();
  return undefined;
});

/** An id for a new capture: passed to `capture.review`, it names the capture's progress events. */
export function newCaptureId(): string {
  return crypto.randomUUID();
}

/** True for the error a cancelled capture ends with (shown as « Capture annulée », not as an error). */
export function isCancelled(message: string | undefined): boolean {
  return message === CAPTURE_CANCELLED;
}

/** The forensic mode's steps (controlled reload) are worded under their own keys. */
const stepLabel = (step: CaptureStepName): string => ((FORENSIC_STEPS as readonly string[]).includes(step) ? t(`frnStep_${step}`) : t(`capStep_${step}`));

export function CaptureProgress({ captureId }: { captureId: string }) {
  const [event, setEvent] = useState<CaptureProgressEvent | undefined>(latest.get(captureId));
  const [cancel, setCancel] = useState<'asked' | 'too-late' | 'failed'>();
  const box = useRef<HTMLDivElement>(null);

  // The capture button the doctor pressed is replaced by this box: keep the keyboard focus here, one Tab from « Annuler ».
  useEffect(() => box.current?.focus(), []);

  useEffect(() => {
    const update = () => setEvent(latest.get(captureId));
    subscribers.add(update);
    update();
    return () => {
      subscribers.delete(update);
      latest.delete(captureId);
    };
  }, [captureId]);

  const ask = async () => {
    setCancel('asked');
    try {
      const { cancelled } = await callBackground('capture.cancel', { captureId });
      if (!cancelled) setCancel('too-late');
    } catch {
      setCancel('failed');
    }
  };

  // By name, not by index: the forensic mode adds steps before the seal.
  const sealed = !!event && (event.step === 'seal' || event.step === 'store');
  // « Annuler » sits in the box's first row, before the step's words: the words change length at every step (the
  // controlled reload's wrap on two lines in a 400 px popup), and a button below them moved under the doctor's
  // pointer between two steps, so a click meant for it landed on nothing (seen as a flaky cancel, issue 13).
  return (
    <div class="capture-progress stack" role="status" aria-live="polite" tabIndex={-1} ref={box} data-step={event?.step ?? ''} data-phase={event?.phase ?? ''}>
      <div class="row cap-head">
        <span class="muted cap-count">{event ? t('capStepOf', String(event.index), String(event.total)) : ''}</span>
        {cancel === 'too-late' || (sealed && cancel === 'asked') ? (
          <span class="muted cap-too-late">{t('capTooLate')}</span>
        ) : (
          !sealed && (
            <button class="cap-cancel" disabled={cancel === 'asked'} onClick={ask}>
              {cancel === 'asked' ? t('capCancelling') : t('capCancel')}
            </button>
          )
        )}
      </div>
      <p class="cap-step">{event ? `${event.phase === 'as-shown' ? `${t('frn_phaseAsShown')} — ` : ''}${stepLabel(event.step)}` : t('popupCapturing')}</p>
      <progress max={event?.total ?? CAPTURE_STEPS.length} value={event ? event.index - 1 : 0} />
    </div>
  );
}

export function CaptureCancelled() {
  return (
    <p class="notice cap-cancelled" role="status">
      {t('capCancelled')}
    </p>
  );
}
