// The « Rapport de capture » / "Capture report" and the « Déclaration de capture », one language per file.
// Both are built once as a list of blocks (reportBlocks, declarationBlocks), then written as HTML (renderHtml) and
// as PDF (report-pdf.ts), so the PDF is a faithful print of the HTML. Review text, author names, titles and URLs are
// hostile input: everything goes through esc(); no script; images are relative links to the files of the bundle.
import { custodyActor, custodySentence } from '../custody-text';
import { describeInvisible, invisibleChars } from '../invisible';
import type { CaseRecord, CustodyEntry, DoctorProfile, Exhibit, Lang, PublishedRange } from '../../shared/types';
import { actionSentence } from './action-text';
import { parisLong, parisLongDay, parisWithUtc } from './paris-time';
import { asShownBlocks, captureModeLabel, provenanceBlocks } from './provenance';
import { DECLARATION_TEXT, REPORT_TEXT, type ReportText } from './report-text';
import type { SeriesRecord } from '../series-record';
import { seriesBlocks } from './series-section';

export interface AttestedInfo { png: string; pngSha256: string; pngBytes: number; sidecar: string; sidecarSha256: string; sidecarBytes: number; sourceSha256: string }

export interface ReportContext {
  caseIds: string[];
  cases?: CaseRecord[];
  software: { name: string; version: string };
  /** Exhibits in bundle order, with their folder relative to data/ (e.g. "exhibits/01-ex1/") and their attested view. */
  exhibits: { exhibit: Exhibit; dir: string; attested?: AttestedInfo }[];
  fingerprint?: string;
  custody: CustodyEntry[];
  profile?: DoctorProfile;
  lang: Lang;
  /** The series records of the cases captured as a series (issue 12): their section holds the pattern table and the timeline. */
  series?: SeriesRecord[];
}

/** Where an image's bytes come from: a sealed artefact (blob store) or the exhibit's attested view. */
export type ImageSource = { blob: string } | { attested: string };

export type Block =
  | { t: 'h1' | 'h2' | 'h3'; text: string; id?: string; page?: boolean }
  | { t: 'p' | 'quote' | 'label' | 'small'; text: string }
  | { t: 'kv'; rows: [string, string][] }
  | { t: 'list'; ordered: boolean; items: string[] }
  | { t: 'table'; head: string[]; rows: string[][]; mono?: number[] }
  | { t: 'img'; path: string; caption: string; src: ImageSource }
  | { t: 'sign' };

export function esc(s: unknown): string {
  return (typeof s === 'string' ? s : s === undefined || s === null ? '' : typeof s === 'number' || typeof s === 'boolean' || typeof s === 'bigint' ? String(s) : JSON.stringify(s)).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export const IMAGE_KINDS = ['review.png', 'viewport.png', 'fullpage.png', 'annotated.png'];
export const isScreenshot = (kind: string): boolean => IMAGE_KINDS.includes(kind);

const kv = (pairs: [string, string | number | undefined][]): Block => ({ t: 'kv', rows: pairs.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)]) });

export function profileName(p: DoctorProfile | undefined): string {
  if (!p) return '';
  return [p.civility, p.firstName, p.lastName].filter((x) => x && x.trim()).join(' ').trim();
}

const colon = (lang: Lang): string => (lang === 'fr' ? ' : ' : ': ');

function invisibleLine(r: Exhibit['review'], t: ReportText, lang: Lang): string | undefined {
  const parts = [r.author, r.title ?? '', r.text, r.ownerReply?.text ?? ''].map((x) => describeInvisible(invisibleChars(x)));
  const labels = [t.invisibleAuthor, t.invisibleTitle, t.invisibleText, t.invisibleReply];
  const line = parts.map((p, i) => (p ? `${labels[i]}${colon(lang)}${p}` : '')).filter(Boolean).join(' — ');
  return line || undefined;
}

/** Whitespace runs as one space, for reading (the exact words, line breaks included, are in review.json). */
const flat = (s: string | undefined): string | undefined => s?.replace(/\s+/g, ' ').trim() || undefined;
const day = (d: string, lang: Lang): string => parisLongDay(`${d}T12:00:00Z`, lang);

