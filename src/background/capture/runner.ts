// A small runner for the capture's named steps: runs them in order, reports each one before it starts (name,
// index, total), and checks between steps whether the doctor cancelled. Cancelling is honoured only before the
// point of no return (the seal): from there the capture completes, so it is whole or absent. When the run does not
// complete (cancelled or failed) `cleanup` runs before the error is rethrown (the pipeline restores the page and
// removes its job record there). Pure: no browser API, tested in Node.
import { CAPTURE_CANCELLED } from '../../messaging/protocol';

export interface StepProgress<N extends string = string> {
  step: N;
  /** 1-based position of the step in the run. */
  index: number;
  total: number;
  /** The step's phase, when a run holds two captures (forensic mode: « as-shown » before the controlled reload). */
  phase?: string;
}

export interface StepContext {
  /** Throws CancelledError when the doctor cancelled and the point of no return is not reached (for long steps). */
  throwIfCancelled(): void;
}

export interface Step<S, N extends string = string> {
  name: N;
  /** Reported with the step's progress (see StepProgress.phase). */
  phase?: string;
  run(state: S, ctx: StepContext): Promise<void>;
}

export class CancelledError extends Error {
  constructor() {
    super(CAPTURE_CANCELLED);
    this.name = 'CancelledError';
  }
}

/** One run's cancel switch, shared between the runner and whoever asks to cancel (the popup through the service worker). */
export class CancelSwitch {
  private requested = false;
  private sealed = false;

  /** Asks to cancel; false when it is too late (the seal has started) and the capture will complete. */
  cancel(): boolean {
    if (this.sealed) return false;
    this.requested = true;
    return true;
  }

  get cancelled(): boolean {
    return this.requested && !this.sealed;
  }

  /** Called by the runner when it reaches the point of no return. */
  seal(): void {
    this.sealed = true;
  }
}

export interface RunOptions<S, N extends string> {
  steps: Step<S, N>[];
  state: S;
  /** The first step that can no longer be cancelled. */
  pointOfNoReturn: N;
  cancel: CancelSwitch;
  onProgress?: (p: StepProgress<N>) => void;
  /** Runs when the run stops before its end, with the reason; its own failure is swallowed (the first error wins). */
  cleanup?: (state: S, reason: unknown) => Promise<void>;
}

export async function runSteps<S, N extends string>(opts: RunOptions<S, N>): Promise<S> {
  const { steps, state, cancel } = opts;
  if (!steps.some((s) => s.name === opts.pointOfNoReturn)) throw new Error(`runSteps: no step named ${opts.pointOfNoReturn}`);
  const ctx: StepContext = {
    throwIfCancelled() {
      if (cancel.cancelled) throw new CancelledError();
    },
  };
  try {
    for (const [i, step] of steps.entries()) {
      ctx.throwIfCancelled();
      if (step.name === opts.pointOfNoReturn) cancel.seal();
      try {
        opts.onProgress?.({ step: step.name, index: i + 1, total: steps.length, ...(step.phase ? { phase: step.phase } : {}) });
      } catch {
        /* a listener's failure does not stop a capture */
      }
      await step.run(state, ctx);
    }
    return state;
  } catch (e) {
    if (opts.cleanup) await opts.cleanup(state, e).catch(() => undefined);
    throw e;
  }
}
