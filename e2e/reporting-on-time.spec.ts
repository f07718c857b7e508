import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { DEMO, openFromMenu, signIn } from './support/app';
import { fillDate } from './support/date-fields';
import { caughtMails } from './support/mail-catcher';

/**
 * Reporting on time, from end to end (issue 21's "Done means"), for the month that ended last
 * (the demo's figures stop in 2023, so today's months are what is due now):
 * the administrator sets the month's deadline three (or four) days ahead; the analyst finds the month's
 * indicators on Att göra; the reminder mail at the run's SMTP server lists them with links to
 * Registrera at that unit and month; the analyst reports one, and it leaves the list; the
 * department head sees it on time under Inrapportering; the administrator closes the month; a
 * later change of the value asks for a reason and the audit log shows it as a correction.
 *
 * It writes one value of that month of Intraservice and closes the month: to-do.spec.ts, after it,
 * reports the earliest month on the list, which is an older one.
 */

const SWEDISH_MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

/** Today's date in Sweden (YYYY-MM-DD), as the server and the browser both read it. */
function swedishToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The month that ended last: its year, number, ISO month (YYYY-MM) and Swedish name ("november 2026"). */
function lastEndedMonth() {
  const [year, month] = swedishToday().split('-').map(Number) as [number, number];
  const ended = month === 1 ? { year: year - 1, number: 12 } : { year, number: month - 1 };
  return {
    ...ended,
    iso: `${ended.year}-${String(ended.number).padStart(2, '0')}`,
    name: `${SWEDISH_MONTHS[ended.number - 1]} ${ended.year}`,
  };
}