/** « 18 janvier 2026 (affiché : « Expérience vécue le 18 janvier 2026 ») », or the words alone when no day was read. */
function experienceLine(r: Exhibit['review'], t: ReportText, lang: Lang): string | undefined {
  const shown = flat(r.experienceDateText);
  if (!shown) return undefined;
  const e = r.experienceRange;
  return e && e.earliest === e.latest ? `${day(e.earliest, lang)} (${t.dayShown(shown)})` : shown;
}

function signalsLine(r: Exhibit['review'], t: ReportText): string | undefined {
  const s = r.authorSignals;
  const parts = [
    s?.reviewCount !== undefined ? t.reviewCount(s.reviewCount) : '',
    s?.localGuide ? t.localGuide : '',
    r.authorUrl ? `${t.profile} ${r.authorUrl}` : '',
    s?.profileUrlDropped ? t.profileDropped(s.profileUrlDropped) : '',
  ].filter(Boolean);
  return parts.join(' · ') || undefined;
}

/** « Réponse du propriétaire, publiée le 6 mars 2026 » (or between two days, or dated as the page shows it). */
function replyLabel(reply: NonNullable<Exhibit['review']['ownerReply']>, t: ReportText, lang: Lang): string {
  const r: PublishedRange | undefined = reply.publishedRange;
  const shown = flat(reply.dateText);
  const label = r ? (r.earliest === r.latest ? t.replyOn(day(r.earliest, lang)) : t.replyBetween(day(r.earliest, lang), day(r.latest, lang)))
    : shown ? t.replyShown(shown) : t.ownerReply;
  const notes = [r && shown ? t.dayShown(shown) : '', reply.headingRaw ? t.replyHeading(flat(reply.headingRaw) ?? '') : ''].filter(Boolean);
  return notes.length ? `${label} (${notes.join(' ; ')})` : label;
}

function timestampLines(ex: Exhibit, t: ReportText, lang: Lang): [string, string][] {
  const ts = ex.timestamps ?? [];
  if (!ts.length) return [[t.clock, t.clockComputer]];
  return ts.map((r, i) => {
    if (r.status === 'granted') return [t.tsa, `${t.tsGranted} ${r.tsaUrl}${r.genTime ? ` — ${parisWithUtc(r.genTime, lang)}` : ''} (${t.tsToken} data/timestamps/${ex.id}-${i + 1}.tsr)`];
    if (r.status === 'pending') return [t.tsa, `${t.tsPending} ${r.tsaUrl}`];
    return [t.tsa, `${t.tsFailed} ${r.tsaUrl}`];
  });
}

function whoBlocks(ctx: ReportContext, t: ReportText): Block[] {
  const p = ctx.profile;
  const name = profileName(p);
  const out: Block[] = [{ t: 'h2', text: t.whoTitle }];
  if (name || p?.rpps) {
    out.push(kv([[t.whoName, name], [t.whoTitleLabel, [p?.title, p?.specialty].filter(Boolean).join(', ')], [t.whoRpps, p?.rpps], [t.whoPractice, p?.practiceName]]));
    out.push({ t: 'small', text: t.whoDeclared });
  } else out.push({ t: 'p', text: t.whoMissing });
  out.push(kv([[t.installKey, ctx.fingerprint ?? t.installNone], [t.software, `${ctx.software.name} ${ctx.software.version}`]]));
  return out;
}

/** What an exhibit shows, after « Pièce n — »: the review's author, or « Page de l’avis, sans l’avis, le … ». */
export function exhibitTitle(ex: Exhibit, t: ReportText, lang: Lang): string {
  return ex.role === 'page-without-review' ? `${t.pageWithout} ${parisLong(ex.capturedAt.startUtc, lang)} (${ex.review.author})` : ex.review.author;
}

