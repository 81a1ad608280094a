import { expect, test } from '@playwright/test';

/** Figures drawn at build time (<Figure>, src/lib/figures): seen, named, cited, with no script of their own. */

test('a lesson figure is an image named by its numbers, with its key, caption and source, and no script', async ({ page }) => {
  await page.goto('/lessons/numbers-that-matter/');
  const drawing = page.getByRole('img', { name: 'One customer who is not satisfied, linked to 13 people who, on average, hear about their experience.' });
  await expect(drawing).toBeVisible();
  const figure = page.getByRole('figure').filter({ has: drawing });
  await expect(figure.getByRole('listitem')).toHaveText(['1 customer who is not satisfied', '13 people, on average, hear about their experience']);
  await expect(figure.locator('figcaption')).toContainText('One customer who is not satisfied, 13 people told');
  await expect(figure.locator('figcaption cite')).toHaveText('Care and attention for the customer');
  // Drawn when the site was built: 13 people and the one who told them, no script inside.
  await expect(drawing.locator('circle')).toHaveCount(14);
  await expect(figure.locator('script, astro-island')).toHaveCount(0);
});

test('on a phone the drawing scales to the screen, and the steps of a flow stay in order', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/lessons/handling-complaints/');
  const drawing = page.getByRole('img', { name: /^Seventeen numbered steps/ });
  const box = (await drawing.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(360);
  expect(box.width).toBeGreaterThan(250);
  const steps = page.getByRole('figure').filter({ has: drawing }).getByRole('listitem');
  await expect(steps).toHaveCount(17);
  await expect(steps.first()).toHaveText('not personal');
  await expect(steps.last()).toHaveText('follow-up');
});

test('the handout prints the figures, and the presenter shows one alone on its slide', async ({ page }) => {
  await page.goto('/print/numbers-that-matter/handout/');
  await expect(page.locator('.handout__content > figure.lesson-figure')).toHaveCount(6);

  await page.goto('/present/numbers-that-matter/');
  // Slides other than the current one are hidden: found by the figure's caption, then shown.
  const slide = page.locator('.slide').filter({ has: page.locator('figcaption', { hasText: "Two of the post's study results" }) });
  await expect(slide).toHaveCount(1);
  await expect(slide).toHaveClass(/slide--big/);
  await expect(slide.locator('.lesson-figure')).toHaveCount(1);
  const index = await slide.evaluate((element) => [...element.parentElement!.querySelectorAll('.slide')].indexOf(element));
  for (let step = 0; step < index; step += 1) await page.keyboard.press('PageDown');
  await expect(slide.getByRole('img', { name: /^Two bars out of 100%: 90% of customers/ })).toBeVisible();
});
