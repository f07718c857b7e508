import type { RiskSettingsTranslations } from './settings-sv';

export const riskSettingsEn: RiskSettingsTranslations = {
  riskSettings: {
    title: 'Risk categories and scale',
    intro:
      "The municipality's risk scale and the categories the units sort their risks into. A retired category is not offered for new risks, but the risks in it keep it.",
    scale: {
      heading: 'Risk scale',
      current: 'Current scale: 1–{{max}}.',
      label: 'Scale of probability and consequence',
      option: '1–{{max}}',
      largestValued: 'The highest value any valuation holds is {{largest}}.',
      noneValued: 'No risk has been valued yet.',
      save: 'Save the scale',
      saved: 'The risk scale is now 1–{{max}}.',
      conflict: 'The scale is now 1–{{max}}.',
    },
    categories: {
      heading: 'Risk categories',
      listLabel: 'The risk categories',
      empty: 'There are no risk categories yet.',
      new: 'New category',
      riskCount_zero: 'No risks',
      riskCount_one: '{{count}} risk',
      riskCount_other: '{{count}} risks',
      retired: 'Retired',
      moved: '{{name}} is now number {{position}} of {{count}}.',
      orderChanged:
        'Someone else has changed the categories meanwhile. The list now shows the order that holds; move again if you like.',
      createTitle: 'New risk category',
      editTitle: 'Edit {{name}}',
      name: 'Name',
      retire: 'Retired: not offered for new risks',
      retireHint: 'The risks already in the category keep it.',
      created: '{{name}} has been added.',
      saved: 'The change has been saved.',
      removed: '{{name}} has been removed.',
      removeTitle: 'Remove {{name}}?',
      removeBody: 'The category is removed for every unit. No risk is in it.',
      inUse_one:
        '{{count}} risk is in the category, so it cannot be removed. Retire it instead (Edit): it is then not offered for new risks.',
      inUse_other:
        '{{count}} risks are in the category, so it cannot be removed. Retire it instead (Edit): it is then not offered for new risks.',
      removeConfirm: 'Remove',
      conflict: 'The category is now called {{name}} (version {{version}}).',
      conflictRetired: 'The category is now called {{name}} and is retired (version {{version}}).',
    },
    validation: {
      nameTaken: 'There is already a risk category of that name.',
      listFull: 'There are already as many risk categories as can be put in order. Remove one before adding another.',
      duplicate: 'The same category is in the order twice.',
      unknownCategory: 'The order has a category that no longer exists. Reload the page and try again.',
      missingCategory: 'The order leaves out a category. Reload the page and try again.',
      categoryInUse:
        'Risks are in the category, so it cannot be removed. Retire it instead: it is then not offered for new risks.',
      fourOrFive: 'Choose the scale 1–4 or 1–5.',
      valuationsAboveScale:
        'Valuations already hold a probability or consequence of {{largest}}: the scale cannot be smaller.',
    },
  },
};
