/**
 * Reads a block copied from a spreadsheet (Excel, LibreOffice, Google Sheets): rows end with
 * a line break, cells are separated by tabs, and a cell holding a tab, a line break or a
 * quote comes quoted ("…", with "" for a quote). The line break after the last row is not a
 * row of its own.
 */
export function parseClipboardBlock(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let index = 0;
  let quoted = false;
  while (index < text.length) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 2;
        continue;
      }
      if (char === '"') {
        quoted = false;
        index++;
        continue;
      }
      cell += char;
      index++;
      continue;
    }
    if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === '\t') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' || char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      if (char === '\r' && text[index + 1] === '\n') index++;
    } else {
      cell += char;
    }
    index++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** True when pasted text is a block of cells rather than a piece of one cell's text. */
export function isCellBlock(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/(\r?\n)+$/, '')) || parseClipboardBlock(text).length > 1;
}
