// The domain model shared by every runtime. Pure types: no browser, no Node.
// See docs/ARCHITECTURE.md for where each of these is produced and consumed.

/** ISO 8601 instant in UTC, e.g. "2026-11-26T09:42:46.123Z". */
export type UtcInstant = string;
/** Calendar date "YYYY-MM-DD" (deadlines are counted on calendar dates in Europe/Paris). */
export type CalendarDate = string;

export type SiteId = 'google-maps' | 'google-search' | 'pagesjaunes' | 'trustpilot' | 'generic';

/** What an adapter reads from one review on the page. Strings are kept exactly as the page shows them. */
export interface ReviewFields {
  /** Stable id: the site's own id when it has one, else `h:` + SHA-256 of author|date|text (computed by the caller). */
  id: string;
  author: string;
  /** The author's profile link, absolute, http(s) only (anything else is dropped and noted in authorSignals). */
  authorUrl?: string;
  /** Author meta as shown ("Local Guide · 42 avis"). */
  authorMeta?: string;
  /** 1..5, or undefined when the site shows no rating for this review. */
  rating?: number;
  /** Maximum of the rating scale (5 on every supported site). */
  ratingMax?: number;
  /** The date as shown, verbatim ("il y a 3 mois", "Modifié il y a 2 semaines", "12 mars 2026"). */
  dateText: string;
  /** The first-publication date range that dateText implies, relative to the capture time. */
  publishedRange?: PublishedRange;
  /** True when the site marks the review as edited ("Modifié", "Edited"). */
  edited?: boolean;
  /**
   * When the site marks the review as edited, the date it shows is the EDIT's («  Modifié il y a 3 semaines »): its
   * range goes here, and publishedRange is left out (the first version is older and its date unknown).
   */
  editedRange?: PublishedRange;
  /** Full review text (after expanding "Plus"/"More"), as shown. */
  text: string;
  /** Original-language text when the page shows a machine translation and offers the original. */
  originalText?: string;
  translated: boolean;
  /** BCP 47 language the page gives for the review (Google Maps: the language of the original, even when a translation is shown). */
  language?: string;
  ownerReply?: OwnerReply;
  photos: { count: number; urls: string[] };
  permalink?: string;
  /** Place / listing name and URL as the page shows them (the name without a review counter printed in its heading). */
  placeName?: string;
  placeUrl?: string;
  /** The listing heading exactly as the page holds it (untrimmed textContent), when it printed more than the name (« MutuelleSanté Plus Avis 12 »). */
  placeHeadingRaw?: string;
  /** The review's own title, exactly as the page holds it (untrimmed textContent; Trustpilot). */
  title?: string;
  /** The date of the experience as the page prints it, exactly (untrimmed textContent: « Date de l'expérience: 2 mars 2026 », « Expérience vécue le … », « Visité en juillet »). */
  experienceDateText?: string;
  /** The day range that experienceDateText stands for (computed in the service worker; absent when not understood). */
  experienceRange?: PublishedRange;
  /** Detailed ratings the site prints beside the overall one (PagesJaunes criteria, Google « Service : 5/5 »). */
  subRatings?: SubRating[];
  /**
   * True when the site had this review hidden when the page loaded, behind « Charger plus d'avis » / « voir plus
   * d'avis » (PagesJaunes `seconde-visibilite`): the doctor, like any visitor, saw it only after that click.
   */
  hiddenAtLoad?: boolean;
  /** What the page shows about the author, read where the site prints it (the words themselves stay in authorMeta). */
  authorSignals?: AuthorSignals;
}

/** The owner's (or company's) reply printed under a review. */
export interface OwnerReply {
  /** The reply text as the page holds it, untrimmed like `text` (textContent; see exactText in adapters/dom.ts). */
  text: string;
  /** The reply heading exactly as the page holds it (untrimmed textContent: « Réponse du propriétaire », « Réponse de MutuelleSanté Plus »). */
  headingRaw?: string;
  /** The reply's date as shown, verbatim. */
  dateText?: string;
  /** The day range of the reply's publication (computed in the service worker from the machine date, else dateText). */
  publishedRange?: PublishedRange;
}

