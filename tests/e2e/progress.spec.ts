import { expect, test } from '@playwright/test';
import { completeLesson, hydrated, PROGRESS_KEY } from './helpers';

test.describe('completing a lesson', () => {
  test('stays completed after a reload and shows on the course map', async ({ page }) => {
    await page.goto('/lessons/moments-of-truth/');
    await hydrated(page);
    await completeLesson(page);
    await expect(page.getByText('You have completed this lesson.')).toBeVisible();
    await page.reload();
    await hydrated(page);
    await expect(page.getByText('You have completed this lesson.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mark this lesson as complete' })).toHaveCount(0);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Course map' }).click();
    await hydrated(page);
    await expect(page.getByText('1 of 12 lessons completed (8%)')).toBeVisible();
    // The bar itself, not only the text: hydration must not leave the server's value behind.
    await expect(page.getByRole('progressbar', { name: 'Course progress' })).toHaveJSProperty('value', 1);
    const first = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Moments of truth' }) });
    await expect(first).toContainText('Completed');
    await expect(page.getByRole('link', { name: 'Continue with “What superior service is”' })).toBeVisible();
  });

  test('another open tab sees the completion without a reload', async ({ context }) => {
    const map = await context.newPage();
    await map.goto('/');
    await hydrated(map);
    await expect(map.getByText('0 of 12 lessons completed (0%)')).toBeVisible();

    const lesson = await context.newPage();
    await lesson.goto('/lessons/customers-for-life/');
    await hydrated(lesson);
    await completeLesson(lesson);

    await expect(map.getByText('1 of 12 lessons completed (8%)')).toBeVisible();
    await expect(map.getByRole('progressbar', { name: 'Course progress' })).toHaveJSProperty('value', 1);
    const card = map.getByRole('listitem').filter({ has: map.getByRole('link', { name: 'Keeping customers for life' }) });
    await expect(card).toContainText('Completed');
  });

  test('can be done with the keyboard alone', async ({ page }) => {
    await page.goto('/');
    await hydrated(page);
    // Tab from the top: the skip link comes first.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    // Into the course map: the first focusable item in main is the start button.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Start with “Moments of truth”' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/lessons/moments-of-truth/');
    await hydrated(page);
    const button = page.getByRole('button', { name: 'Mark this lesson as complete' });
    for (let presses = 0; presses < 200 && !(await button.evaluate((el) => el === document.activeElement)); presses += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('You have completed this lesson.')).toBeFocused();
    const stored = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
    expect(JSON.parse(stored!).l['moments-of-truth'].c).toEqual(expect.any(Number));
  });
});

test.describe('when storage misbehaves', () => {
  test('garbage in storage: the page works, says so, and keeps the garbage', async ({ page }) => {
    await page.goto('/');
    await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"l":{"moments-of-truth":'), PROGRESS_KEY);
    await page.reload();
    await hydrated(page);
    const notice = page.getByRole('region', { name: 'About your saved progress' });
    await expect(notice).toContainText('could not read the progress saved on this device (it is damaged)');
    await expect(page.getByText('0 of 12 lessons completed (0%)')).toBeVisible();

    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download the unreadable data' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^moments-of-truth-unreadable-progress-\d+\.txt$/);

    // Completing a lesson now does not lose the original text.
    await page.goto('/lessons/moments-of-truth/');
    await hydrated(page);
    await completeLesson(page);
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.includes(':unreadable:'))
        .map((key) => localStorage.getItem(key)),
    );
    expect(kept).toEqual(['{"v":1,"l":{"moments-of-truth":']);

    await page.goto('/progress/');
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'Unreadable progress kept on this device' })).toBeVisible();
  });

  test('data from a newer version is not overwritten and is explained', async ({ page }) => {
    await page.goto('/');
    await page.evaluate((key) => localStorage.setItem(key, '{"v":3,"l":{},"badges":[]}'), PROGRESS_KEY);
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('region', { name: 'About your saved progress' })).toContainText('saved by a newer version of this course');
  });

  test('storage that throws: the page works from memory and says progress will not be kept', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/lessons/moments-of-truth/');
    await hydrated(page);
    await expect(page.getByRole('region', { name: 'About your saved progress' })).toContainText('your progress will not be kept on this device');
    await completeLesson(page);
    await expect(page.getByText('You have completed this lesson.')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a full quota: a notice, no crash, and the page still shows the completion', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/lessons/moments-of-truth/');
    await hydrated(page);
    await completeLesson(page);
    await expect(page.getByText('You have completed this lesson.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'About your saved progress' })).toContainText('storage for this site is full');
    expect(errors).toEqual([]);
  });
});

