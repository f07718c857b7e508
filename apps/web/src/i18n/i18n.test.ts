import { createI18n } from './i18n';

describe('translations', () => {
  it('keeps an empty translation empty instead of showing its key: an index has no unit label', () => {
    const i18n = createI18n('sv');
    expect(i18n.t('unit.INDEX')).toBe('');
    expect(i18n.t('unit.PERCENT')).toBe('%');
  });
});