async function openCalendarOfYear(page: Page, year: number): Promise<void> {
  await openFromMenu(page, 'Administration', 'Rapporteringskalender');
  await expect(page.getByRole('heading', { name: 'Rapporteringskalender', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'År' }).click();
  await page.getByRole('option', { name: String(year), exact: true }).click();
  const table = page.getByRole('table', { name: `Rapporteringsperioderna ${year}` });
  const create = page.getByRole('button', { name: `Skapa kalendern för ${year}` });
  await expect(table.or(create)).toBeVisible();
  if (await create.isVisible()) {
    await create.click();
    await expect(page.getByText(`Kalendern för ${year} har skapats.`)).toBeVisible();
  }
  await expect(table).toBeVisible();
}

test('a month is reported on time: deadline, to-do list, reminder mail, discipline view, closing and a correction', async ({
  browser,
  baseURL,
}) => {
  // Three people, seven pages, a mail and a correction: minutes on two busy cores.
  test.setTimeout(360_000);
  const month = lastEndedMonth();
  const newContext = async () => {
    const context = await browser.newContext({ baseURL, locale: 'sv-SE', viewport: { width: 1366, height: 900 } });
    return context.newPage();
  };
  const administrator = await newContext();
  const analyst = await newContext();
  const departmentHead = await newContext();

  // 1. The administrator sets the month's deadline, three days from today: four when three days
  //    from today is the deadline the calendar gives already (on the 7th, for a deadline on the
  //    10th), which would be no move.
  await signIn(administrator, DEMO.administrator);
  await openCalendarOfYear(administrator, month.year);
  const calendar = administrator.getByRole('table', { name: `Rapporteringsperioderna ${month.year}` });
  const monthRow = calendar.getByRole('row', { name: new RegExp(`^${month.name}`) });
  await expect(monthRow).toBeVisible();
  const daysAhead = (await monthRow.textContent())?.includes(addDays(swedishToday(), 3)) ? 4 : 3;
  const deadline = addDays(swedishToday(), daysAhead);
  await administrator.getByRole('button', { name: `Ändra sista dag för ${month.name}` }).click();
  const deadlineDialog = administrator.getByRole('dialog', { name: `Sista dag för ${month.name}` });
  await fillDate(deadlineDialog, 'Sista dag för nämnden och övriga', deadline);
  await deadlineDialog.getByRole('button', { name: 'Spara' }).click();
  await expect(deadlineDialog).toBeHidden();
  await expect(monthRow).toContainText(`${deadline} (flyttad)`);
  await saveScreenshot(administrator, 'reporting-on-time-1-deadline');

  // 2. The analyst finds the month's indicators of Intraservice on Att göra, due in those days.
  await signIn(analyst, DEMO.analyst);
  await analyst.getByRole('tab', { name: /^Att göra, \d+ saker att göra$/ }).click();
  await expect(analyst.getByRole('heading', { name: 'Att göra', level: 1 })).toBeVisible();
  const monthItems = analyst
    .getByRole('link')
    .filter({ hasText: new RegExp(`Indikatorvärde · Nämnden för Intraservice · ${month.name}$`) });
  await expect(monthItems.first()).toBeVisible();
  await expect(analyst.getByText(`om ${daysAhead} dagar`).first()).toBeVisible();
  await saveScreenshot(analyst, 'reporting-on-time-2-to-do');

  // 3. The day's reminder mail, at the run's SMTP server: the month's indicators, each a link to
  //    Registrera at Intraservice and that month.
  await expect
    .poll(() => caughtMails().filter((mail) => mail.to.includes(DEMO.analyst.email)).length, { timeout: 200_000 })
    .toBeGreaterThan(0);
  const mail = caughtMails().find((caught) => caught.to.includes(DEMO.analyst.email))!;
  expect(mail.subject).toMatch(/^Påminnelse från Lägesbild: \d+ saker? att göra$/);
  const monthLines = [
    ...mail.text.matchAll(new RegExp(`^- (.+) \\(${month.name}\\), senast \\S+: (\\S+)$`, 'gm')),
  ].filter(([, , link]) => link === `${baseURL}/registrera?enhet=intraservice&period=${month.iso}`);
  expect(monthLines.length).toBeGreaterThan(0);
  const [, title, link] = monthLines[0]!;

  // 4. The analyst follows the mail's link and reports the value; it leaves the list.
  await analyst.goto(link!);
  await expect(analyst.getByRole('heading', { name: 'Registrera värden', level: 1 })).toBeVisible({
    timeout: 30_000,
  });
  const outcome = analyst.getByRole('textbox', { name: `Utfall, ${title}` });
  await outcome.fill('42');
  const saveBar = analyst.getByRole('region', { name: 'Spara ändringar' });
  await saveBar.getByRole('button', { name: /^Spara 1 ändrad rad/ }).click();
  await expect(saveBar.getByRole('status')).toHaveText('Inga osparade ändringar');
  await analyst.getByRole('tab', { name: /^Att göra/ }).click();
  await expect(analyst.getByRole('heading', { name: 'Att göra', level: 1 })).toBeVisible();
  await expect(monthItems.first()).toBeVisible();
  await expect(monthItems.filter({ hasText: new RegExp(`^${escapeRegExp(title!)}Indikatorvärde`) })).toHaveCount(0);

  // 5. The department head's discipline view: Intraservice's month has one reported on time,
  //    the rest still in progress (the deadline is days off).
  await signIn(departmentHead, DEMO.departmentHead);
  await departmentHead.goto(`/inrapportering?enhet=intraservice&ar=${month.year}`);
  const matrix = departmentHead.getByRole('table', { name: `Inrapportering per enhet och period ${month.year}` });
  await expect(matrix).toBeVisible({ timeout: 30_000 });
  const headers = await matrix.getByRole('columnheader').allTextContents();
  const column = headers.findIndex((header) => header.includes(month.name));
  expect(column).toBeGreaterThan(0);
  const committee = matrix.getByRole('row', { name: /^Nämnden för Intraservice/ });
  // The row's first cell is its header: the month's cell is one before its column's index.
  const monthCell = committee.getByRole('cell').nth(column - 1);
  await expect(monthCell).toContainText('1 i tid');
  await expect(monthCell).toContainText('pågår');
  await saveScreenshot(departmentHead, 'reporting-on-time-3-discipline');
  await checkAccessibility(departmentHead, 'reporting discipline, a month on time (/inrapportering)');

  // 6. The administrator closes the month.
  await administrator.getByRole('button', { name: `Stäng ${month.name}` }).click();
  const closeDialog = administrator.getByRole('dialog', { name: `Stäng ${month.name}` });
  await closeDialog.getByRole('textbox', { name: 'Skäl (frivilligt)' }).fill('Månaden är rapporterad');
  await closeDialog.getByRole('button', { name: 'Stäng perioden' }).click();
  await expect(administrator.getByText(`${month.name} är stängd.`)).toBeVisible();
  await expect(monthRow).toContainText('Stängd');

  // 7. A later change of the value asks for a reason and is saved as a correction.
  await analyst.goto(link!);
  await expect(analyst.getByRole('heading', { name: 'Registrera värden', level: 1 })).toBeVisible({
    timeout: 30_000,
  });
  await analyst.getByRole('textbox', { name: `Utfall, ${title}` }).fill('43');
  await expect(analyst.getByText(/Perioden är stängd: värdena är rapporterade och låsta/)).toBeVisible();
  const reason = analyst.getByRole('textbox', { name: 'Skäl till rättelsen' });
  await saveBar.getByRole('button', { name: /^Spara 1 ändrad rad/ }).click();
  await expect(reason).toHaveAccessibleDescription('Perioden är stängd: ange ett skäl till rättelsen.');
  await reason.fill('Fel siffra i första rapporten');
  await saveBar.getByRole('button', { name: /^Spara 1 ändrad rad/ }).click();
  await expect(analyst.getByText('1 rad sparad.')).toBeVisible();
  await saveScreenshot(analyst, 'reporting-on-time-4-correction');

  await openFromMenu(administrator, 'Administration', 'Granskningslogg');
  await administrator.getByRole('combobox', { name: 'Typ av post' }).click();
  await administrator.getByRole('option', { name: 'Rättelse', exact: true }).click();
  const newest = administrator.getByRole('table', { name: 'Granskningslogg' }).locator(':scope > tbody > tr').first();
  await expect(newest).toContainText('Skapad: Rättelse');
  await expect(newest).toContainText('Fel siffra i första rapporten');
  await expect(newest).toContainText('Anna Analytiker');

  await Promise.all([administrator, analyst, departmentHead].map((page) => page.context().close()));
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
