import { describe, expect, it } from 'vitest';
import { addRequestQuery, readAddRequest } from '../../src/domain/add-request';

const topics = (band: string) => (band === '11-13' ? ['what-sextortion-is'] : []);

describe('readAddRequest', () => {
  it('reads a band and topic the site has', () => {
    expect(readAddRequest('?add=11-13%2Fwhat-sextortion-is', topics)).toEqual({
      band: '11-13',
      topic: 'what-sextortion-is',
    });
  });

  it('ignores anything else', () => {
    for (const search of [
      '',
      '?add=',
      '?add=11-13',
      '?add=99-100/what-sextortion-is',
      '?add=11-13/unknown',
      '?add=<script>',
      '?other=1',
    ]) {
      expect(readAddRequest(search, topics), search).toBeUndefined();
    }
  });

  it('writes the query it reads back', () => {
    const query = addRequestQuery({ band: '11-13', topic: 'what-sextortion-is' });
    expect(query).toBe('?add=11-13%2Fwhat-sextortion-is');
    expect(readAddRequest(query, topics)).toEqual({ band: '11-13', topic: 'what-sextortion-is' });
  });
});