function exhibitBlocks(e: ReportContext['exhibits'][number], n: number, t: ReportText, lang: Lang, all: ReportContext['exhibits'] = []): Block[] {
  const ex = e.exhibit, r = ex.review, env = ex.environment, c = ex.capturedAt;
  const pageOnly = ex.role === 'page-without-review';
  // Forensic mode: « tel qu'affiché » or « rechargement contrôlé » in the heading, so each of the two is named where it starts.
  const mode = captureModeLabel(ex, lang);
  const out: Block[] = [{ t: 'h2', text: `${t.exhibit} ${n} — ${exhibitTitle(ex, t, lang)}${mode ? ` (${mode})` : ''}`, id: `ex-${n}`, page: true }];
  if (pageOnly) out.push({ t: 'p', text: t.pageWithoutIntro });
  if (ex.asShown) {
    const nextIndex = all.findIndex((x) => x.exhibit.id === ex.asShown?.reloadExhibitId);
    const a = asShownBlocks(lang, nextIndex >= 0 ? `${t.exhibit} ${nextIndex + 1}` : ex.asShown.reloadExhibitId);
    out.push({ t: 'h3', text: a.title }, { t: 'p', text: a.intro });
  }
  out.push({ t: 'h3', text: t.when });
  out.push(kv([[t.start, parisWithUtc(c.startUtc, lang)], [t.end, parisWithUtc(c.endUtc, lang)], [t.zone, `${c.timeZone} (UTC${c.offset})`], ...timestampLines(ex, t, lang)]));
  out.push({ t: 'h3', text: t.where });
  out.push(kv([[t.url, ex.source.url], [t.canonical, ex.source.canonicalUrl], [t.pageTitle, ex.source.title], [t.place, [r.placeName, r.placeUrl].filter(Boolean).join(' — ')],
    [t.placeHeading, flat(r.placeHeadingRaw)], [t.reviewId, r.id], [t.permalink, r.permalink]]));
  out.push({ t: 'h3', text: t.how });
  out.push(kv([[t.browser, `${env.browser.name} ${env.browser.version}`], ['User-Agent', env.browser.userAgent], [t.os, env.os ?? env.browser.platform],
    [t.extension, `${env.extension.name} ${env.extension.version} (${env.extension.id})`],
    [t.viewport, `${env.viewport.width} × ${env.viewport.height} px, ×${env.viewport.devicePixelRatio}`], [t.incognito, env.incognito ? t.yes : t.no],
    [t.uiLanguage, env.uiLanguage], [t.referrer, env.navigation.referrer], [t.proxy, t.proxyUnknown]]));
  out.push({ t: 'label', text: t.actions });
  out.push(ex.actions.length
    ? { t: 'list', ordered: true, items: ex.actions.map((a) => `${parisLong(a.at, lang).replace(/^le /, '')} — ${actionSentence(a, lang)}`) }
    : { t: 'p', text: t.noActions });
  out.push({ t: 'h3', text: pageOnly ? t.searched : t.what });
  const subs = r.subRatings?.map((x) => `${flat(x.labelRaw) ?? ''} ${x.rating !== undefined ? `${x.rating}/${x.ratingMax ?? 5}` : flat(x.valueRaw) ?? ''}`.trim()).join(' ; ');
  out.push(kv([[t.author, r.author], [t.authorSignals, signalsLine(r, t)], [t.rating, r.rating !== undefined ? `${r.rating}/${r.ratingMax ?? 5}` : undefined],
    [t.subRatings, subs], [t.dateShown, r.dateText], [t.experience, experienceLine(r, t, lang)],
    [t.edited, r.edited ? t.yes : undefined], [t.hiddenAtLoad, r.hiddenAtLoad ? t.hiddenAtLoadYes : undefined], [t.translated, r.translated ? t.yes : t.no],
    [t.photos, r.photos?.count || undefined], [t.invisible, invisibleLine(r, t, lang)]]));
  if (flat(r.title)) out.push({ t: 'label', text: t.reviewTitle }, { t: 'quote', text: flat(r.title)! });
  out.push({ t: 'label', text: t.text }, { t: 'quote', text: r.text });
  if (r.originalText) out.push({ t: 'label', text: t.original }, { t: 'quote', text: r.originalText });
  if (r.ownerReply) out.push({ t: 'label', text: replyLabel(r.ownerReply, t, lang) }, { t: 'quote', text: r.ownerReply.text });
  if (ex.forensic) {
    // Forensic mode (issue 13): where the server's response came from, and whether the review as shown is in it.
    const shownIndex = ex.forensic.asShown ? all.findIndex((x) => x.exhibit.id === ex.forensic?.asShown?.exhibitId) : -1;
    const p = provenanceBlocks(ex.forensic, lang, shownIndex >= 0 ? `${t.exhibit} ${shownIndex + 1}` : undefined);
    out.push({ t: 'h3', text: p.title }, { t: 'p', text: p.intro }, { t: 'kv', rows: p.rows });
    if (p.summary) out.push({ t: 'p', text: p.summary });
    out.push({ t: 'label', text: p.checksTitle }, { t: 'list', ordered: false, items: p.checks });
    if (p.comparison) {
      out.push({ t: 'label', text: p.comparison.title }, { t: 'list', ordered: false, items: p.comparison.items });
      if (p.comparison.summary) out.push({ t: 'p', text: p.comparison.summary });
    }
    out.push({ t: 'small', text: p.limits });
  }
  const shots = ex.artefacts.filter((a) => isScreenshot(a.kind) && a.mediaType === 'image/png');
  if (shots.length || e.attested) {
    out.push({ t: 'h3', text: t.screenshots });
    for (const a of shots) {
      const derived = a.derivedFrom ? ` — ${t.derivedFrom} ${a.derivedFrom.sha256.slice(0, 16)}…` : '';
      out.push({ t: 'img', path: e.dir + a.path, caption: `${t.img[a.kind] ?? a.kind}${derived} — ${e.dir}${a.path}`, src: { blob: a.sha256 } });
    }
    if (e.attested) out.push({ t: 'img', path: e.dir + e.attested.png, caption: `${t.img.attested} — ${e.dir}${e.attested.png}`, src: { attested: ex.id } });
  }
  out.push({ t: 'h3', text: t.hashes });
  out.push({ t: 'table', head: [t.file, t.bytes, 'SHA-256'], rows: ex.artefacts.map((a) => [e.dir + a.path, String(a.bytes), a.sha256]), mono: [2] });
  out.push(kv([[t.seal, ex.seal], [t.previousSeal, ex.previousSeal ?? t.none]]));
  if (e.attested) {
    const at = e.attested;
    out.push({ t: 'label', text: t.derivedFiles });
    out.push({ t: 'table', head: [t.file, t.bytes, 'SHA-256'], rows: [[`${e.dir}${at.png} (${t.derivedFrom} ${e.dir}viewport.png, ${at.sourceSha256.slice(0, 16)}…)`, String(at.pngBytes), at.pngSha256],
      [e.dir + at.sidecar, String(at.sidecarBytes), at.sidecarSha256]], mono: [2] });
  }
  return out;
}

