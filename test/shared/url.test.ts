import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../shared/domain/url.ts';

describe('normalizeUrl', () => {
  it('lower-cases scheme and host and drops default ports, fragments and tracking parameters', () => {
    expect(
      normalizeUrl(
        'HTTPS://News.Example.COM:443/Story/7?utm_source=feed&utm_Medium=x&id=3&fbclid=abc&gclid=z#comments',
      ),
    ).toBe('https://news.example.com/Story/7?id=3');
    expect(normalizeUrl('http://example.com:80/a')).toBe('http://example.com/a');
    expect(normalizeUrl('http://example.com:8080/a')).toBe('http://example.com:8080/a');
  });

  it('gives the same form for the addresses of one page', () => {
    const forms = [
      'https://example.com/news/one',
      'https://example.com/news/one/',
      'https://EXAMPLE.com/news/one#top',
      'https://example.com/news/one?utm_campaign=x',
      ' https://example.com:443/news/one ',
    ].map(normalizeUrl);
    expect(new Set(forms)).toEqual(new Set(['https://example.com/news/one']));
    expect(normalizeUrl('https://example.com/')).toBe(normalizeUrl('https://example.com'));
  });

  it('keeps what tells pages apart: path case, other parameters, scheme', () => {
    expect(normalizeUrl('https://example.com/A')).not.toBe(normalizeUrl('https://example.com/a'));
    expect(normalizeUrl('https://example.com/a?page=2')).not.toBe(normalizeUrl('https://example.com/a?page=3'));
    expect(normalizeUrl('http://example.com/a')).not.toBe(normalizeUrl('https://example.com/a'));
  });

  it('returns null for anything that is not an http(s) URL', () => {
    for (const raw of [
      '',
      'not a url',
      'example.com/a',
      'ftp://example.com/a',
      'javascript:alert(1)',
      'mailto:a@b.c',
      'file:///etc/passwd',
    ]) {
      expect(normalizeUrl(raw), raw).toBeNull();
    }
  });
});
