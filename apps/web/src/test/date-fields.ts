import { screen, within } from '@testing-library/react';
import { loadDatePickers } from '../components/LazyPickerField';

// DateField and MonthField show a plain text field until the pickers' chunk has come (the
// components' own tests cover that); a form's test finds the picker at once.
await loadDatePickers();

/** A DateField or MonthField by its label: the group of its sections, which carries the error description. */
export function dateField(name: string | RegExp, container?: HTMLElement): HTMLElement {
  return (container ? within(container) : screen).getByRole('group', { name });
}

/** userEvent itself or a userEvent.setup() instance. */
interface DateTypist {
  click: (element: Element) => Promise<unknown>;
  keyboard: (text: string) => Promise<unknown>;
}

/**
 * Types an ISO date ('2023-05-31') or month ('2023-05') into a DateField or MonthField as a
 * keyboard user does: from its first section on, each section's part in the order the
 * interface language shows them (year first in Swedish, day first in English).
 */
export async function typeDate(user: DateTypist, field: HTMLElement, iso: string) {
  const [year, month, day] = iso.split('-');
  const sections = within(field).getAllByRole('spinbutton');
  const parts = sections.map((section) => {
    const max = Number(section.getAttribute('aria-valuemax'));
    return max > 31 ? year : max === 12 ? month : day;
  });
  await user.click(sections[0]!);
  await user.keyboard(parts.join(''));
}