/** Custody entries as rows: date in Paris with UTC beside, the sentence, who. */
/** One custody row: sequence number, Paris time (UTC), what happened, who did it. */
export type CustodyRow = [seq: string, at: string, what: string, by: string];

function custodyRowMaker(exhibits: Exhibit[], lang: Lang): (e: CustodyEntry) => CustodyRow {
  const byId = new Map(exhibits.map((x) => [x.id, x]));
  return (e) => [String(e.seq), parisWithUtc(e.at, lang), custodySentence(e, lang, (id) => byId.get(id)), custodyActor(e, lang)];
}

export function custodyRows(custody: CustodyEntry[], exhibits: Exhibit[], lang: Lang): CustodyRow[] {
  return custody.map(custodyRowMaker(exhibits, lang));
}

export function reportBlocks(ctx: ReportContext): Block[] {
  const lang = ctx.lang, t = REPORT_TEXT[lang];
  const listings = (ctx.cases ?? []).map((c) => c.listing.placeName ?? c.listing.url).filter(Boolean);
  const anyToken = ctx.exhibits.some((e) => (e.exhibit.timestamps ?? []).some((x) => x.status === 'granted' && x.tokenBase64));
  const out: Block[] = [
    { t: 'h1', text: t.title },
    { t: 'p', text: t.intro },
    kv([[t.cases, ctx.caseIds.join(', ')], [t.listing, listings.join(' ; ')]]),
    ...whoBlocks(ctx, t),
    { t: 'h2', text: t.summary },
    { t: 'list', ordered: true, items: ctx.exhibits.map((e, i) => `${t.exhibit} ${i + 1} — ${exhibitTitle(e.exhibit, t, lang)} — ${parisLong(e.exhibit.capturedAt.startUtc, lang)} — ${e.exhibit.source.url}`) },
  ];
  if (ctx.series?.length) {
    // Series cases: the pattern table and the timeline, citing the exhibits by their number in this report.
    const numbers = new Map(ctx.exhibits.map((e, i) => [e.exhibit.id, i + 1]));
    for (const s of [...ctx.series].sort((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0))) {
      const own = ctx.exhibits.map((e) => e.exhibit).filter((x) => x.caseId === s.caseId);
      if (own.length) out.push(...seriesBlocks(s, own, (x) => numbers.get(x.id), lang));
    }
  }
  ctx.exhibits.forEach((e, i) => out.push(...exhibitBlocks(e, i + 1, t, lang, ctx.exhibits)));
  out.push({ t: 'h2', text: t.signature, page: true });
  out.push(ctx.fingerprint ? kv([[t.fingerprint, ctx.fingerprint]]) : { t: 'p', text: t.noSignature });
  if (ctx.fingerprint) out.push({ t: 'p', text: t.signatureMeaning });
  out.push({ t: 'h2', text: t.custodyTitle }, { t: 'p', text: t.custodyIntro });
  out.push(ctx.custody.length
    ? { t: 'table', head: ['#', t.custodyAt, t.custodyWhat, t.custodyBy], rows: custodyRows(ctx.custody, ctx.exhibits.map((e) => e.exhibit), lang) }
    : { t: 'p', text: t.custodyNone });
  out.push({ t: 'h2', text: t.verifyTitle }, { t: 'list', ordered: true, items: [t.verifyHtml, t.verifyCli, ...(anyToken ? [t.verifyTsr] : []), t.verifySeal] });
  out.push({ t: 'h2', text: t.limitsTitle }, {
    t: 'list', ordered: false,
    items: [t.limitNotConstat, t.limitConstat, t.limitBrowser, anyToken ? t.limitClockTsr : t.limitClock, ...(ctx.exhibits.some((e) => e.attested) ? [t.limitDerived] : []), t.limitIdentity],
  });
  out.push({ t: 'h2', text: t.handoffTitle }, { t: 'p', text: t.handoffIntro });
  ctx.exhibits.forEach((e, i) => {
    const ex = e.exhibit, r = ex.review;
    out.push({ t: 'label', text: `${t.exhibit} ${i + 1}` });
    out.push(kv([[t.url, ex.source.url], [t.permalink, r.permalink], [t.place, r.placeName], [t.reviewId, r.id], [t.author, r.author], [t.dateShown, r.dateText],
      [t.excerpt, r.text.slice(0, 140)], [t.howToReach, t.reachHint]]));
  });
  return out;
}