export interface SubRating {
  /** The criterion's label exactly as the page holds it (untrimmed textContent). */
  labelRaw: string;
  /** The value as the page prints it, exactly (« Note : 4/5 », « 5/5 »). */
  valueRaw: string;
  /** Parsed from valueRaw, when it reads « n/max ». */
  rating?: number;
  ratingMax?: number;
}

export interface AuthorSignals {
  /** Number of reviews the author's profile counts, as printed (« 42 avis », "3 reviews", Trustpilot's count). */
  reviewCount?: number;
  /** The page calls the author a Local Guide (Google). */
  localGuide?: boolean;
  /**
   * The author's profile link is `authorUrl` (absolute, http or https only). A link that was NOT kept because it is
   * not http(s) (« javascript: », « data: »…) is noted here by its scheme only: the record says a link was there
   * without carrying it.
   */
  profileUrlDropped?: string;
}

/**
 * What an adapter reads from one review, before any date is interpreted: the page's own words only. The content
 * script sends this; the service worker turns the date text into ranges (`withDates`, src/adapters/dates.ts), so
 * that no date library is injected into review pages. `withDates` gives the stored `ReviewFields`.
 */
export type RawReviewFields = Omit<ReviewFields, 'publishedRange' | 'editedRange' | 'edited' | 'experienceRange' | 'ownerReply'> & {
  /** The machine-readable date next to the shown one (`<time datetime>`, microdata `content`): read before dateText. */
  dateMachine?: string;
  /** The reply as read on the page; its machine date (`<time datetime>`) is read before its dateText. */
  ownerReply?: Omit<OwnerReply, 'publishedRange'> & { dateMachine?: string };
};

export interface PublishedRange {
  earliest: CalendarDate;
  latest: CalendarDate;
}

export type ArtefactKind =
  | 'review.png'
  | 'viewport.png'
  | 'fullpage.png'
  | 'annotated.png'
  | 'page.mhtml'
  | 'page.html'
  | 'review.html'
  | 'review.json'
  | 'environment.json'
  /** Forensic mode only: the network as this browser received it during the controlled reload (HAR 1.2). */
  | 'network.har'
  /** Forensic mode only: the same responses as a WACZ 1.1.1 (WARC records, index, pages, datapackage with hashes). */
  | 'network.wacz';

/** One stored file of an exhibit. `sha256` is of the exact stored bytes; the blob store is keyed by it. */
export interface Artefact {
  kind: ArtefactKind;
  /** File name inside the exhibit folder of a bundle, e.g. "review.png". */
  path: string;
  mediaType: string;
  bytes: number;
  sha256: string;
  /** For derived artefacts (annotated.png): which artefact it was derived from and how. */
  derivedFrom?: { sha256: string; how: string };
  /** Free note, e.g. "stitched from 3 captures". */
  note?: string;
}

export interface CaptureTime {
  startUtc: UtcInstant;
  endUtc: UtcInstant;
  /** Local wall time with offset, e.g. "2026-11-26T10:42:46.123+01:00". */
  local: string;
  /** IANA zone, e.g. "Europe/Paris". */
  timeZone: string;
  /** Offset as "+01:00". */
  offset: string;
}

/** An automated action taken on the page during capture (expand text, scroll...), logged with its time. */
export interface PageAction {
  at: UtcInstant;
  kind: 'scroll' | 'expand' | 'highlight' | 'restore' | 'wait' | 'inject';
  detail: string;
}

export interface EnvironmentRecord {
  browser: { name: string; version: string; userAgent: string; brands?: { brand: string; version: string }[]; platform?: string };
  os?: string;
  extension: { name: string; version: string; id: string };
  uiLanguage: string;
  incognito: boolean;
  window?: { width: number; height: number };
  viewport: { width: number; height: number; devicePixelRatio: number; scrollX: number; scrollY: number };
  screen?: { width: number; height: number };
  proxy?: unknown;
  /** URLs of the tab's navigation path, as far as the browser lets us know (history.length, referrer). */
  navigation: { referrer: string; historyLength: number };
  page: { url: string; canonicalUrl?: string; title: string; lang?: string };
}

export interface ExhibitSource {
  url: string;
  canonicalUrl?: string;
  title: string;
  adapterId: SiteId;
}

