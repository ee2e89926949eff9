import { describe, expect, it } from 'vitest';
import { isolateLtr, isolateLtrRuns, LRI, PDI, splitLtrRuns, WJ } from '../../src/domain/bidi';

const runsOf = (text: string) =>
  splitLtrRuns(text)
    .filter((run) => run.ltr)
    .map((run) => run.text);

describe('number runs in right-to-left text', () => {
  it('keeps a phone number with spaces as one run, and the words around it as they are', () => {
    expect(splitLtrRuns('تحدث إلى Childline (0800 1111) الآن')).toEqual([
      { text: 'تحدث إلى Childline (', ltr: false },
      { text: '0800 1111', ltr: true },
      { text: ') الآن', ltr: false },
    ]);
  });

  it('finds every shape of number the help data writes', () => {
    expect(runsOf('اتصل بـ 112 أو 999')).toEqual(['112', '999']);
    expect(runsOf('(1800 66 66 66)')).toEqual(['1800 66 66 66']);
    expect(runsOf('هاتف +353 1 963 7755')).toEqual(['+353 1 963 7755']);
    expect(runsOf('report.cybertip.org أو 1-800-843-5678')).toEqual(['1-800-843-5678']);
    expect(runsOf('tips.fbi.gov أو 1-800-CALL-FBI)')).toEqual(['1-800-CALL-FBI']);
    expect(runsOf('0508 638 723 (0508 NETSAFE)')).toEqual(['0508 638 723', '0508 NETSAFE']);
    expect(runsOf('طلبوا £300/€300/$300 منك')).toEqual(['£300/€300/$300']);
    expect(runsOf('اتصل بالرقم 9-8-8 أو أرسل')).toEqual(['9-8-8']);
  });

  it('stops at an Arabic comma, a full stop before a space, and a word that is not a capital-letter word', () => {
    expect(runsOf('(1-800-668-6868، أو أرسل)')).toEqual(['1-800-668-6868']);
    expect(runsOf('اتصل بـ 999. ثم')).toEqual(['999']);
    expect(runsOf('خط 988 Lifeline')).toEqual(['988']);
    expect(runsOf('بالرجوع إلى 988lifeline.org')).toEqual([]);
    expect(runsOf('بالرجوع إلى 988.ca')).toEqual([]);
  });

  it('leaves text without numbers whole', () => {
    expect(splitLtrRuns('CEOP (ceop.police.uk)')).toEqual([{ text: 'CEOP (ceop.police.uk)', ltr: false }]);
    expect(splitLtrRuns('')).toEqual([]);
  });

  it('joins back to the same text', () => {
    const text = 'Kids Help Phone (1-800-668-6868، أو أرسل كلمة CONNECT إلى 686868)';
    expect(
      splitLtrRuns(text)
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
  });

  it('isolates plain text with invisible Unicode marks, unbroken inside a number, the same text without them', () => {
    expect(isolateLtrRuns('Childline (0800 1111)')).toBe(`Childline (${LRI}0800\u00a01111${PDI})`);
    expect(isolateLtr('1-800-843-5678 (1-800-THE-LOST)')).toBe(
      `${LRI}1-${WJ}800-${WJ}843-${WJ}5678 (1-${WJ}800-${WJ}THE-${WJ}LOST)${PDI}`,
    );
    const text = 'FBI (tips.fbi.gov أو 1-800-CALL-FBI)';
    expect(isolateLtrRuns(text)).toBe(`FBI (tips.fbi.gov أو ${LRI}1-${WJ}800-${WJ}CALL-${WJ}FBI${PDI})`);
    expect(isolateLtrRuns(text).replace(/[\u2066\u2069\u2060]/g, '')).toBe(text);
    expect(
      isolateLtrRuns('اتصل 1800 66 66 66')
        .replace(/[\u2066\u2069\u2060]/g, '')
        .replace(/\u00a0/g, ' '),
    ).toBe('اتصل 1800 66 66 66');
  });

  it('does not force a number said with right-to-left words ("112 أو 999") left to right as a whole', () => {
    expect(isolateLtr('112 أو 999')).toBe(`${LRI}112${PDI} أو ${LRI}999${PDI}`);
  });
});
