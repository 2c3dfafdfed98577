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

  it('drops the common trackers of share links and ads, whatever their case, and keeps the order of the rest', () => {
    expect(
      normalizeUrl(
        'https://www.youtube.com/watch?v=dQw4w9WgXcQ&si=Ab12Cd34&t=42&_ga=2.1.2&_gl=1*x&gad_source=1&ttclid=z&twclid=y&li_fat_id=q&srsltid=AfmB&mc_cid=1&mc_eid=2&igshid=3&spm=a2c.1&UTM_Source=x',
      ),
    ).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42');
    expect(normalizeUrl('https://example.com/a?b=2&a=1')).toBe('https://example.com/a?b=2&a=1');
    // A page whose only parameters are trackers is the page without a query.
    expect(normalizeUrl('https://example.com/?utm_source=x')).toBe('https://example.com');
    expect(normalizeUrl('https://example.com/a/?fbclid=1')).toBe('https://example.com/a');
  });

  it('drops a default port but keeps another one, and reads an IDN host in its ASCII form', () => {
    expect(normalizeUrl('https://Example.com:443')).toBe('https://example.com');
    expect(normalizeUrl('https://example.com:8443/a')).toBe('https://example.com:8443/a');
    expect(normalizeUrl('https://例子.测试/新闻')).toBe(normalizeUrl('https://xn--fsqu00a.xn--0zwm56d/%E6%96%B0%E9%97%BB'));
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
