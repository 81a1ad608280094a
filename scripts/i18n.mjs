/**
 * npm run i18n:status   per locale: what is translated, missing, out of date, unstamped, obsolete.
 * npm run i18n:stamp    writes `translatedFrom:` (the original's fingerprint) into every
 *                       unstamped translation that is structurally equal to its original;
 *                       `-- --refresh` also re-stamps out-of-date ones (after updating them).
 * The content code is TypeScript: it is loaded through Vite, as Astro loads it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';

const [command, ...flags] = process.argv.slice(2);
if (command !== 'status' && command !== 'stamp') {
  console.error('usage: node scripts/i18n.mjs status | stamp [--refresh]');
  process.exit(2);
}
const server = await createServer({ server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'silent', optimizeDeps: { noDiscovery: true, include: [] } });
try {
  const { translationInventory } = await server.ssrLoadModule('/src/loaders/translations.ts');
  const { formatStatus } = await server.ssrLoadModule('/src/lib/i18n/status.ts');
  const stamp = await server.ssrLoadModule('/src/lib/i18n/stamp.ts');
  const { items, locales } = translationInventory();
  const contradicting = items.filter((item) => item.state !== 'missing' && item.state !== 'obsolete' && item.state !== 'outOfDate' && item.problems.length > 0);
  if (command === 'status') {
    console.log('# Translation status\n');
    console.log(formatStatus(items, locales));
    if (contradicting.length > 0) {
      console.log('Contradicting their original (the build fails until fixed):');
      for (const item of contradicting) console.log(`  - ${item.file} ${item.id}: ${item.problems.join('; ')}`);
    }
  } else {
    const refresh = flags.includes('--refresh');
    const wanted = items.filter((item) => (item.state === 'unstamped' || (refresh && item.state === 'outOfDate')) && item.problems.length === 0);
    const texts = new Map();
    for (const item of wanted) {
      const text = texts.get(item.file) ?? readFileSync(item.file, 'utf-8');
      const id = item.kind === 'question' ? item.id.split('/').slice(1).join('/') : item.id;
      texts.set(item.file, item.kind === 'lesson' ? stamp.stampFrontmatter(text, item.hash) : item.kind === 'roleplay' ? stamp.stampTopLevel(text, item.hash) : stamp.stampListItem(text, id, item.hash));
    }
    for (const [file, text] of texts) writeFileSync(file, text);
    console.log(`Stamped ${wanted.length} item(s) in ${texts.size} file(s).`);
    const skipped = items.filter((item) => (item.state === 'unstamped' || (refresh && item.state === 'outOfDate')) && item.problems.length > 0);
    for (const item of skipped) console.log(`Not stamped, contradicts its original: ${item.file} ${item.id}: ${item.problems.join('; ')}`);
    if (skipped.length > 0) process.exitCode = 1;
  }
} finally {
  await server.close();
}