test.describe('My progress', () => {
  test('what is typed before the profile form is live is kept, every letter', async ({ page }) => {
    // Hold back the form's code, as a slow connection would, while the learner types.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    await page.route(/\/_astro\/ProfileForm\.[^/]*\.js$/, async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await page.goto('/progress/');
    await hydrated(page);
    const island = page.locator('astro-island', { has: page.getByLabel('Name for the certificate') });
    const name = page.getByLabel('Name for the certificate');
    await name.click();
    await name.pressSequentially('Zoë Ångström 陈伟', { delay: 10 });
    await page.getByLabel('Employee ID (optional)').pressSequentially('E-0042');
    await page.getByLabel('Preferred language').selectOption({ label: 'العربية' });
    await expect.poll(() => asked).toBe(true);
    await expect(island).toHaveAttribute('ssr', '');
    release();
    await expect(island).not.toHaveAttribute('ssr');
    await expect(page.getByRole('button', { name: 'Save my details' })).toBeEnabled();
    await expect(name).toHaveValue('Zoë Ångström 陈伟');
    await expect(page.getByLabel('Employee ID (optional)')).toHaveValue('E-0042');
    await expect(page.getByLabel('Preferred language')).toHaveValue('ar');
    // Typing on once it is live, then saving, keeps it all.
    await name.press('End');
    await name.pressSequentially(' Jr');
    await page.getByRole('button', { name: 'Save my details' }).click();
    await expect(page.getByText('Your details are saved on this device.')).toBeVisible();
    const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY))!);
    expect(stored.u).toEqual({ n: 'Zoë Ångström 陈伟 Jr', e: 'E-0042', k: 'ar' });
  });

  test('a saved profile fills the form, and a change saved in another tab shows in a field left alone', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('/progress/');
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ v: 1, l: {}, u: { n: 'Алексей Смирнов', m: 'a@example.org' } })), PROGRESS_KEY);
    await page.reload();
    await hydrated(page);
    const name = page.getByLabel('Name for the certificate');
    await name.scrollIntoViewIfNeeded();
    await expect(name).toHaveValue('Алексей Смирнов');
    await expect(page.getByLabel('Email (optional)')).toHaveValue('a@example.org');
    // The learner is editing the email here when another tab saves a new name.
    await page.getByLabel('Email (optional)').fill('alexei@example.org');
    const other = await context.newPage();
    await other.goto('/progress/');
    await hydrated(other);
    await other.getByLabel('Name for the certificate').scrollIntoViewIfNeeded();
    await expect(other.getByRole('button', { name: 'Save my details' })).toBeEnabled();
    await other.getByLabel('Name for the certificate').fill('Alexei Smirnov');
    await other.getByRole('button', { name: 'Save my details' }).click();
    await expect(name).toHaveValue('Alexei Smirnov');
    await expect(page.getByLabel('Email (optional)')).toHaveValue('alexei@example.org');
  });

  test('on a phone, the table says it scrolls sideways; on a laptop, where it fits, it does not', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/progress/');
    await hydrated(page);
    const table = page.getByRole('region', { name: 'My progress' });
    const hint = page.getByText('The table scrolls sideways: swipe or scroll it to see every column.');
    await expect(hint).toBeVisible();
    await expect(table).toHaveAccessibleDescription('The table scrolls sideways: swipe or scroll it to see every column.');
    expect(await table.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    // The hidden column is really there, reachable by scrolling the region.
    await table.evaluate((element) => element.scrollBy({ left: 1000 * (getComputedStyle(element).direction === 'rtl' ? -1 : 1) }));
    await expect(table.getByRole('columnheader', { name: 'Knowledge check' })).toBeInViewport();

    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(hint).toBeHidden();
    await expect(table).not.toHaveAccessibleDescription(/scrolls/);
  });
});
