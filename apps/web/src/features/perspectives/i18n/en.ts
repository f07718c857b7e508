import type { PerspectivesTranslations } from './sv';

export const perspectivesEn: PerspectivesTranslations = {
  perspectives: {
    title: 'Perspectives',
    intro:
      "The city's perspectives for a year: name, order and description. A rename holds for the chosen year only; goals and reports of other years keep their names.",
    year: 'Year',
    listLabel: 'The perspectives of {{year}}',
    empty: '{{year}} has no perspectives yet.',
    new: 'New perspective',
    copyFromPrevious: 'Copy from the previous year',
    copied: "The previous year's perspectives have been copied to {{year}}.",
    saved: 'The change has been saved.',
    removed: '{{name}} has been removed from {{year}}.',
    noDescription: 'No description.',
    createTitle: 'New perspective for {{year}}',
    editTitle: 'Edit {{name}} ({{year}})',
    name: 'Name',
    description: 'Description',
    descriptionHint: 'What the perspective covers. Shown for {{year}}.',
    removeTitle: 'Remove {{name}} from {{year}}?',
    removeBody: 'The perspective is removed from {{year}} only. Other years keep it.',
    removeConfirm: 'Remove',
    conflict: 'The perspective is now called {{name}} (version {{version}}).',
    orderChanged:
      'Someone else has changed the order meanwhile. The list now shows the order that holds; move again if you wish.',
    validation: {
      nameTaken: 'The year already has a perspective of that name.',
      listFull: 'The year already has as many perspectives as can be put in order. Remove one before adding another.',
      usedByGoals: "The year's goals belong to this perspective.",
      usedByActivities: "The year's activities belong to this perspective.",
      usedByReports: "The year's reports have a section for this perspective.",
      notTheYearsPerspectives: "The year's perspectives have changed meanwhile. Reload the page and try again.",
      yearHasPerspectives: 'The year already has perspectives.',
      noEarlierYear: 'There is no earlier year with perspectives to copy.',
      duplicate: 'The same perspective is listed twice.',
    },
  },
};
