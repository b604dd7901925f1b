import { describe, expect, it } from 'vitest';
import { feedAddress } from './feed';

describe('the feed address', () => {
  it('is the server’s path on this origin, as a calendar program subscribes to it', () => {
    expect(feedAddress('/api/v1/calendar/feeds/abcDEF_123-xyzabcdefghij.ics', 'https://traening.ishoj.dk')).toBe(
      'https://traening.ishoj.dk/api/v1/calendar/feeds/abcDEF_123-xyzabcdefghij.ics',
    );
  });
});
