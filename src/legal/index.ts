// Public API of the legal engine (pure, browser-free).
export * from './types';
export { RULESET_VERSION } from './rules/index';
export { qualify, type QualifyInput } from './engine';
export { nextQuestion, openFacts, questionFor, QUESTIONS, CHOICES, type QuestionContext } from './questions';
export { hintsFor } from './hints';
export { deadlinesFor, makeDeadline, parisToday, periodText, shortestLive, NO_INTERRUPTION_NOTICE, WARNING_DAYS } from './deadlines';
export { stepsFor } from './steps';
export { checkSecrecy, type Finding, type PolicyFinding, type PolicyKind, type SecrecyFinding, type SecrecyKind, type SecrecyOptions, type SecrecyResult, type Severity } from './secrecy';
export { SECRECY_CHECKED, SECRECY_REREAD, SAFE_FALLBACK } from './secrecy-patterns';
export { checkReplyLength, MAX_REPLY_LINES, type ReplyLengthCheck } from './drafts/reply-length';
export { draftKindsFor, draftText, placeholder, renderDraft, templateFor, TEMPLATES, REPLY_TEMPLATES, TONES, OUTGOING_KINDS, type Draft, type DraftContext, type Recipient, type Tone } from './drafts/index';
