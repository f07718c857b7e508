import { createTestI18n } from '../test/test-i18n';
import { firstPageSv } from './first-page-sv';
import { createI18n } from './i18n';

describe('translations', () => {
  it('keeps an empty translation empty instead of showing its key: an index has no unit label', () => {
    const i18n = createTestI18n('sv');
    expect(i18n.t('unit.INDEX')).toBe('');
    expect(i18n.t('unit.PERCENT')).toBe('%');
  });

  it('says in the console which key has no string, since the page shows the key itself', () => {
    const logged: string[] = [];
    const consoleError = console.error;
    console.error = (...parts: unknown[]) => logged.push(parts.join(' '));
    try {
      const i18n = createI18n('sv', firstPageSv);
      expect(i18n.t('overview.title')).toBe('Översikt');
      expect(i18n.t('risks.title')).toBe('risks.title');
      // A key asked with a fallback of its own is a deliberate probe, not a missing string.
      expect(i18n.t('perspectives.validation.nothing', { defaultValue: 'Ogiltigt' })).toBe('Ogiltigt');
    } finally {
      console.error = consoleError;
    }
    expect(logged).toEqual(['Missing translation: risks.title']);
  });
});
