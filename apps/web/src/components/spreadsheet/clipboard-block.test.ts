import { isCellBlock, parseClipboardBlock } from './clipboard-block';

describe('parseClipboardBlock', () => {
  it('reads rows and tab-separated cells as Excel copies them, final line break and all', () => {
    expect(parseClipboardBlock('5,9\t5\t5,5\r\n1 506 000\t\t1 400 000\r\n')).toEqual([
      ['5,9', '5', '5,5'],
      ['1 506 000', '', '1 400 000'],
    ]);
    expect(parseClipboardBlock('1\n2\n3')).toEqual([['1'], ['2'], ['3']]);
  });

  it('keeps quoted cells whole: line breaks, tabs and doubled quotes inside', () => {
    expect(parseClipboardBlock('4,2\t"Lägre än väntat,\nse ""analys"""\r\n4,3\tok\r\n')).toEqual([
      ['4,2', 'Lägre än väntat,\nse "analys"'],
      ['4,3', 'ok'],
    ]);
  });

  it('keeps empty cells at the end of a row', () => {
    expect(parseClipboardBlock('1\t\t\n')).toEqual([['1', '', '']]);
  });

  it('tells a block from a piece of text', () => {
    expect(isCellBlock('5,9')).toBe(false);
    expect(isCellBlock('5,9\r\n')).toBe(false);
    expect(isCellBlock('5,9\t6')).toBe(true);
    expect(isCellBlock('5,9\n6\n')).toBe(true);
  });
});
