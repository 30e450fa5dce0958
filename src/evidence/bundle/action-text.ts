// Plain sentences, French and English, for each automatic action of an exhibit's action log (PageAction.kind).
// The raw English log line stays in exhibit.json (sealed); the report shows only these sentences, so that no English
// line ends up in the French report. Numbers and button labels are lifted from the raw line when it has them.
import type { Lang, PageAction } from '../../shared/types';
import { restorePair } from './restore-text';

type Pair = { fr: string; en: string };

const px = (detail: string, re: RegExp): string | undefined => re.exec(detail)?.[1];
/** The page's own label of a clicked control (« Plus », « More »…): page text, rendered as text by the callers. */
const label = (detail: string): string | undefined => /«\s*([^»]{1,60}?)\s*»/.exec(detail)?.[1];

/** Every kind has a sentence; known raw lines get a more precise one. */
export function actionSentence(a: Pick<PageAction, 'kind' | 'detail'>, lang: Lang): string {
  return actionPair(a)[lang];
}

export function actionPair(a: Pick<PageAction, 'kind' | 'detail'>): Pair {
  const d = a.detail ?? '';
  switch (a.kind) {
    case 'inject':
      return {
        fr: 'Après le clic du médecin sur Avisé, le module de lecture d’Avisé a été chargé dans la page (il lit la page et n’y ajoute aucun élément).',
        en: 'After the doctor clicked Avisé, Avisé’s reading module was loaded into the page (it reads the page and adds nothing to it).',
      };
    case 'highlight':
      if (/picker/i.test(d)) {
        return {
          fr: 'Avis désigné par le médecin avec le sélecteur d’Avisé ; le cadre du sélecteur a été retiré avant toute capture d’écran.',
          en: 'Review chosen by the doctor with Avisé’s picker; the picker’s frame was removed before any screenshot.',
        };
      }
      return { fr: 'Avis désigné pour la capture.', en: 'Review marked for capture.' };
    case 'expand': {
      if (/original/i.test(d)) {
        return {
          fr: 'Clic sur le lien « texte original » du site, pour lire l’avis dans sa langue d’origine.',
          en: 'Click on the site’s “original text” link, to read the review in its original language.',
        };
      }
      const l = label(d);
      return l
        ? { fr: `Clic sur le bouton « ${l} » de l’avis, pour afficher son texte complet.`, en: `Click on the review’s “${l}” button, to show its full text.` }
        : { fr: 'Clic sur un bouton de l’avis pour afficher son texte complet.', en: 'Click on a button of the review to show its full text.' };
    }
    case 'restore': {
      const restored = restorePair(d);
      if (restored) return restored;
      if (/toggle again|translat/i.test(d)) {
        return {
          fr: 'Nouveau clic sur ce lien, pour réafficher la traduction que lisait le médecin.',
          en: 'Second click on that link, to show again the translation the doctor was reading.',
        };
      }
      return {
        fr: 'Fin de la capture : les textes dépliés restent ouverts et la page reste à la même position.',
        en: 'End of the capture: expanded texts stay open and the page stays where it was scrolled.',
      };
    }
    case 'scroll': {
      const stitched = px(d, /offset (\d+)\s*px/);
      if (stitched !== undefined) {
        return {
          fr: `Défilement jusqu’à ${stitched} px dans l’avis, pour une capture en plusieurs morceaux.`,
          en: `Scrolled to ${stitched} px into the review, for a capture in several pieces.`,
        };
      }
      const full = px(d, /page scrolled to (\d+)\s*px/);
      if (full !== undefined) {
        return {
          fr: `Défilement de la page jusqu’à ${full} px, pour l’image de la page entière.`,
          en: `Page scrolled to ${full} px, for the full-page image.`,
        };
      }
      const top = px(d, /scrollTop=(\d+)/);
      return top !== undefined
        ? { fr: `Défilement pour amener l’avis à l’écran (position ${top} px).`, en: `Scrolled to bring the review on screen (position ${top} px).` }
        : { fr: 'Défilement pour amener l’avis à l’écran.', en: 'Scrolled to bring the review on screen.' };
    }
    case 'wait': {
      if (/never showed two identical frames/.test(d)) {
        return {
          fr: 'Capture d’écran reprise jusqu’à ce que la page cesse de changer ; elle changeait encore (animation ?) : la dernière image a été gardée.',
          en: 'Screenshot taken again until the page stopped changing; it was still changing (animation?): the last frame was kept.',
        };
      }
      const pause = px(d, /one screenshot per band, taken (\d+) ms after the scroll/);
      if (pause !== undefined) {
        return {
          fr: `Une capture d’écran par partie de l’avis, prise ${pause} ms après le défilement (avis d’une série).`,
          en: `One screenshot per part of the review, taken ${pause} ms after the scroll (review of a series).`,
        };
      }
      if (/confirmed by an identical second frame/.test(d)) {
        return {
          fr: 'Chaque capture d’écran a été confirmée par une seconde image identique : l’image montre la page telle qu’affichée après le défilement.',
          en: 'Each screenshot was confirmed by an identical second frame: the image shows the page as displayed after scrolling.',
        };
      }
      // The forensic capture's own steps (src/background/capture/forensic.ts, pipeline.ts).
      if (/forensic mode is on but/.test(d)) return { fr: 'Capture forensique activée mais impossible dans ce navigateur : capture normale, sans rechargement contrôlé.', en: 'Forensic capture turned on but not possible in this browser: normal capture, without a controlled reload.' };
      if (/controlled reload/.test(d))
        return {
          fr: 'Rechargement contrôlé : l’interface de débogage du navigateur a été attachée à l’onglet, le cache désactivé, et la page rechargée depuis le serveur en enregistrant le réseau.',
          en: 'Controlled reload: the browser’s debugging interface was attached to the tab, the cache turned off, and the page reloaded from the server while the network was recorded.',
        };
      if (/found again by its id/.test(d)) return { fr: 'Après le rechargement, l’avis a été retrouvé sur la page par son identifiant sur le site.', en: 'After the reload, the review was found again on the page by its id on the site.' };
      if (/found again by its author/.test(d)) return { fr: 'Après le rechargement, l’avis a été retrouvé sur la page par son auteur, sa date et son texte.', en: 'After the reload, the review was found again on the page by its author, date and text.' };
      return { fr: 'Attente de l’affichage complet de la page.', en: 'Waited for the page to finish displaying.' };
    }
    default:
      return { fr: 'Action automatique sur la page (détail technique dans exhibit.json).', en: 'Automatic action on the page (technical detail in exhibit.json).' };
  }
}
