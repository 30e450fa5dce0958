import { describe, expect, it } from 'vitest';
import { crossCheck, decodeEntities, decodeJsonEscapes, type SearchableResponse } from './crosscheck';

const response = (body: string, url = 'https://www.google.com/maps/place/x', mimeType = 'text/html'): SearchableResponse => ({
  url,
  method: 'GET',
  status: 200,
  serverIp: '142.250.179.100',
  bodySha256: 'ab'.repeat(32),
  receivedAt: '2026-11-18T09:00:02.000Z',
  mimeType,
  body,
});

const review = { text: 'Ce médecin est un charlatan : il m’a « facturé » une consultation.', author: 'Marc L.', rating: 1 };
const find = (checks: ReturnType<typeof crossCheck>, field: string) => checks.find((c) => c.field === field)!;

describe('the cross-check finds the visible review in what the server sent', () => {
  it('finds text, author and rating in an HTML page that writes accents and quotes as entities', () => {
    const html = `<div aria-label="Marc L."><span role="img" aria-label="1 étoile"></span><span>Ce m&eacute;decin est un charlatan&nbsp;: il m&#8217;a &laquo;&#xA0;factur&#233;&nbsp;&raquo; une consultation.</span></div>`;
    const checks = crossCheck(review, [response(html)]);
    expect(checks.map((c) => [c.field, c.found])).toEqual([['text', true], ['author', true], ['rating', true]]);
    expect(find(checks, 'text').matches[0]).toMatchObject({ url: 'https://www.google.com/maps/place/x', status: 200, serverIp: '142.250.179.100', decoding: 'html' });
  });

  it('finds them in a Google-style JSON answer with its )]}\' prefix and \\u00e9 escapes, escaped once or twice', () => {
    const once = `)]}'\n[["Marc L.",null,[1],"Ce m\\u00e9decin est un charlatan : il m\\u2019a \\u00ab factur\\u00e9 \\u00bb une consultation."],{"rating":1}]`;
    const twice = `var d = "[\\"Marc L.\\",\\"Ce m\\\\u00e9decin est un charlatan : il m\\\\u2019a \\\\u00ab factur\\\\u00e9 \\\\u00bb une consultation.\\"]";`;
    for (const body of [once, twice]) {
      const checks = crossCheck(review, [response(body, 'https://www.google.com/maps/rpc/listugcposts', 'application/json')]);
      expect(find(checks, 'text').found, body).toBe(true);
      expect(find(checks, 'author').found, body).toBe(true);
    }
    expect(find(crossCheck(review, [response(once, 'u', 'application/json')]), 'rating').found).toBe(true);
  });

  it('tolerates line breaks and runs of spaces where the page shows one space', () => {
    const checks = crossCheck({ ...review, text: 'Première ligne.\nDeuxième   ligne.' }, [response('<p>Première ligne.<br>\n  Deuxième ligne.</p>')]);
    expect(find(checks, 'text').found).toBe(true);
  });

  it('reports « non trouvé » for a text edited in the page (one word changed), and still finds the author and rating', () => {
    const html = `<div aria-label="Marc L."><span aria-label="1 étoile"></span><span>Ce médecin est un charlatan : il m’a « facturé » une consultation.</span></div>`;
    const checks = crossCheck({ ...review, text: 'Ce médecin est un escroc : il m’a « facturé » une consultation.' }, [response(html)]);
    expect(find(checks, 'text')).toMatchObject({ found: false, matches: [] });
    expect(find(checks, 'author').found).toBe(true);
    expect(find(checks, 'rating').found).toBe(true);
  });

  it('does not count a rating written far from the review, nor a bare number', () => {
    const far = `<span aria-label="1 étoile"></span>${'x'.repeat(5000)}<div>Marc L.</div><p>note 1</p>`;
    expect(find(crossCheck(review, [response(far)]), 'rating').found).toBe(false);
    expect(find(crossCheck({ ...review, rating: 4 }, [response('<div>Marc L.</div> 4,4 étoiles')]), 'rating').found).toBe(false);
  });

  it('names every response that holds the text, and no other', () => {
    const checks = crossCheck(review, [response(`<p>${review.text}</p>`, 'https://a.example/'), response('<p>rien</p>', 'https://b.example/'), response(JSON.stringify({ t: review.text }), 'https://c.example/api', 'application/json')]);
    expect(find(checks, 'text').matches.map((m) => m.url)).toEqual(['https://a.example/', 'https://c.example/api']);
  });
});

describe('decoders', () => {
  it('decode HTML references and JSON escapes, including surrogate pairs', () => {
    expect(decodeEntities('&lt;b&gt; &amp;amp; &#233;&#x1F600; &unknown;')).toBe('<b> &amp; é😀 &unknown;');
    expect(decodeJsonEscapes('\\u00e9\\ud83d\\ude00\\n\\"\\/\\\\')).toBe('é😀\n"/\\');
  });
});
