// Checks of the profile fields the doctor types in the options (none is required: the profile is optional).

/**
 * The RPPS number (Répertoire partagé des professionnels de santé) has 11 digits. A check digit (Luhn) is often
 * mentioned, but we could not find it stated in an official ANS document: no checksum is checked, so that a real
 * number is never refused. Empty is fine: the profile is optional.
 */
export function rppsProblem(v: string | undefined): string | undefined {
  const s = (v ?? '').replace(/\s/g, '');
  return !s || /^\d{11}$/.test(s) ? undefined : 'timRppsInvalid';
}

/** French postcodes: 5 digits (metropolitan and overseas, 97xxx/98xxx). Empty is fine. */
export function postcodeProblem(v: string | undefined): string | undefined {
  const s = (v ?? '').trim();
  return !s || /^\d{5}$/.test(s) ? undefined : 'timPostcodeInvalid';
}
