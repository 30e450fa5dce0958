// Script of verify.html, the offline verifier placed in every bundle: pick or drop the ZIP, or the folder it was
// unzipped into, and read the verdict in French (or English when the browser is in English).
// Results are shown with textContent only (file names and review authors inside a bundle are hostile input).
import { verifyPicked, type FolderFile } from './verify';
import { describeCheck, langOf, verdictLine } from './wording';

const lang = langOf(navigator.language);
const $ = (id: string): HTMLElement => document.getElementById(id)!;

const UI = {
  fr: {
    title: 'Vérifier un dossier de preuve Avisé',
    intro: 'Hors ligne : rien n’est envoyé. Choisissez le fichier ZIP reçu, ou le dossier obtenu en le décompressant — ou déposez l’un ou l’autre ici.',
    zip: 'Choisir le fichier ZIP',
    folder: 'Choisir le dossier décompressé',
    busy: 'Vérification en cours…',
    details: 'Détail des contrôles',
  },
  en: {
    title: 'Verify an Avisé evidence bundle',
    intro: 'Offline: nothing is sent. Pick the ZIP file you received, or the folder you got by unzipping it — or drop either here.',
    zip: 'Pick the ZIP file',
    folder: 'Pick the unzipped folder',
    busy: 'Verifying…',
    details: 'Details of the checks',
  },
}[lang];

document.documentElement.lang = lang;
document.title = UI.title;
$('title').textContent = UI.title;
$('intro').textContent = UI.intro;
$('zip-label').textContent = UI.zip;
$('folder-label').textContent = UI.folder;
$('details').textContent = UI.details;

const fromFile = (f: File, path = f.webkitRelativePath || f.name): FolderFile => ({ path, read: async () => new Uint8Array(await f.arrayBuffer()) });

async function run(files: FolderFile[]): Promise<void> {
  const out = $('results'), summary = $('summary');
  out.replaceChildren();
  summary.textContent = UI.busy;
  summary.className = '';
  const r = await verifyPicked(files);
  for (const c of r.checks) {
    const li = document.createElement('li');
    li.className = c.ok ? 'ok' : 'ko';
    li.textContent = `${c.ok ? '✓' : '✗'} ${describeCheck(c, lang)}`;
    out.append(li);
  }
  summary.textContent = `${r.ok ? '✓' : '✗'} ${verdictLine(r, lang)}`;
  summary.className = r.ok ? 'ok' : 'ko';
}

const report = (e: unknown): void => { $('summary').textContent = `✗ ${(e as Error).message}`; $('summary').className = 'ko'; };
for (const id of ['file', 'folder']) {
  const input = $(id) as HTMLInputElement;
  input.addEventListener('change', () => { if (input.files?.length) run([...input.files].map((f) => fromFile(f))).catch(report); });
}

/** A dropped folder: walk it with the File and Directory Entries API (readEntries gives at most 100 at a time). */
async function walk(entry: FileSystemEntry, out: FolderFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((res, rej) => (entry as FileSystemFileEntry).file(res, rej));
    out.push(fromFile(file, entry.fullPath.replace(/^\//, '')));
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((res, rej) => reader.readEntries(res, rej));
    if (!batch.length) break;
    for (const e of batch) await walk(e, out);
  }
}

const drop = $('drop');
drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault(); drop.classList.remove('over');
  const entries = [...(e.dataTransfer?.items ?? [])].map((i) => i.webkitGetAsEntry?.()).filter((x): x is FileSystemEntry => !!x);
  if (entries.length) {
    (async () => { const files: FolderFile[] = []; for (const en of entries) await walk(en, files); await run(files); })().catch(report);
  } else if (e.dataTransfer?.files.length) run([...e.dataTransfer.files].map((f) => fromFile(f))).catch(report);
});
