import { describe, expect, it } from 'vitest';
import type { ServerResponse } from '../../shared/types';
import { compareAsShown, fieldDifferences } from './compare';

const server: ServerResponse = { url: 'https://www.google.com/maps/rpc', method: 'GET', status: 200, serverIp: '142.250.179.100', bodySha256: 'ab'.repeat(32), receivedAt: '2026-11-18T11:06:40.300Z' };
const body = `)]}'\n{"reviews":[{"author":"Marc L.","rating":1,"text":"Ce m\\u00e9decin est un charlatan et un escroc"}]}`;
const responses = [{ ...server, mimeType: 'application/json', body }];
const reloaded = { text: 'Ce médecin est un charlatan et un escroc', author: 'Marc L.', rating: 1, dateText: 'il y a 3 semaines' };

describe('the review « tel qu’affiché » against the controlled reload', () => {
  it('finds no difference when the page showed what the server sends, whitespace aside', () => {
    expect(fieldDifferences({ ...reloaded, text: 'Ce médecin est un  charlatan\net un escroc' }, reloaded)).toEqual([]);
  });

  it('names each field that differs, with both values as shown', () => {
    expect(fieldDifferences({ ...reloaded, text: 'Ce médecin est un voleur et un escroc', rating: 2 }, reloaded)).toEqual([
      { field: 'text', before: 'Ce médecin est un voleur et un escroc', after: reloaded.text },
      { field: 'rating', before: '2', after: '1' },
    ]);
  });

  it('reports a text edited on the page before the reload as not found in the server’s responses, author and rating still found', () => {
    const r = compareAsShown({ ...reloaded, text: 'Ce médecin est un voleur et un escroc' }, reloaded, responses);
    expect(r.differences.map((d) => d.field)).toEqual(['text']);
    expect(r.checks.map((c) => [c.field, c.found])).toEqual([['text', false], ['author', true], ['rating', true]]);
    expect(r.checks[1]?.matches[0]).toMatchObject({ url: server.url, bodySha256: server.bodySha256 });
  });

  it('finds the review as displayed in the responses when it was not edited', () => {
    const r = compareAsShown(reloaded, reloaded, responses);
    expect(r.differences).toEqual([]);
    expect(r.checks.every((c) => c.found)).toBe(true);
  });
});
