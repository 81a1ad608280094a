/**
 * Records HR can trust (issue 18): a progress file edited by hand is shown as
 * "inconsistent", with its reasons, on the HR page and on the learner's own
 * import, and is never counted as completed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { answerCorrectly } from './answers';
import { hydrated } from './helpers';
import { certificateId } from '../../src/lib/progress/certificate';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const fixture = JSON.parse(readFileSync('tests/fixtures/complete-course.progress.json', 'utf-8'));
const dir = mkdtempSync(join(tmpdir(), 'mot-trust-'));

interface ProgressFileJson {
  exportedAt: string;
  progress: { f: { l: number; b: number; e: number; t: number; w?: number; d?: number }; u: { n: string } };
}

/**
 * A learner's own file, made by the course: every lesson and check done (the
 * fixture), then the final assessment taken in the browser with 15 of 20
 * questions answered, over ten minutes (the page's clock is moved on, as a
 * learner's would be), so 75 %: not passed. Downloaded as the learner would.
 */
async function learnersOwnFile(browser: Browser): Promise<ProgressFileJson> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.install({ time: new Date(Date.now() - 2 * 3600 * 1000) });
  const start = join(dir, 'start.json');
  const { f: _final, ...progress } = fixture.progress;
  writeFileSync(start, JSON.stringify({ ...fixture, progress: { ...progress, u: { n: 'Honest Learner' } } }));
  await page.goto('/progress/');
  await hydrated(page);
  const input = page.getByLabel('Import a progress file');
  await input.scrollIntoViewIfNeeded();
  await expect(input).toBeEnabled();
  await input.setInputFiles(start);
  await page.getByRole('button', { name: 'Import and merge' }).click();

  await page.goto('/final/');
  await hydrated(page);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  const questions = page.locator('fieldset[data-question]');
  await expect(questions).toHaveCount(20);
  for (let index = 0; index < 15; index += 1) await answerCorrectly(questions.nth(index));
  await page.clock.fastForward('10:00');
  await page.getByRole('button', { name: 'Submit my answers' }).click();
  await page.getByRole('button', { name: 'Submit now' }).click();
  await expect(page.getByRole('region', { name: 'Your result' }).getByText('You scored 75%: 15 of 20 questions fully correct.')).toBeVisible();

  await page.goto('/progress/');
  await hydrated(page);
  const button = page.getByRole('button', { name: 'Download my progress' });
  await button.scrollIntoViewIfNeeded();
  await expect(button).toBeEnabled();
  const download = page.waitForEvent('download');
  await button.click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf-8')) as ProgressFileJson;
  await context.close();
  return file;
}

/** The same file with the final set to passed with 100 %, as in a text editor. */
function edited(file: ProgressFileJson, name: string): ProgressFileJson {
  return { ...file, progress: { ...file.progress, f: { ...file.progress.f, l: 100, b: 100, w: file.progress.f.e }, u: { n: name } } };
}

function save(name: string, file: ProgressFileJson): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(file, null, 2));
  return path;
}

async function loadOnHr(page: Page, paths: string[]) {
  await page.goto('/hr/');
  await hydrated(page);
  const input = page.getByLabel('Choose files');
  await expect(input).toBeEnabled();
  await input.setInputFiles(paths);
}

