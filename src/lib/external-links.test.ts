import { describe, expect, it } from 'vitest';
import { isExternalHref, withExternalRel } from './external-links';

const SITE = 'https://shishin.example.com';

describe('isExternalHref', () => {
  it('is true for other origins, over http, https or protocol-relative', () => {
    expect(isExternalHref('https://github.com/x', SITE)).toBe(true);
    expect(isExternalHref('http://shishin.example.com/', SITE)).toBe(true); // another scheme is another origin
    expect(isExternalHref('//cdn.example.net/a.js', SITE)).toBe(true);
    expect(isExternalHref('https://sub.shishin.example.com/', SITE)).toBe(true);
  });

  it('is false for the site itself, relative links, anchors and other schemes', () => {
    for (const href of ['https://shishin.example.com/stories/', '/stories/x/', '../x/', '#top', 'mailto:a@b.c', '']) {
      expect(isExternalHref(href, SITE), href).toBe(false);
    }
  });
});

describe('withExternalRel', () => {
  it('adds noopener and noreferrer once, keeping what the author wrote', () => {
    expect(withExternalRel(undefined)).toEqual(['noopener', 'noreferrer']);
    expect(withExternalRel('me noopener')).toEqual(['me', 'noopener', 'noreferrer']);
    expect(withExternalRel(['nofollow'])).toEqual(['nofollow', 'noopener', 'noreferrer']);
  });
});
