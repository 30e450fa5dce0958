// report.html, the « procès-verbal de capture ». Review text, author names, titles and URLs are hostile input:
// everything goes through esc(); no script; images are relative links to the exhibit files (no data copied).
import { describeInvisible, invisibleChars } from '../invisible';
import type { Exhibit, Lang } from '../../shared/types';
import { REPORT_TEXT, type ReportText } from './report-text';

export interface ReportContext {
  caseIds: string[];
  software: { name: string; version: string };
  /** Exhibits in bundle order, with their folder relative to data/ (e.g. "exhibits/01-ex1/"). */
  exhibits: { exhibit: Exhibit; dir: string }[];
  fingerprint?: string;
  custodyCount: number;
  lang: Lang;
}

export function esc(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const IMAGE_KINDS = new Set(['review.png', 'viewport.png', 'fullpage.png', 'annotated.png']);
export const isScreenshot = (kind: string): boolean => IMAGE_KINDS.has(kind);

function rows(pairs: [string, unknown][]): string {
  return `<table class="kv">${pairs.filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</table>`;
}

function tsaLines(ex: Exhibit, t: ReportText): string {
  const ts = ex.timestamps ?? [];
  if (!ts.length) return esc(t.tsaNone);
  return ts.map((r) => `${esc(r.genTime ?? t.pending)} — ${esc(r.tsaUrl)} (${esc(r.status)})`).join('<br>');
}

/** Invisible or bidi-control characters of the author, text and reply, named by code point (kept byte-exact). */
function invisibleLine(r: Exhibit['review']): string | undefined {
  const parts = [r.author, r.text, r.ownerReply?.text ?? ''].map((x) => describeInvisible(invisibleChars(x)));
  const labels = ['author', 'text', 'reply'];
  const line = parts.map((p, i) => (p ? `${labels[i]}: ${p}` : '')).filter(Boolean).join(' — ');
  return line || undefined;
}

function exhibitSection(e: { exhibit: Exhibit; dir: string }, n: number, t: ReportText, withImages: boolean, id: string): string {
  const ex = e.exhibit, r = ex.review, env = ex.environment, c = ex.capturedAt;
  const what = rows([
    [t.author, r.author], [t.rating, r.rating !== undefined ? `${r.rating}/${r.ratingMax ?? 5}` : undefined], [t.dateShown, r.dateText],
    [t.edited, r.edited ? t.yes : undefined], [t.translated, r.translated ? t.yes : t.no], [t.photos, r.photos?.count || undefined],
    [t.invisible, invisibleLine(r)],
  ]) + `<p class="label">${esc(t.text)}</p><blockquote class="review">${esc(r.text)}</blockquote>`
    + (r.originalText ? `<p class="label">${esc(t.original)}</p><blockquote class="review">${esc(r.originalText)}</blockquote>` : '')
    + (r.ownerReply ? `<p class="label">${esc(t.ownerReply)}</p><blockquote class="review">${esc(r.ownerReply.text)}</blockquote>` : '');
  const when = `${rows([[t.startUtc, c.startUtc], [t.endUtc, c.endUtc], [t.local, c.local], [t.zone, `${c.timeZone} (UTC${c.offset})`]])}`
    + `<table class="kv"><tr><th>${esc(t.tsa)}</th><td>${tsaLines(ex, t)}</td></tr></table>`;
  const where = rows([[t.url, ex.source.url], [t.canonical, ex.source.canonicalUrl], [t.pageTitle, ex.source.title], [t.reviewId, r.id],
    [t.permalink, r.permalink], [t.place, [r.placeName, r.placeUrl].filter(Boolean).join(' — ')]]);
  const how = rows([[t.browser, `${env.browser.name} ${env.browser.version}`], ['User-Agent', env.browser.userAgent], [t.os, env.os ?? env.browser.platform],
    [t.extension, `${env.extension.name} ${env.extension.version} (${env.extension.id})`],
    [t.viewport, `${env.viewport.width}×${env.viewport.height} @${env.viewport.devicePixelRatio}x`], [t.incognito, env.incognito ? t.yes : t.no],
    [t.uiLanguage, env.uiLanguage], [t.referrer, env.navigation.referrer]])
    + `<p class="label">${esc(t.actions)}</p>` + (ex.actions.length
      ? `<ol class="actions">${ex.actions.map((a) => `<li><code>${esc(a.at)}</code> ${esc(a.kind)} — ${esc(a.detail)}</li>`).join('')}</ol>`
      : `<p>${esc(t.noActions)}</p>`);
  const shots = withImages ? ex.artefacts.filter((a) => isScreenshot(a.kind)).map((a) =>
    `<figure><img src="${esc(e.dir + a.path)}" alt="${esc(`${t.caption} ${a.kind}`)}"><figcaption>${esc(t.caption)} ${esc(a.kind)} — ${esc(e.dir + a.path)}`
    + `${a.derivedFrom ? ` (${esc(t.derived)} ${esc(a.derivedFrom.sha256.slice(0, 16))}…: ${esc(a.derivedFrom.how)})` : ''}</figcaption></figure>`).join('') : '';
  const hashes = `<table class="hashes"><tr><th>${esc(t.file)}</th><th>${esc(t.bytes)}</th><th>SHA-256</th></tr>`
    + ex.artefacts.map((a) => `<tr><td>${esc(e.dir + a.path)}</td><td>${esc(a.bytes)}</td><td><code>${esc(a.sha256)}</code></td></tr>`).join('')
    + `</table>${rows([[t.seal, ex.seal], [t.previousSeal, ex.previousSeal ?? t.none]])}`;
  return `<section class="exhibit" id="${esc(id)}"><h2>${esc(t.exhibit)} ${n} — ${esc(ex.id)}</h2>`
    + `<h3>${esc(t.what)}</h3>${what}<h3>${esc(t.when)}</h3>${when}<h3>${esc(t.where)}</h3>${where}<h3>${esc(t.how)}</h3>${how}`
    + (shots ? `<h3>${esc(t.screenshots)}</h3>${shots}` : '') + `<h3>${esc(t.hashes)}</h3>${hashes}</section>`;
}

function body(ctx: ReportContext, lang: Lang, primary: boolean): string {
  const t = REPORT_TEXT[lang];
  const list = ctx.exhibits.map((e, i) => `<li><a href="#${lang}-ex-${i + 1}">${esc(t.exhibit)} ${i + 1}</a> — ${esc(e.exhibit.review.author)}, `
    + `${esc(e.exhibit.capturedAt.startUtc)} — ${esc(e.exhibit.source.url)}</li>`).join('');
  const handoff = ctx.exhibits.map((e, i) => {
    const ex = e.exhibit, r = ex.review;
    return `<li><strong>${esc(t.exhibit)} ${i + 1}</strong>${rows([[t.url, ex.source.url], [t.permalink, r.permalink], [t.place, r.placeName], [t.reviewId, r.id],
      [t.author, r.author], [t.dateShown, r.dateText], [t.excerpt, r.text.slice(0, 140)], [t.howToReach, t.reachHint]])}</li>`;
  }).join('');
  return `<article lang="${lang}" id="${lang}"><h1>${esc(t.title)}</h1><p>${esc(t.intro)}</p>`
    + rows([[t.software, `${ctx.software.name} ${ctx.software.version}`], [t.cases, ctx.caseIds.join(', ')]])
    + `<h2>${esc(t.summary)}</h2><ol>${list}</ol>`
    + ctx.exhibits.map((e, i) => exhibitSection(e, i + 1, t, primary, `${lang}-ex-${i + 1}`)).join('')
    + `<section><h2>${esc(t.signature)}</h2>${ctx.fingerprint ? `${rows([[t.fingerprint, ctx.fingerprint]])}<p>${esc(t.signatureMeaning)}</p>` : `<p>${esc(t.noSignature)}</p>`}`
    + `<p>${esc(t.custody)} — ${esc(t.custodyText.replace('{n}', String(ctx.custodyCount)))}</p></section>`
    + `<section><h2>${esc(t.verifyTitle)}</h2><ol>${t.verifySteps.map((s) => `<li>${esc(s)}</li>`).join('')}</ol></section>`
    + `<section><h2>${esc(t.limitsTitle)}</h2><ul>${t.limits.map((s) => `<li>${esc(s)}</li>`).join('')}</ul></section>`
    + `<section><h2>${esc(t.handoffTitle)}</h2><p>${esc(t.handoffIntro)}</p><ol>${handoff}</ol></section></article>`;
}

const STYLE = 'body{font:14px/1.45 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#111}'
  + 'table{border-collapse:collapse;margin:.4em 0}th,td{border:1px solid #bbb;padding:.2em .5em;text-align:left;vertical-align:top}'
  + 'td{overflow-wrap:anywhere}code{font-size:12px}blockquote.review{white-space:pre-wrap;border-left:4px solid #888;margin:.4em 0;padding:.4em .8em;background:#f6f6f6}'
  + 'figure{margin:1em 0}img{max-width:100%;border:1px solid #999}.label{font-weight:600;margin:.6em 0 0}'
  + 'article+article{border-top:3px double #444;margin-top:3em}@media print{section.exhibit{break-before:page}}';

/** Primary language first (French by default), then the other language, in one self-contained file. */
export function renderReportHtml(ctx: ReportContext): string {
  const first = ctx.lang, second: Lang = first === 'fr' ? 'en' : 'fr';
  return `<!DOCTYPE html>\n<html lang="${first}"><head><meta charset="utf-8">`
    + `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'unsafe-inline'">`
    + `<title>${esc(REPORT_TEXT[first].title)} — ${esc(ctx.caseIds.join(', '))}</title><style>${STYLE}</style></head><body>`
    + `<nav><a href="#${first}">${first === 'fr' ? 'Version française' : 'English version'}</a> · <a href="#${second}">${second === 'fr' ? 'Version française' : 'English version'}</a></nav>`
    + body(ctx, first, true) + body(ctx, second, false) + '</body></html>\n';
}
