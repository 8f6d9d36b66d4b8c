import { describe, expect, it } from 'vitest';
import { findQuote, normaliseForMatch, quoteFragments } from '../../src/model/verbatim';

describe('verbatim quote matching', () => {
  const article = 'He said: “Well, look who it is! Hello, dear friend!” — and they talked.\nThe U.S.’ aim   is clear.';

  it('treats curly and straight quotes, dashes and whitespace as the same', () => {
    expect(normaliseForMatch('“a” – ‘b’\n\t c')).toBe('"a" - \'b\' c');
    expect(findQuote('"Well, look who it is! Hello, dear friend!" - and they talked.', article).found).toBe(true);
    expect(findQuote("The U.S.' aim is clear.", article).found).toBe(true);
  });

  it('splits at omissions and insertions, and keeps order', () => {
    expect(quoteFragments('[He] said: … dear friend')).toEqual(['said:', 'dear friend']);
    expect(findQuote('He said: ... and they talked.', article).found).toBe(true);
    expect(findQuote('[Lukashenko] said: "Well, look who it is!', article).found).toBe(true);
    expect(findQuote('and they talked ... He said', article)).toEqual({ found: false, missing: 'He said' });
  });

  it('rejects changed words', () => {
    expect(findQuote('Hello, dear enemy!', article)).toEqual({ found: false, missing: 'Hello, dear enemy!' });
  });
});
