import { formatNumber, parseSwedishNumber } from './swedish-number';

describe('parseSwedishNumber', () => {
  it('reads decimal commas, thousands spaces and minus signs', () => {
    expect(parseSwedishNumber('5,9')).toBe(5.9);
    expect(parseSwedishNumber('1 506 000')).toBe(1506000);
    expect(parseSwedishNumber('1\u00a0506\u00a0000')).toBe(1506000);
    expect(parseSwedishNumber('1\u202f506,5')).toBe(1506.5);
    expect(parseSwedishNumber('-12 490')).toBe(-12490);
    expect(parseSwedishNumber('\u221212,5')).toBe(-12.5);
    expect(parseSwedishNumber(' 98,2 % ')).toBe(98.2);
    expect(parseSwedishNumber('0')).toBe(0);
  });

  it('accepts a decimal point when there is no comma', () => {
    expect(parseSwedishNumber('5.9')).toBe(5.9);
  });

  it('answers null for an empty cell', () => {
    expect(parseSwedishNumber('')).toBeNull();
    expect(parseSwedishNumber('  ')).toBeNull();
  });

  it('answers undefined for text that is not a number', () => {
    for (const text of ['abc', '5,9,1', '1.506,5', '5 kr', '=SUMMA(A1:A3)', '--5', '1e5', 'NaN', '12-3']) {
      expect(parseSwedishNumber(text)).toBeUndefined();
    }
  });
});

describe('formatNumber', () => {
  it('writes figures as the Swedish reports do, with no-break spaces and the minus sign', () => {
    expect(formatNumber(1506000, 'COUNT')).toBe('1\u00a0506\u00a0000');
    expect(formatNumber(5.9, 'PERCENT')).toBe('5,9');
    expect(formatNumber(-12903, 'TKR')).toBe('\u221212\u00a0903');
    expect(formatNumber(651.66, 'FTE')).toBe('651,7');
    expect(formatNumber(290808.4, 'COUNT')).toBe('290\u00a0808');
  });

  it('writes English separators for the English app', () => {
    expect(formatNumber(1506000, 'COUNT', 'en-GB')).toBe('1,506,000');
  });
});
