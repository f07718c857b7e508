import { formatFigure, formatPeriodLabel, formatShare } from './format';

// Intl writes Swedish thousands with a no-break space; compare with plain spaces.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('Swedish number and period formats', () => {
  it('writes figures as the reports do', () => {
    expect(plain(formatFigure(1506000, 'COUNT', 'st', 'sv'))).toBe('1 506 000');
    expect(plain(formatFigure(5.9, 'PERCENT', '%', 'sv'))).toBe('5,9 %');
    expect(plain(formatFigure(-12903, 'TKR', 'tkr', 'sv'))).toBe('−12 903 tkr');
    expect(formatFigure(null, 'PERCENT', '%', 'sv')).toBe('');
  });

  it('writes English figures with English separators', () => {
    expect(formatFigure(1506000, 'COUNT', 'pcs', 'en')).toBe('1,506,000');
  });

  it('writes shares as percentages with one decimal', () => {
    expect(plain(formatShare(0.087273, 'sv'))).toBe('8,7 %');
    expect(plain(formatShare(-0.1, 'sv'))).toBe('−10,0 %');
    expect(formatShare(0.2, 'en')).toBe('20.0%');
    expect(formatShare(null, 'sv')).toBe('');
  });

  it('names periods in words', () => {
    expect(formatPeriodLabel('2023-05', 'sv')).toBe('maj 2023');
    expect(formatPeriodLabel('2023-05', 'en')).toBe('May 2023');
    expect(formatPeriodLabel('2023-T2', 'sv')).toBe('T2 2023');
    expect(formatPeriodLabel('2022', 'sv')).toBe('2022');
  });
});