/** One sealed capture of one review at one moment (« pièce »). Never modified once sealed. */
export interface Exhibit {
  id: string;
  caseId: string;
  /** 1-based order of this exhibit in its case's chain (a re-capture of the same review is the next one). */
  sequence: number;
  capturedAt: CaptureTime;
  source: ExhibitSource;
  review: ReviewFields;
  environment: EnvironmentRecord;
  actions: PageAction[];
  artefacts: Artefact[];
  /** Seal of the case's previous exhibit, or null for the case's first. */
  previousSeal: string | null;
  /** SHA-256 (hex) of the canonical JSON of every other field of this record. */
  seal: string;
  /** Timestamp tokens obtained for the seal (RFC 3161), or pending. */
  timestamps?: TimestampRecord[];
  /** Forensic mode only (« rechargement contrôlé »): what the server sent and whether the review is in it. Sealed. */
  forensic?: ForensicRecord;
  /**
   * Forensic mode, when the doctor asked for both: this exhibit is the page « tel qu'affiché » (as displayed),
   * captured just before the controlled reload whose exhibit follows it in the case. Sealed.
   */
  asShown?: AsShownRecord;
  /** What the exhibit shows when it is not the review itself. Sealed. See ExhibitRole. */
  role?: ExhibitRole;
}

/** The « tel qu'affiché » capture taken before a controlled reload (forensic mode, both asked). */
export interface AsShownRecord {
  mode: 'as-shown';
  /** Id of the controlled reload's exhibit, stored right after this one and chained to it. */
  reloadExhibitId: string;
}

/** A field of the review compared between the page as displayed and the reloaded page. */
export type ComparedField = 'text' | 'author' | 'rating' | 'dateText';

/** What the controlled reload's exhibit records of the « tel qu'affiché » exhibit taken before it. */
export interface AsShownComparison {
  exhibitId: string;
  sequence: number;
  /** Seal of the « tel qu'affiché » exhibit (it is also this exhibit's `previousSeal`). */
  seal: string;
  capturedAt: UtcInstant;
  /** Fields whose value as displayed before the reload differs from the reloaded page's (empty: the same). */
  differences: { field: ComparedField; before: string; after: string }[];
  /** The review as displayed before the reload, searched in this reload's responses (same search as `checks`). */
  checks: FieldCheck[];
}

/**
 * `page-without-review`: a re-check no longer found the review on its page, and captured the page as it then was
 * (visible window and page archive, no review.png): « Page de l’avis, sans l’avis ». Its `review` fields are those
 * of the review looked for (the case's first exhibit), not read from this page.
 */
export type ExhibitRole = 'page-without-review';

/** The TLS connection of a response, from the browser's debugging protocol (CDP `securityDetails`). */
export interface TlsSummary {
  protocol: string;
  cipher: string;
  keyExchange?: string;
  /** Certificate subject (common name), e.g. "*.google.com". */
  subject: string;
  /** Subject alternative names. */
  san: string[];
  issuer: string;
  validFrom: UtcInstant;
  validTo: UtcInstant;
  /** SHA-256 of the leaf certificate's DER, when the browser gave the certificate (`Network.getCertificate`). */
  certificateSha256?: string;
}

/** One response of the recorded network, as the report names it. */
export interface ServerResponse {
  url: string;
  method: string;
  status: number;
  serverIp?: string;
  serverPort?: number;
  /** HTTP protocol as negotiated (http/1.1, h2…). */
  protocol?: string;
  tls?: TlsSummary;
  /** SHA-256 of the response body as received (decoded from the transfer encoding), when the body was recorded. */
  bodySha256?: string;
  /** Local time the response headers arrived. */
  receivedAt: UtcInstant;
}

export type CheckedField = 'text' | 'author' | 'rating';

/** Whether one field of the review, as shown, is in the bodies the server sent (issue 13 §4). */
export interface FieldCheck {
  field: CheckedField;
  /** The value searched for, as the page showed it. */
  value: string;
  found: boolean;
  /** Every response whose body holds it, with the decoding that revealed it and the position in the decoded body. */
  matches: (ServerResponse & { decoding: string; offset: number })[];
}