test.describe('consistency checks', () => {
  let honest: ProgressFileJson;
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    honest = await learnersOwnFile(browser);
    expect(honest.progress.f).toMatchObject({ d: 1, l: 75, b: 75 });
    expect(honest.progress.f.e - honest.progress.f.t).toBeGreaterThanOrEqual(600);
  });

  test('an edited final score shows as inconsistent on the HR page, with the reason, never completed; the CSV says so', async ({ page }) => {
    await loadOnHr(page, [save('honest.json', honest), save('edited.json', edited(honest, 'Edited Learner'))]);
    await expect(page.getByRole('status').filter({ hasText: 'Read 2 files: 2 learners in total.' })).toBeVisible();

    const summary = page.getByRole('region', { name: 'Summary' });
    await expect(summary.getByRole('term')).toContainText(['Inconsistent records (not counted as completed)']);
    await expect(summary.getByRole('definition')).toHaveText(['2', '0 (0%)', '0', '75%', '1']);

    const table = page.getByRole('table', { name: 'Learners in the cohort' });
    const cheat = table.getByRole('row').filter({ hasText: 'Edited Learner' });
    await expect(cheat.getByRole('cell').nth(5)).toContainText('Not completed');
    await cheat.getByText('inconsistent').click();
    await expect(cheat.getByRole('listitem')).toHaveText(['the final score says 100%, but the saved answers give 75%']);
    await expect(cheat.getByText(/MOT-/)).toHaveCount(0);
    const fair = table.getByRole('row').filter({ hasText: 'Honest Learner' });
    await expect(fair.getByText('inconsistent')).toHaveCount(0);

    await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Inconsistent records' });
    await expect(table.getByRole('rowheader')).toHaveText(['Edited Learner']);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf-8').split('\r\n');
    expect(csv[0]).toMatch(/,Record check,Signature$/);
    expect(csv.find((line) => line.startsWith('Edited Learner'))).toMatch(/,"inconsistent: edited\.json: the final score says 100%, but the saved answers give 75%",self-reported$/);
    expect(csv.find((line) => line.startsWith('Honest Learner'))).toMatch(/,consistent,self-reported$/);

    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  test('the learner’s own import refuses an edited file, saying why, and changes nothing', async ({ page }) => {
    await page.goto('/progress/');
    await hydrated(page);
    const input = page.getByLabel('Import a progress file');
    await input.scrollIntoViewIfNeeded();
    await expect(input).toBeEnabled();
    await input.setInputFiles(save('mine-edited.json', edited(honest, 'Honest Learner')));
    const alert = page.getByRole('alert').filter({ hasText: 'inconsistent' });
    await expect(alert).toContainText('This progress file is inconsistent, so it was not imported: it may have been edited by hand. Your current progress has not been changed.');
    await expect(alert.getByRole('listitem')).toHaveText(['the final score says 100%, but the saved answers give 75%']);
    await expect(page.getByRole('button', { name: 'Import and merge' })).toHaveCount(0);
    await expect(page.getByText('0 of 12 lessons completed (0%)')).toBeVisible();

    // The file as the course wrote it is imported as before.
    await input.setInputFiles(save('mine.json', honest));
    await page.getByRole('button', { name: 'Import and merge' }).click();
    await expect(page.getByText('12 of 12 lessons completed (100%)')).toBeVisible();
  });
});

/** The trainer page's signing part, scrolled to (it wakes when seen). */
async function signingPart(page: Page) {
  await page.goto('/trainer/');
  await hydrated(page);
  await page.getByRole('heading', { name: 'Sign learners’ completions' }).scrollIntoViewIfNeeded();
}

async function downloadOf(page: Page, action: () => Promise<void>): Promise<{ name: string; text: string }> {
  const event = page.waitForEvent('download');
  await action();
  const file = await event;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf-8') };
}

const PASSWORD = 'a long workshop password';

/** A finished learner's file, as the learner would hand it to the trainer. */
function learnerFile(name: string, employeeId: string): string {
  const path = join(dir, `${employeeId}.json`);
  writeFileSync(path, JSON.stringify({ ...fixture, progress: { ...fixture.progress, u: { n: name, e: employeeId } } }));
  return path;
}

/** The trainer creates a key on the trainer page and signs `file`: the public key, the backup and the signed file. */
async function createKeyAndSign(page: Page, file: string) {
  await signingPart(page);
  await page.getByLabel('Your name, as HR will see it').fill('Omar Haddad');
  await page.getByLabel('Password for the backup').fill(PASSWORD);
  await page.getByLabel('The same password again').fill(PASSWORD);
  const backup = await downloadOf(page, () => page.getByRole('button', { name: 'Create the key and download its backup' }).click());
  await expect(page.getByRole('status').filter({ hasText: 'Your signing key is ready.' })).toBeVisible();
  const publicKey = await page.getByLabel('Your public key').inputValue();
  await page.getByLabel('Open a learner’s progress file').setInputFiles(file);
  const signed = await downloadOf(page, () => page.getByRole('button', { name: 'Sign this completion and download the signed file' }).click());
  return { publicKey, backup, signed };
}