/** The declaration the doctor signs: circumstances (from the environment record and action log), exhibits, signature block. */
export function declarationBlocks(ctx: ReportContext): Block[] {
  const lang = ctx.lang, d = DECLARATION_TEXT[lang];
  const p = ctx.profile;
  const name = profileName(p) || d.unknownName;
  const who = `${d.iAm} ${name}${p?.title ? `, ${p.title}` : ''}${p?.specialty ? `, ${p.specialty}` : ''}, ${d.rpps} ${p?.rpps || d.unknownRpps}.`;
  const envs = [...new Set(ctx.exhibits.map(({ exhibit: { environment: env } }) =>
    `${env.browser.name} ${env.browser.version} — ${env.os ?? env.browser.platform ?? '?'} — ${env.extension.name} ${env.extension.version}`))];
  const clicks = ctx.exhibits.flatMap(({ exhibit: ex }, i) => ex.actions.map((a) => `${REPORT_TEXT[lang].exhibit} ${i + 1}, ${parisLong(a.at, lang).replace(/^le /, '')}${colon(lang)}${actionSentence(a, lang)}`));
  return [
    { t: 'h1', text: d.title },
    { t: 'small', text: d.intro },
    { t: 'p', text: who },
    { t: 'h2', text: d.circumstancesTitle },
    { t: 'list', ordered: false, items: [d.ownComputer, `${d.browserLine} ${envs.join(' ; ')}`, d.connection, d.noProxy, d.clock] },
    { t: 'label', text: d.clicked },
    { t: 'list', ordered: true, items: clicks },
    { t: 'h2', text: d.exhibitsTitle },
    {
      t: 'table', head: ['#', REPORT_TEXT[lang].start, REPORT_TEXT[lang].url, REPORT_TEXT[lang].author, `${d.seal} (SHA-256)`],
      rows: ctx.exhibits.map(({ exhibit: ex }, i) => [String(i + 1), parisWithUtc(ex.capturedAt.startUtc, lang), ex.source.url, ex.review.author, ex.seal]), mono: [4],
    },
    { t: 'table', head: [REPORT_TEXT[lang].file, 'SHA-256'], rows: ctx.exhibits.flatMap(({ exhibit: ex, dir }) => ex.artefacts.map((a) => [dir + a.path, a.sha256])), mono: [1] },
    { t: 'p', text: d.certify },
    { t: 'p', text: d.madeAt },
    { t: 'p', text: d.signature },
    { t: 'sign' },
    { t: 'small', text: d.note },
  ];
}

