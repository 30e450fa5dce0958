// Plain sentences (fr/en) for the action-log lines that put the page back after a capture (PageAction kind
// 'restore'), for the report. Numbers are lifted from the raw line, which stays as is in exhibit.json (sealed).
// Lines written before the page was restored ('capture finished; expanded texts left open, …') keep their meaning.

export interface RestorePair {
  fr: string;
  en: string;
}

const num = (d: string, re: RegExp): string | undefined => re.exec(d)?.[1];

/** The sentence for a restore line written by the capture, or undefined when the line is not one of these. */
export function restorePair(detail: string): RestorePair | undefined {
  const back = num(detail, /^page scrolled back to (\d+)\s*px/);
  if (back !== undefined) {
    return {
      fr: `Après l’image de la page entière, la page a été ramenée à sa position (${back} px).`,
      en: `After the full-page image, the page was scrolled back to its position (${back} px).`,
    };
  }
  if (/^capture finished; expanded texts left open/.test(detail)) {
    return {
      fr: 'Fin de la capture : les textes dépliés restent ouverts et la page reste à la même position.',
      en: 'End of the capture: expanded texts stay open and the page stays where it was scrolled.',
    };
  }
  if (!/^page restored:/.test(detail)) return undefined;
  if (/nothing had been changed/.test(detail)) {
    return { fr: 'Fin de la capture : la page n’avait pas été modifiée.', en: 'End of the capture: the page had not been changed.' };
  }
  const win = num(detail, /window to (\d+)px/);
  const panes = [...detail.matchAll(/pane [a-z0-9-]+ to (\d+)px/g)].map((m) => m[1]);
  const where = {
    fr: [win !== undefined ? `la fenêtre à ${win} px` : '', ...panes.map((p) => `la liste des avis à ${p} px`)].filter(Boolean).join(', '),
    en: [win !== undefined ? `the window to ${win} px` : '', ...panes.map((p) => `the reviews list to ${p} px`)].filter(Boolean).join(', '),
  };
  const collapsed = num(detail, /(\d+) texts? collapsed/);
  const leftOpen = num(detail, /(\d+) texts? left as expanded/);
  const texts = {
    fr:
      collapsed !== undefined
        ? `${collapsed === '1' ? 'le texte déplié par Avisé a été refermé' : `les ${collapsed} textes dépliés par Avisé ont été refermés`}`
        : leftOpen !== undefined || /review card left as expanded/.test(detail)
          ? 'le texte déplié par Avisé est resté ouvert, le site l’ayant modifié entre-temps'
          : /review card put back as it was/.test(detail)
            ? 'l’avis a été remis dans son état d’avant'
            : '',
    en:
      collapsed !== undefined
        ? `${collapsed === '1' ? 'the text Avisé expanded was collapsed again' : `the ${collapsed} texts Avisé expanded were collapsed again`}`
        : leftOpen !== undefined || /review card left as expanded/.test(detail)
          ? 'the text Avisé expanded stayed open, as the site had changed it meanwhile'
          : /review card put back as it was/.test(detail)
            ? 'the review was put back as it was'
            : '',
  };
  return {
    fr: `Fin de la capture : page remise comme le médecin l’avait laissée (défilement ramené : ${where.fr})${texts.fr ? ` ; ${texts.fr}` : ''}.`,
    en: `End of the capture: page put back as the doctor left it (scroll restored: ${where.en})${texts.en ? `; ${texts.en}` : ''}.`,
  };
}
