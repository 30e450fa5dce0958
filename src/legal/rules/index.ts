// Registry of rules, in the order of docs/legal/procedure.md#decision-tree (also the display order of labels).
import { denigrement } from './denigrement';
import { denigrementPersonne } from './denigrement-personne';
import { diffamation } from './diffamation';
import { droitImage } from './droit-image';
import { injure } from './injure';
import { injureAbsorbee } from './injure-absorbee';
import { menaces } from './menaces';
import { nonIllicite } from './non-illicite';
import { provocationHaine } from './provocation-haine';
import { provocationViolence } from './provocation-violence';
import { provocationViolenceDiscriminatoire } from './provocation-violence-discriminatoire';
import { viePrivee } from './vie-privee';
import type { ExceptionRule, LabelRule } from './rule';

/** Bump when a rule changes: stored qualifications record the version they were computed with. */
export const RULESET_VERSION = '2026-12-01.1';

export const labelRules: LabelRule[] = [
  menaces, provocationHaine, provocationViolence, viePrivee, droitImage, diffamation, injure, denigrement,
];
export const exceptionRules: ExceptionRule[] = [injureAbsorbee, provocationViolenceDiscriminatoire, denigrementPersonne];
export { nonIllicite };
export { flagRules } from './flags';
