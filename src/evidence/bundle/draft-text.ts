// The plain text of a draft, as written in a bundle and in the .txt the doctor downloads (src/ui/manager/draft-files.ts).

export interface DraftDocument {
  title: string;
  body: string;
  /** How to send it (registered letter, platform form…): kept apart from the letter itself. */
  note?: string;
}

export const lines = (s: string): string[] => s.replace(/\r\n?/g, '\n').split('\n');

/** The plain text of a draft: title, blank line, body, and the sending note after a separator when there is one. */
export function draftPlainText(d: DraftDocument): string {
  const parts = [d.title, '', ...lines(d.body.replace(/\s+$/, ''))];
  if (d.note?.trim()) parts.push('', '----------', ...lines(d.note.trim()));
  return `${parts.join('\n')}\n`;
}