const STYLE = 'body{font:14px/1.45 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#111}'
  + 'table{border-collapse:collapse;margin:.4em 0}th,td{border:1px solid #bbb;padding:.2em .5em;text-align:left;vertical-align:top}'
  + 'td,li{overflow-wrap:anywhere}.mono{font-family:monospace;font-size:12px}blockquote{white-space:pre-wrap;border-left:4px solid #888;margin:.4em 0;padding:.4em .8em;background:#f6f6f6}'
  + 'figure{margin:1em 0}img{max-width:100%;border:1px solid #999}.label{font-weight:600;margin:.6em 0 0}.small{font-size:12px;color:#333}'
  + '.sign{height:6em;border:1px dashed #888;max-width:24em}@media print{h2.page{break-before:page}}';

export function renderHtml(blocks: Block[], lang: Lang, title: string): string {
  const html = blocks.map((b) => {
    switch (b.t) {
      case 'h1': case 'h2': case 'h3':
        return `<${b.t}${b.id ? ` id="${esc(b.id)}"` : ''}${b.page ? ' class="page"' : ''}>${esc(b.text)}</${b.t}>`;
      case 'p': return `<p>${esc(b.text)}</p>`;
      case 'small': return `<p class="small">${esc(b.text)}</p>`;
      case 'label': return `<p class="label">${esc(b.text)}</p>`;
      case 'quote': return `<blockquote>${esc(b.text)}</blockquote>`;
      case 'kv': return `<table class="kv">${b.rows.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</table>`;
      case 'list': { const tag = b.ordered ? 'ol' : 'ul'; return `<${tag}>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</${tag}>`; }
      case 'table':
        return `<table><tr>${b.head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>${b.rows.map((r) => `<tr>${r.map((c, i) => `<td${b.mono?.includes(i) ? ' class="mono"' : ''}>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;
      case 'img': return `<figure><img src="${esc(b.path)}" alt="${esc(b.caption)}"><figcaption>${esc(b.caption)}</figcaption></figure>`;
      case 'sign': return '<div class="sign"></div>';
    }
  }).join('\n');
  return `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8">`
    + `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'unsafe-inline'">`
    + `<title>${esc(title)}</title><style>${STYLE}</style></head><body><article>\n${html}\n</article></body></html>\n`;
}

export function renderReportHtml(ctx: ReportContext): string {
  return renderHtml(reportBlocks(ctx), ctx.lang, `${REPORT_TEXT[ctx.lang].title} — ${ctx.caseIds.join(', ')}`);
}

export function renderDeclarationHtml(ctx: ReportContext): string {
  return renderHtml(declarationBlocks(ctx), ctx.lang, `${DECLARATION_TEXT[ctx.lang].title} — ${ctx.caseIds.join(', ')}`);
}

/** journal-de-conservation.txt / custody-log.txt: the custody log in plain words, one entry per paragraph. */
export function custodyText(custody: CustodyEntry[], exhibits: Exhibit[], lang: Lang): string {
  const head = lang === 'fr'
    ? 'Journal de conservation — lecture en clair de data/custody-log.jsonl (qui seul est chaîné par empreintes).\nHeures de Paris, UTC entre parenthèses.\n\n'
    : 'Custody log — plain reading of data/custody-log.jsonl (only that file is hash-chained).\nParis times, UTC in brackets.\n\n';
  const row = custodyRowMaker(exhibits, lang);
  return head + custody.map((e) => {
    const [seq, at, what, by] = row(e);
    return `${seq}. ${at}\n   ${what.replace(/[\r\n\u2028\u2029]+/g, ' ')}\n   ${lang === 'fr' ? 'par' : 'by'} ${by} — ${lang === 'fr' ? 'empreinte' : 'hash'} ${e.hash.slice(0, 16)}…\n`;
  }).join('\n');
}

