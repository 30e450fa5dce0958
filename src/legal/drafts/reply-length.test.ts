import { describe, expect, it } from 'vitest';
import { checkReplyLength } from './reply-length';

describe('right of reply length (décret 2007-1527 art. 3)', () => {
  it('accepts a reply shorter than the message', () => {
    expect(checkReplyLength('Je conteste ces propos.', 'Ce médecin facture des actes fictifs, fuyez.').ok).toBe(true);
  });
  it('refuses a reply longer than the message it answers', () => {
    const r = checkReplyLength('Je conteste fermement l’ensemble de ces allégations mensongères.', 'Escroc.');
    expect(r).toMatchObject({ ok: false, tooLong: true, tooManyLines: false });
  });
  it('refuses more than 200 lines even when the message is longer', () => {
    const r = checkReplyLength(Array(201).fill('x').join('\n'), 'y'.repeat(5000));
    expect(r).toMatchObject({ ok: false, tooLong: false, tooManyLines: true, lines: 201 });
  });
  it('counts accented letters once', () => {
    expect(checkReplyLength('été', 'abc').ok).toBe(true);
  });
});
