import { combineTranslations } from './combine-translations';

describe('combineTranslations', () => {
  it("puts each feature's top-level keys beside the shared ones", () => {
    const combined = combineTranslations(
      { app: { save: 'Spara' } },
      { risks: { title: 'Risker' }, riskLevel: { LOW: 'Låg' } },
    );
    expect(combined).toEqual({ app: { save: 'Spara' }, risks: { title: 'Risker' }, riskLevel: { LOW: 'Låg' } });
  });

  it('refuses two files defining the same top-level key, which would hide one of them', () => {
    expect(() => combineTranslations({ status: { GREEN: 'Grön' } }, { status: { RED: 'Röd' } })).toThrow(
      'Two translation files define the top-level key "status".',
    );
  });
});
