import { codeOfName, freeCode } from './code-of-name';

describe('a code made from a name', () => {
  it('drops accents, case and everything but letters and digits', () => {
    expect(codeOfName('Göteborgs Stad', 'stad')).toBe('goteborgs-stad');
    expect(codeOfName('  Oegentligheter & regelefterlevnad! ', 'kategori')).toBe('oegentligheter-regelefterlevnad');
  });

  it('is at most 50 characters and never ends in a dash', () => {
    const code = codeOfName(`${'a'.repeat(49)} b`, 'kategori');
    expect(code).toBe('a'.repeat(49));
  });

  it('falls back when nothing is left of the name', () => {
    expect(codeOfName('???', 'kategori')).toBe('kategori');
  });

  it('numbers a code that is taken', () => {
    expect(freeCode('omvarld', [])).toBe('omvarld');
    expect(freeCode('omvarld', ['omvarld', 'omvarld-2'])).toBe('omvarld-3');
  });
});
