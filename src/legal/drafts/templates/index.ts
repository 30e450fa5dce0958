// Registry of draft templates, keyed by DraftKind (the stable id of each document). Each file holds one document in
// both languages, as plain text with real line breaks and {{field}} placeholders checked at compile time (define.ts).
import type { DraftKind } from '../../types';
import type { LangTemplates, Tone } from '../types';
import { conseilNonReponse } from './conseil-non-reponse';
import { declarationAssureur } from './declaration-assureur';
import { declarationCdom } from './declaration-cdom';
import { droitDeReponse } from './droit-de-reponse';
import { lettreCommissaire } from './lettre-commissaire';
import { miseEnDemeure } from './mise-en-demeure';
import { notificationDsa } from './notification-dsa';
import { oppositionRgpd } from './opposition-rgpd';
import { plainteCnil } from './plainte-cnil';
import { plainteMenaces } from './plainte-menaces';
import { reponsePublique } from './reponse-publique';
import { retraitGoogle } from './retrait-google';
import { signalementPlateforme } from './signalement-plateforme';

export const TEMPLATES: Record<Exclude<DraftKind, 'reponse-publique'>, LangTemplates> = {
  'conseil-non-reponse': conseilNonReponse,
  'signalement-plateforme': signalementPlateforme,
  'notification-dsa': notificationDsa,
  'retrait-google': retraitGoogle,
  'mise-en-demeure': miseEnDemeure,
  'droit-de-reponse': droitDeReponse,
  'lettre-commissaire': lettreCommissaire,
  'declaration-assureur': declarationAssureur,
  'declaration-cdom': declarationCdom,
  'plainte-menaces': plainteMenaces,
  'opposition-rgpd': oppositionRgpd,
  'plainte-cnil': plainteCnil,
};

/** The documents sent to someone else (the platform, the author, a court, the insurer, the Ordre, the CNIL). */
export const OUTGOING_KINDS = [
  'notification-dsa', 'retrait-google', 'signalement-plateforme', 'mise-en-demeure', 'droit-de-reponse', 'lettre-commissaire',
  'declaration-assureur', 'declaration-cdom', 'plainte-menaces', 'opposition-rgpd', 'plainte-cnil',
] as const satisfies readonly DraftKind[];

export const REPLY_TEMPLATES: Record<Tone, LangTemplates> = reponsePublique;
export const TONES: Tone[] = ['sobre', 'chaleureux', 'ferme'];
