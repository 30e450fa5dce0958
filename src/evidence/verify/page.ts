// Script of verify.html, the offline verifier placed in every bundle: pick or drop the ZIP, see each check.
// Results are shown with textContent only (file names inside a ZIP are hostile input).
import { verifyBundle } from './verify';

const $ = (id: string): HTMLElement => document.getElementById(id)!;

async function run(file: File): Promise<void> {
  const out = $('results'), summary = $('summary');
  out.replaceChildren();
  summary.textContent = `… ${file.name}`;
  summary.className = '';
  let r: Awaited<ReturnType<typeof verifyBundle>>;
  try {
    r = await verifyBundle(new Uint8Array(await file.arrayBuffer()));
  } catch (e) {
    summary.textContent = `✗ ${file.name}: ${(e as Error).message}`;
    summary.className = 'ko';
    return;
  }
  for (const c of r.checks) {
    const li = document.createElement('li');
    li.className = c.ok ? 'ok' : 'ko';
    li.textContent = `${c.ok ? '✓' : '✗'} ${c.id} — ${c.detail}`;
    out.append(li);
  }
  summary.textContent = r.ok ? `✓ ${file.name}: ${r.checks.length} / ${r.checks.length}` : `✗ ${file.name}: ${r.firstFailure}`;
  summary.className = r.ok ? 'ok' : 'ko';
}

const input = $('file') as HTMLInputElement;
input.addEventListener('change', () => { if (input.files?.[0]) void run(input.files[0]); });
const drop = $('drop');
drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault(); drop.classList.remove('over');
  const f = e.dataTransfer?.files[0];
  if (f) void run(f);
});
