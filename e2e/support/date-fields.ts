import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/**
 * A DateField or MonthField (apps/web/src/components) by its label. The field is a group of
 * sections (year, month, day), each a spinbutton, named by the label (a required field's
 * asterisk is hidden from the name).
 */
export function dateField(scope: Page | Locator, label: string | RegExp): Locator {
  return scope.getByRole('group', { name: label, exact: typeof label === 'string' });
}

/**
 * Types an ISO date ('2023-05-31') into a DateField as a keyboard user does: focus on the first
 * section, then each section's digits in the order the interface language shows them (year,
 * month, day in Swedish; day, month, year in English), the field moving on by itself.
 */
export async function fillDate(scope: Page | Locator, label: string | RegExp, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  const sections = dateField(scope, label).getByRole('spinbutton');
  // A field shows a plain text field until its picker's code has come (LazyPickerField): the
  // sections are read once they are there, or the order of the digits would be read from none.
  await expect(sections.first()).toBeVisible();
  const parts: string[] = [];
  for (const section of await sections.all()) {
    const max = Number(await section.getAttribute('aria-valuemax'));
    parts.push((max > 31 ? year : max === 12 ? month : day) ?? '');
  }
  // A picker that has only just appeared takes keys once its first section has been clicked.
  await sections.first().click();
  await sections.first().pressSequentially(parts.join(''));
  await expect(sections).toHaveText(parts);
}
