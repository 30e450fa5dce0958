import { describe, expect, it } from 'vitest';
import { restorePair } from './restore-text';

describe('the report’s sentence for a page put back after a capture', () => {
  it('says where the window and the reviews list went back to, and that the expanded text was closed', () => {
    const p = restorePair('page restored: scroll back (window to 123px, pane div to 57px), 1 text collapsed')!;
    expect(p.fr).toBe('Fin de la capture : page remise comme le médecin l’avait laissée (défilement ramené : la fenêtre à 123 px, la liste des avis à 57 px) ; le texte déplié par Avisé a été refermé.');
    expect(p.en).toBe('End of the capture: page put back as the doctor left it (scroll restored: the window to 123 px, the reviews list to 57 px); the text Avisé expanded was collapsed again.');
  });

  it('says so when the expanded text had to be left open', () => {
    expect(restorePair('page restored: scroll back (window to 0px), 2 texts left as expanded (the page changed it since)')!.fr).toMatch(/resté ouvert/);
  });

  it('words the scroll back after the full-page image, and keeps the meaning of lines from before the restore existed', () => {
    expect(restorePair('page scrolled back to 340px')!.fr).toMatch(/340 px/);
    expect(restorePair('capture finished; expanded texts left open, scroll position left as is')!.fr).toMatch(/restent ouverts/);
  });

  it('leaves other lines (the translation toggle) to the general wording', () => {
    expect(restorePair('clicked the toggle again to show the translated text the doctor was reading')).toBeUndefined();
  });
});
