import { describe, expect, it } from 'vitest';
import { blogPosting, breadcrumbList, jsonLdText, person } from './structured-data';

describe('structured data', () => {
  it('describes a story as a BlogPosting with its authors, dates and principles', () => {
    const ld = blogPosting({
      url: 'https://x/stories/a/',
      headline: '見出し',
      description: '説明',
      lang: 'ja',
      datePublished: new Date('2025-01-01T00:00:00Z'),
      image: 'https://x/og/stories/a.png',
      authors: [{ name: '田中 葵', url: 'https://x/authors/aoi/' }],
      keywords: ['testing', 'frontend'],
      about: ['使われないものを作らない'],
    });
    expect(ld).toMatchObject({
      '@type': 'BlogPosting',
      headline: '見出し',
      datePublished: '2025-01-01T00:00:00.000Z',
      dateModified: '2025-01-01T00:00:00.000Z',
      author: [{ '@type': 'Person', name: '田中 葵' }],
      keywords: 'testing, frontend',
      about: [{ name: '使われないものを作らない' }],
    });
  });

  it('numbers breadcrumbs from 1', () => {
    const ld = breadcrumbList([
      { name: 'Home', url: 'https://x/' },
      { name: 'Stories', url: 'https://x/stories/' },
    ]);
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x/' },
      { '@type': 'ListItem', position: 2, name: 'Stories', item: 'https://x/stories/' },
    ]);
  });

  it('leaves out empty optional fields of a Person', () => {
    expect(person({ name: 'A', url: 'https://x/a/', sameAs: [] })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'A',
      url: 'https://x/a/',
    });
  });

  it('cannot be closed early by a title containing </script>', () => {
    const text = jsonLdText(person({ name: '</script><script>alert(1)</script>', url: 'https://x/' }));
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
  });
});