test.describe('trainer signatures', () => {
  test('a trainer creates a key, signs a completion; HR verifies it, and a changed character fails; the key restores from its backup', async ({ page, browser }) => {
    test.setTimeout(90_000);
    // The trainer creates a key: its backup is downloaded at once.
    await signingPart(page);
    await page.getByLabel('Your name, as HR will see it').fill('Omar Haddad');
    await page.getByLabel('Password for the backup').fill(PASSWORD);
    await page.getByLabel('The same password again').fill(PASSWORD);
    const backup = await downloadOf(page, () => page.getByRole('button', { name: 'Create the key and download its backup' }).click());
    expect(backup.name).toBe('moments-of-truth-signing-key-omar-haddad.json');
    expect(JSON.parse(backup.text)).toMatchObject({ format: 'moments-of-truth-signing-key', name: 'Omar Haddad', iterations: 600000 });
    await expect(page.getByRole('status').filter({ hasText: 'Your signing key is ready.' })).toBeVisible();
    const publicKey = await page.getByLabel('Your public key').inputValue();
    expect(publicKey).toMatch(/^B[A-Za-z0-9_-]{86}$/);
    expect(await page.getByLabel('To paste into content/course.yaml').inputValue()).toContain(`key: ${publicKey}`);
    // The key survives a reload (IndexedDB), and cannot be read out.
    await page.reload();
    await signingPart(page);
    await expect(page.getByRole('heading', { name: 'Your signing key: Omar Haddad' })).toBeVisible();
    expect(await page.evaluate(() => new Promise((resolve) => {
      const request = indexedDB.open('moments-of-truth-signing');
      request.onsuccess = () => {
        const get = request.result.transaction('keys').objectStore('keys').get('current');
        get.onsuccess = () => resolve((get.result as { privateKey: CryptoKey }).privateKey.extractable);
      };
    }))).toBe(false);
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);

    // A learner's file: the trainer sees what it says, and signs it.
    const learner = join(dir, 'kovacs.json');
    writeFileSync(learner, JSON.stringify({ ...fixture, progress: { ...fixture.progress, u: { n: 'Kovács Erzsébet', e: 'HU-0042' } } }));
    await page.getByLabel('Open a learner’s progress file').setInputFiles(learner);
    const summary = page.getByRole('region', { name: 'What kovacs.json says' });
    await expect(summary.getByRole('definition')).toContainText(['Kovács Erzsébet', 'HU-0042', 'moments-of-truth 1', 'November 22, 2026', '95%', /^MOT-/]);
    const signed = await downloadOf(page, () => summary.getByRole('button', { name: 'Sign this completion and download the signed file' }).click());
    expect(signed.name).toBe('kovacs-signed.json');
    const signedFile = JSON.parse(signed.text);
    expect(signedFile.signature).toMatchObject({ v: 1, key: publicKey, signer: 'Omar Haddad', completion: { n: 'Kovács Erzsébet', e: 'HU-0042', s: 95 } });

    // HR trusts the key (pasted: this build's course settings list none), then loads the files.
    const hr = await browser.newPage();
    await hr.goto('/hr/');
    await hydrated(hr);
    await hr.getByText('Trainers’ keys this page trusts (0 in the course settings)').click();
    await hr.getByLabel('Also trust these keys').fill(`Omar Haddad ${publicKey}`);
    await hr.getByRole('button', { name: 'Trust these keys' }).click();
    await expect(hr.getByRole('status').filter({ hasText: 'Keys added: 1.' })).toBeVisible();
    const paths = [
      ['signed.json', signedFile],
      // One character of the employee ID changed.
      ['one-character.json', { ...signedFile, progress: { ...signedFile.progress, u: { n: 'Kovács Erzsébet', e: 'HU-0043' } } }],
      ['unsigned.json', { ...fixture, progress: { ...fixture.progress, u: { n: 'Stelios' } } }],
    ].map(([name, content]) => {
      const path = join(dir, name as string);
      writeFileSync(path, JSON.stringify(content));
      return path;
    });
    await hr.getByLabel('Choose files').setInputFiles(paths);
    const table = hr.getByRole('table', { name: 'Learners in the cohort' });
    await expect(table.getByRole('row').filter({ hasText: 'HU-0042' })).toContainText('verified by Omar Haddad');
    await expect(table.getByRole('row').filter({ hasText: 'HU-0043' })).toContainText('signature invalid: the record was changed after it was signed');
    await expect(table.getByRole('row').filter({ hasText: 'Stelios' })).toContainText('self-reported');
    await expect(hr.getByRole('region', { name: 'Summary' }).getByRole('definition').last()).toHaveText('1');

    // The signed completion changed with the record, so that they agree: what was signed has been altered.
    await hr.getByRole('button', { name: 'Clear' }).click();
    const forgedPath = join(dir, 'forged.json');
    const completedAt = signedFile.signature.completion.d;
    writeFileSync(
      forgedPath,
      JSON.stringify({
        ...signedFile,
        progress: { ...signedFile.progress, u: { n: 'Kovács Erzsébeth', e: 'HU-0042' } },
        signature: { ...signedFile.signature, completion: { ...signedFile.signature.completion, n: 'Kovács Erzsébeth', i: certificateId('moments-of-truth', 'Kovács Erzsébeth', completedAt) } },
      }),
    );
    await hr.getByLabel('Choose files').setInputFiles(forgedPath);
    await expect(table.getByRole('row').filter({ hasText: 'HU-0042' })).toContainText('signature invalid: what was signed has been altered');
    const download = hr.waitForEvent('download');
    await hr.getByRole('button', { name: 'Download CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf-8').split('\r\n');
    expect(csv[0]).toMatch(/,Record check,Signature$/);
    expect(csv[1]).toMatch(/,consistent,signature invalid: what was signed has been altered$/);
    await hr.close();

    // Another browser: the backup with a wrong password fails; with the right one, the same key is back.
    const other = await browser.newPage();
    await signingPart(other);
    const backupPath = join(dir, backup.name);
    writeFileSync(backupPath, backup.text);
    await other.getByLabel('Backup file of your signing key').setInputFiles(backupPath);
    await other.getByLabel('The backup’s password').fill('not the password');
    await other.getByRole('button', { name: 'Restore the key' }).click();
    await expect(other.getByRole('alert')).toContainText('The password does not open this backup.');
    await other.getByLabel('The backup’s password').fill(PASSWORD);
    await other.getByRole('button', { name: 'Restore the key' }).click();
    await expect(other.getByRole('heading', { name: 'Your signing key: Omar Haddad' })).toBeVisible();
    expect(await other.getByLabel('Your public key').inputValue()).toBe(publicKey);
    await other.close();
  });
});