export interface ForensicRecord {
  mode: 'controlled-reload';
  reloadedAt: UtcInstant;
  /** How the review was found again after the reload: by the site's id, or by its author and text. */
  foundAgainBy: 'id' | 'text';
  har: { path: string; entries: number; bodyCapBytes: number; bodiesRecorded: number; bodiesOmitted: number };
  /** The same kept responses as a WACZ (absent on exhibits captured before it existed). */
  wacz?: { path: string; responses: number };
  /** The page's main document response. */
  document?: ServerResponse;
  /** HTTP `Date` header of the document minus the local clock when it arrived (1 s resolution of the header). */
  clock?: { url: string; serverDate: string; localAt: UtcInstant; differenceMs: number };
  checks: FieldCheck[];
  /** When the doctor asked for both captures: the « tel qu'affiché » exhibit taken just before the reload, and what differs. */
  asShown?: AsShownComparison;
}

/** granted: a token is kept; pending: to retry (network, permission); failed: refused or invalid. */
export type TimestampStatus = 'granted' | 'pending' | 'failed';

export interface TimestampRecord {
  tsaUrl: string;
  status: TimestampStatus;
  /** DER of the TimeStampResp, base64, when granted. */
  tokenBase64?: string;
  genTime?: UtcInstant;
  /** Hex of the hashed message (the seal bytes' SHA-256 imprint). */
  imprint: string;
  error?: string;
  requestedAt: UtcInstant;
}

/** The steps of a case the doctor marks with a date (texts and order: evidence/case-status.ts CASE_STEP_KINDS). */
export type CaseStepKind =
  | 'captured'
  | 'qualified'
  | 'reported'
  | 'notified'
  | 'insurer-declared'
  | 'bailiff-requested'
  | 'bailiff-obtained'
  | 'lawyer'
  | 'complaint'
  | 'answer'
  | 'removed'
  | 'closed';
/** The case's current step. Older records may hold a value written by an earlier version ('bailiff'). */
export type CaseStatus = CaseStepKind | 'bailiff';

export interface CaseRecord {
  id: string;
  createdAt: UtcInstant;
  title: string;
  listing: { site: SiteId; placeName?: string; url: string };
  status: CaseStatus;
  /** Steps the doctor marked: `doneAt` is the date they give (YYYY-MM-DD), `recordedAt` when it was recorded. */
  steps: { kind: string; doneAt: string; note?: string; recordedAt?: UtcInstant }[];
  exhibitIds: string[];
  qualificationId?: string;
  notes: string;
  /** What the case list needs of the qualification (labels, deadline dates, next step), set when it is saved (DB v4). */
  summary?: CaseSummary;
}

/** What the case list needs of a qualification, stored on the case when it is saved (never the days left: src/evidence/case-status.ts). */
export interface CaseSummary {
  /** Labels that hold, e.g. ['diffamation']. */
  labels: string[];
  /** Each limitation period with a known end: its kind, title and last day (liveness is recomputed each day). */
  deadlines: { label: string; title: { fr: string; en: string }; expiresOn: CalendarDate }[];
  /** The first step the legal engine proposes (its text), when any. */
  nextStep?: { fr: string; en: string };
  /** The engine asks to declare the claim to the insurer (step `declaration-assureur`). */
  insurer: boolean;
}

export interface CustodyEntry {
  seq: number;
  at: UtcInstant;
  actor: 'extension' | 'user';
  event: 'capture' | 'export' | 'note' | 'qualify' | 'recheck' | 'delete-request' | 'timestamp' | 'verify' | 'draft' | 'status';
  caseId?: string;
  exhibitId?: string;
  detail: string;
  /** Hash of the previous entry, or 64 zeros for the first. */
  prevHash: string;
  /** SHA-256 of the canonical JSON of this entry without `hash`. */
  hash: string;
}

/** The doctor's identity, used only to fill letters. Kept in extension storage, never sent anywhere. */
export interface DoctorProfile {
  civility?: string;
  firstName?: string;
  lastName?: string;
  title?: string;
  specialty?: string;
  rpps?: string;
  practiceName?: string;
  address?: string;
  postalCode?: string;
  city?: string;
  email?: string;
  phone?: string;
  insurer?: string;
  insurancePolicy?: string;
}

export type Lang = 'fr' | 'en';
