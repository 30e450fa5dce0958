// Modules produced at build time by Vite plugins (vite.config.ts, vitest.config.ts).

/** verify.html, the offline verifier placed in every bundle, built from src/evidence/verify/page.ts (scripts/build-verify-html.ts). */
declare module 'virtual:verify-html' {
  export const VERIFY_HTML: string;
}