test('a signed certificate shows a verification code and a QR code of its /verify/ address; /verify/ checks it offline, in every locale, and one changed character fails', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const { publicKey, signed } = await createKeyAndSign(page, learnerFile('Στέλιος Θεοδωρίδης', 'GR-12'));
  const signedPath = join(dir, 'stelios-signed.json');
  writeFileSync(signedPath, signed.text);

  // The learner imports the signed file; the certificate now carries the code and the QR code.
  const learner = await (await browser.newContext()).newPage();
  await learner.goto('/progress/');
  await hydrated(learner);
  const input = learner.getByLabel('Import a progress file');
  await input.scrollIntoViewIfNeeded();
  await expect(input).toBeEnabled();
  await input.setInputFiles(signedPath);
  await learner.getByRole('button', { name: 'Import and merge' }).click();
  await learner.goto('/certificate/');
  await hydrated(learner);
  const certificate = learner.getByRole('article');
  await expect(certificate).toContainText('Signed by the trainer Omar Haddad.');
  const qr = certificate.getByRole('img', { name: 'QR code: the address that checks this certificate' });
  await expect(qr.locator('svg')).toBeVisible();
  const link = await certificate.getByRole('link').getAttribute('href');
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/verify\/#[A-Za-z0-9_-]+$/);
  // The QR code decodes to the same address.
  const pixels = await qr.evaluate(async (box) => {
    const image = new Image();
    image.src = `data:image/svg+xml,${encodeURIComponent(box.querySelector('svg')!.outerHTML)}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 600;
    canvas.height = 600;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, 600, 600);
    context.drawImage(image, 0, 0, 600, 600);
    return Array.from(context.getImageData(0, 0, 600, 600).data);
  });
  expect(jsQR(Uint8ClampedArray.from(pixels), 600, 600)?.data).toBe(link);
  const axeCertificate = await new AxeBuilder({ page: learner }).withTags(AXE_TAGS).analyze();
  expect(axeCertificate.violations.map((violation) => violation.id)).toEqual([]);

  // The verify page, offline: this build trusts no key, so the code is from an unknown signer until the key is added.
  const code = link!.split('#')[1]!;
  await learner.goto('/verify/');
  await hydrated(learner);
  await learner.context().setOffline(true);
  await learner.evaluate((hash) => (window.location.hash = hash), code);
  const result = learner.getByRole('region', { name: 'Not verified' });
  await expect(result).toContainText('signed with a key this site does not trust');
  await expect(result).toContainText('What the code claims (not proven):');
  await learner.getByText('Trainers’ keys this site trusts (0)').click();
  await learner.getByLabel('Also trust these keys').fill(`Omar Haddad ${publicKey}`);
  await learner.getByRole('button', { name: 'Check the code' }).click();
  const good = learner.getByRole('region', { name: 'Verified: signed by Omar Haddad' });
  await expect(good.getByRole('heading', { name: 'Verified: signed by Omar Haddad' })).toBeFocused();
  await expect(good.getByRole('definition')).toContainText(['Στέλιος Θεοδωρίδης', 'GR-12', 'moments-of-truth 1', 'November 22, 2026', '95%', /^MOT-/]);
  const axeVerify = await new AxeBuilder({ page: learner }).withTags(AXE_TAGS).analyze();
  expect(axeVerify.violations.map((violation) => violation.id)).toEqual([]);

  // One character changed, anywhere in the code: not verified.
  for (const at of [5, Math.floor(code.length / 2), code.length - 3]) {
    const changed = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    await learner.getByLabel('Verification code').fill(changed);
    await learner.getByRole('button', { name: 'Check the code' }).click();
    await expect(learner.getByRole('heading', { level: 2, name: 'Not verified' })).toBeVisible();
  }
  // One character of what was signed changed, the code re-encoded: the signature fails.
  const record = JSON.parse(Buffer.from(code, 'base64url').toString('utf-8'));
  const altered = Buffer.from(JSON.stringify({ ...record, completion: { ...record.completion, n: 'Στέλιος Θεοδωρίδηc' } })).toString('base64url');
  await learner.getByLabel('Verification code').fill(altered);
  await learner.getByRole('button', { name: 'Check the code' }).click();
  const alteredResult = learner.getByRole('region', { name: 'Not verified' });
  await expect(alteredResult).toContainText('what was signed has been altered');
  await expect(alteredResult.getByRole('definition').first()).toHaveText('Στέλιος Θεοδωρίδηc');
  await learner.context().setOffline(false);

  // In Arabic too.
  await learner.goto(`/ar/verify/#${code}`);
  await hydrated(learner);
  await expect(learner.getByRole('heading', { level: 2, name: 'غير موثّقة' })).toBeVisible();
  await expect(learner.getByText('وُقِّع بمفتاح لا يثق به هذا الموقع')).toBeVisible();
  await learner.context().close();
});

test('in a workshop on the learner’s own device, the trainer signs the progress this browser keeps; the certificate shows the code and the next export carries it', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/progress/');
  await hydrated(page);
  const input = page.getByLabel('Import a progress file');
  await input.scrollIntoViewIfNeeded();
  await expect(input).toBeEnabled();
  await input.setInputFiles(learnerFile('Алексей Смирнов', 'RU-5'));
  await page.getByRole('button', { name: 'Import and merge' }).click();

  await signingPart(page);
  await page.getByLabel('Your name, as HR will see it').fill('Omar Haddad');
  await page.getByLabel('Password for the backup').fill(PASSWORD);
  await page.getByLabel('The same password again').fill(PASSWORD);
  await downloadOf(page, () => page.getByRole('button', { name: 'Create the key and download its backup' }).click());
  await page.getByRole('button', { name: 'Or open the progress kept in this browser (the learner’s own device)' }).click();
  const summary = page.getByRole('region', { name: 'What this browser’s progress says' });
  await expect(summary.getByRole('definition').first()).toHaveText('Алексей Смирнов');
  await summary.getByRole('button', { name: 'Sign this completion in this browser' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Signed: the completion of Алексей Смирнов, kept in this browser.' })).toBeVisible();

  await page.goto('/certificate/');
  await hydrated(page);
  await expect(page.getByRole('article')).toContainText('Signed by the trainer Omar Haddad.');
  await page.goto('/progress/');
  await hydrated(page);
  const button = page.getByRole('button', { name: 'Download my progress' });
  await button.scrollIntoViewIfNeeded();
  await expect(button).toBeEnabled();
  const exported = JSON.parse((await downloadOf(page, () => button.click())).text);
  expect(exported.signature).toMatchObject({ signer: 'Omar Haddad', completion: { n: 'Алексей Смирнов', e: 'RU-5' } });
});
