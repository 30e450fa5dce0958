import { describe, expect, it } from 'vitest';
import { CancelSwitch, CancelledError, runSteps, type Step, type StepProgress } from './runner';

/** A toy capture: every step notes itself; `store` writes to a fake store; `restore` puts the fake page back. */
interface Toy {
  ran: string[];
  stored: string[];
  pageRestored: boolean;
}

const NAMES = ['prepare', 'shoot', 'archive', 'seal', 'store'] as const;
type Name = (typeof NAMES)[number];

function toySteps(hooks: Partial<Record<Name, (s: Toy) => Promise<void> | void>> = {}): Step<Toy, Name>[] {
  return NAMES.map((name) => ({
    name,
    async run(s: Toy) {
      s.ran.push(name);
      await hooks[name]?.(s);
      if (name === 'store') s.stored.push('exhibit');
    },
  }));
}

async function run(steps: Step<Toy, Name>[], cancel = new CancelSwitch()) {
  const state: Toy = { ran: [], stored: [], pageRestored: false };
  const progress: StepProgress<Name>[] = [];
  const outcome = await runSteps({
    steps,
    state,
    pointOfNoReturn: 'seal',
    cancel,
    onProgress: (p) => progress.push(p),
    async cleanup(s) {
      s.pageRestored = true;
    },
  }).then(
    () => 'done',
    (e: unknown) => e,
  );
  return { state, progress, outcome };
}

describe('the capture step runner', () => {
  it('runs the steps in order and reports each one with its position before it starts', async () => {
    const { state, progress, outcome } = await run(toySteps());
    expect(outcome).toBe('done');
    expect(state.ran).toEqual([...NAMES]);
    expect(progress).toEqual(NAMES.map((step, i) => ({ step, index: i + 1, total: NAMES.length })));
    expect(state.stored).toEqual(['exhibit']);
    expect(state.pageRestored).toBe(false);
  });

  it('a cancel before the seal stops at the next step: nothing is stored and the page is restored', async () => {
    const cancel = new CancelSwitch();
    let accepted: boolean | undefined;
    const { state, progress, outcome } = await run(toySteps({ shoot: () => void (accepted = cancel.cancel()) }), cancel);
    expect(accepted).toBe(true);
    expect(outcome).toBeInstanceOf(CancelledError);
    expect(state.ran).toEqual(['prepare', 'shoot']);
    expect(progress.map((p) => p.step)).toEqual(['prepare', 'shoot']);
    expect(state.stored).toEqual([]);
    expect(state.pageRestored).toBe(true);
  });

  it('a long step that checks for cancellation stops in its middle', async () => {
    const cancel = new CancelSwitch();
    const bands: number[] = [];
    const steps = toySteps();
    steps[1] = {
      name: 'shoot',
      async run(_s, ctx) {
        for (let band = 0; band < 5; band++) {
          ctx.throwIfCancelled();
          bands.push(band);
          if (band === 1) cancel.cancel();
        }
      },
    };
    const { state, outcome } = await run(steps, cancel);
    expect(outcome).toBeInstanceOf(CancelledError);
    expect(bands).toEqual([0, 1]);
    expect(state.stored).toEqual([]);
    expect(state.pageRestored).toBe(true);
  });

  it('a cancel once the seal has started is refused and the capture completes whole', async () => {
    const cancel = new CancelSwitch();
    let accepted: boolean | undefined;
    const { state, outcome } = await run(toySteps({ seal: () => void (accepted = cancel.cancel()) }), cancel);
    expect(accepted).toBe(false);
    expect(outcome).toBe('done');
    expect(state.ran).toEqual([...NAMES]);
    expect(state.stored).toEqual(['exhibit']);
    expect(state.pageRestored).toBe(false);
  });

  it('a cancel asked before the run starts runs no step at all', async () => {
    const cancel = new CancelSwitch();
    cancel.cancel();
    const { state, progress, outcome } = await run(toySteps(), cancel);
    expect(outcome).toBeInstanceOf(CancelledError);
    expect(state.ran).toEqual([]);
    expect(progress).toEqual([]);
  });

  it('a failing step stops the run, restores the page and passes its own error on', async () => {
    const boom = new Error('archive failed');
    const { state, outcome } = await run(
      toySteps({
        archive: () => {
          throw boom;
        },
      }),
    );
    expect(outcome).toBe(boom);
    expect(state.ran).toEqual(['prepare', 'shoot', 'archive']);
    expect(state.stored).toEqual([]);
    expect(state.pageRestored).toBe(true);
  });

  it('a failing cleanup does not hide the error that stopped the run', async () => {
    const boom = new Error('shoot failed');
    const outcome = await runSteps({
      steps: toySteps({
        shoot: () => {
          throw boom;
        },
      }),
      state: { ran: [], stored: [], pageRestored: false },
      pointOfNoReturn: 'seal',
      cancel: new CancelSwitch(),
      cleanup: () => Promise.reject(new Error('tab closed')),
    }).catch((e: unknown) => e);
    expect(outcome).toBe(boom);
  });

  it('refuses a point of no return that names no step', async () => {
    await expect(runSteps({ steps: toySteps(), state: { ran: [], stored: [], pageRestored: false }, pointOfNoReturn: 'sael' as Name, cancel: new CancelSwitch() })).rejects.toThrow(/sael/);
  });

  it('reports the phase of the steps that run twice (the « tel qu’affiché » capture before the controlled reload)', async () => {
    const steps = toySteps();
    const both: Step<Toy, Name>[] = [...steps.slice(0, 2).map((st) => ({ ...st, phase: 'as-shown' })), ...steps];
    const { progress } = await run(both);
    expect(progress.map((p) => `${p.phase ?? ''}:${p.step}`)).toEqual(['as-shown:prepare', 'as-shown:shoot', ':prepare', ':shoot', ':archive', ':seal', ':store']);
  });
});
