// Right of reply limits, décret n° 2007-1527 art. 3 (docs/legal/numerique-dsa-lcen.md#lcen-art-1-1-droit-de-reponse): the reply may not be longer than the message
// it answers and never more than 200 lines. Checked before the letter is offered for sending.
export const MAX_REPLY_LINES = 200;

export interface ReplyLengthCheck {
  ok: boolean;
  replyChars: number;
  messageChars: number;
  lines: number;
  tooLong: boolean;
  tooManyLines: boolean;
}

export function checkReplyLength(reply: string, message: string): ReplyLengthCheck {
  // Count user-perceived characters (code points), not UTF-16 units, so accents and emoji count once.
  const replyChars = [...reply.trim()].length;
  const messageChars = [...message.trim()].length;
  const lines = reply.trim() ? reply.trim().split(/\r\n|\r|\n/).length : 0;
  const tooLong = replyChars > messageChars;
  const tooManyLines = lines > MAX_REPLY_LINES;
  return { ok: !tooLong && !tooManyLines, replyChars, messageChars, lines, tooLong, tooManyLines };
}
