import type { Page } from '@playwright/test';

/** What has keyboard focus, as a screen reader would name it. */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    // textContent, not innerText: MUI's tabs and buttons are upper-cased by CSS.
    // A form field is named by its label; MUI marks a required one with an asterisk.
    const label = (element as HTMLInputElement).labels?.[0]?.textContent?.replace(/[\s\u2009]*\*$/, '');
    return (element.getAttribute('aria-label') ?? label ?? element.textContent ?? '').trim();
  });
}

/** Presses Tab until the focused element is named `name`; fails if it takes more than `limit` presses. */
export async function tabTo(page: Page, name: string, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if ((await focusedName(page)) === name) return;
  }
  throw new Error(`"${name}" was not reached with ${limit} presses of Tab`);
}
