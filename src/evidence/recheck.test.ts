import { describe, expect, it } from 'vitest';
import { diffLine, findAgain, textDiff } from './recheck';

const first = { id: 'gm-123', author: 'Marc L.', text: 'Ce médecin est un charlatan et un escroc : il m’a facturé une consultation.' };

describe('re-check', () => {
  it('finds the review again by its site id, else by its author', () => {
    const cands = [
      { key: 'k1', id: 'other', author: 'Camille', excerpt: 'Très bon accueil' },
      { key: 'k2', id: 'gm-123', author: 'Marc L.', excerpt: 'Ce médecin' },
    ];
    expect(findAgain(first, cands)?.key).toBe('k2');
    expect(findAgain(first, [cands[0], { ...cands[1], id: 'changed-id' }])?.key).toBe('k2');
    expect(findAgain(first, [cands[0]])).toBeUndefined();
  });

  it('between two authors of the same name, takes the one whose text starts the same', () => {
    const cands = [
      { key: 'a', id: 'x', author: 'Marc L.', excerpt: 'Parfait, merci' },
      { key: 'b', id: 'y', author: 'Marc L.', excerpt: 'Ce médecin est un charlatan' },
    ];
    expect(findAgain({ ...first, id: 'h:abc' }, cands)?.key).toBe('b');
  });

  it('says word by word what the author removed and added', () => {
    const d = textDiff('Ce médecin est un charlatan et un escroc : il ment.', 'Ce médecin est un charlatan : il ment.');
    expect(diffLine(d)).toBe('Ce médecin est un charlatan [-et un escroc -]: il ment.');
    expect(d.filter((p) => p.op === 'removed').map((p) => p.text.trim())).toEqual(['et un escroc']);
    expect(textDiff('a b', 'a b')).toEqual([{ op: 'same', text: 'a b' }]);
    expect(diffLine(textDiff('il est nul', 'il est très nul'))).toBe('il est {+très +}nul');
  });
});
