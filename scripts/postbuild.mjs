#!/usr/bin/env node
/**
 * After `astro build` (part of `npm run build`, so npm start, npm test and CI
 * all get it), on dist/:
 *
 * 1. Content Security Policy: every page carries one CSP meta tag (Astro's
 *    security.csp), and nothing in it would be blocked: each inline script and
 *    style has its hash, no style="" or onclick="" (src/lib/csp/check.ts).
 * 2. Search: Pagefind indexes what each page marks with data-pagefind-body
 *    (learner pages; Base.astro), one index per <html lang>, without
 *    facilitator notes or islands (quizzes with their answers), into dist/pagefind/.
 * 3. Install: a web app manifest per locale (name, direction, start URL, icons).
 * 4. Offline: a Workbox service worker per locale (dist/sw.js for the default
 *    locale, dist/ar/sw.js, ...) that precaches that locale's pages, the
 *    bundled scripts and styles, the fonts (woff2), the icons and the
 *    locale's search index. The certificate PDF code and its
 *    fonts (public/fonts/pdf, 1.5 MB) are cached only once used.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { createIndex, close } from 'pagefind';
import { generateSW } from 'workbox-build';
import { cspProblems } from '../src/lib/csp/check.ts';

const DIST = 'dist';
const course = parse(readFileSync('content/course.yaml', 'utf-8'));
const others = course.locales.filter((locale) => locale !== course.defaultLocale);
/** A locale's folder in dist/ ('' for the default locale), with a trailing slash. */
const folder = (locale) => (locale === course.defaultLocale ? '' : `${locale}/`);
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative(DIST, path).split('\\').join('/')];
  });
}

// 1. Content Security Policy
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('base64');
const problems = [];
const pages = files(DIST).filter((file) => file.endsWith('.html'));
for (const page of pages) {
  for (const problem of cspProblems(readFileSync(join(DIST, page), 'utf-8'), sha256)) problems.push(`${page}: ${problem}`);
}
if (problems.length) {
  console.error(`Content Security Policy problems (browsers would block these):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`postbuild: ${pages.length} pages, each with a Content Security Policy that allows all it runs`);

// 2. Search
const { index, errors } = await createIndex({ excludeSelectors: ['.facilitator', 'astro-island', '[data-pagefind-ignore]'] });
if (errors.length) throw new Error(errors.join('\n'));
const indexed = await index.addDirectory({ path: DIST });
if (indexed.errors.length) throw new Error(indexed.errors.join('\n'));
const written = await index.writeFiles({ outputPath: join(DIST, 'pagefind') });
if (written.errors.length) throw new Error(written.errors.join('\n'));
await close();
// The search page has a small interface of its own (src/scripts/search.ts): Pagefind's ready-made ones are not shipped.
for (const name of readdirSync(join(DIST, 'pagefind'))) {
  if (/^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/.test(name)) rmSync(join(DIST, 'pagefind', name));
}
console.log(`postbuild: search index of ${indexed.page_count} pages in dist/pagefind/`);

// 3. Install
for (const locale of course.locales) {
  const title = course.title[locale] ?? course.title[course.defaultLocale];
  const up = '../'.repeat(folder(locale).split('/').length - 1);
  const manifest = {
    id: './',
    name: title,
    short_name: title,
    lang: locale,
    dir: RTL.has(locale) ? 'rtl' : 'ltr',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#0b5c6b',
    icons: [
      { src: `${up}icons/icon-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: `${up}icons/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: `${up}icons/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  writeFileSync(join(DIST, folder(locale), 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);
}

// 4. Offline
const otherFolders = others.map((locale) => `${locale}/**`);
for (const locale of course.locales) {
  const here = folder(locale);
  const pagesHere = here === '' ? ['*.html', '**/*.html'] : [`${here}**/*.html`];
  const { count, size, warnings } = await generateSW({
    globDirectory: DIST,
    globPatterns: [
      ...pagesHere,
      `${here}manifest.webmanifest`,
      '_astro/*.{js,css}',
      // Every subset of the two fonts (520 KB): a page asks for the subsets its characters need
      // (symbols, a Russian source title), and offline it must find them all. Browsers that read
      // woff2 never ask for the .woff files.
      '_astro/*.woff2',
      'icons/*.png',
      'favicon.svg',
      // Search: Pagefind's script and worker, this locale's WebAssembly and metadata, and the (small) index and excerpt files.
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      `pagefind/wasm.${locale}.pagefind`,
      `pagefind/pagefind.${locale}_*.pf_meta`,
      'pagefind/index/*',
      'pagefind/fragment/*',
    ],
    globIgnores: [
      ...(here === '' ? otherFolders : []),
      'scorm/**',
      '404.html',
      // pdf-lib and fontkit: about 500 KB gzipped, for the certificate PDF only; cached when first used.
      '_astro/certificate-pdf.*.js',
    ],
    swDest: join(DIST, here, 'sw.js'),
    // Addresses from the site's root, whichever folder the worker is in.
    modifyURLPrefix: { '': '/' },
    cacheId: `mot-${locale}`,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    // The learner chooses when to switch to a new build ("A new version is ready, reload"):
    // until then the old worker serves the old files, never a mix.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // Bundled files carry their hash in their name.
    dontCacheBustURLsMatching: /\/_astro\//,
    // The presenter's notes window is the presenter page with ?notes; the search page takes ?q=; Pagefind asks for its entry file with ?ts=;
    // the flashcards page deals one lesson's terms with ?lesson=.
    ignoreURLParametersMatching: [/^notes$/, /^q$/, /^ts$/, /^lesson$/],
    maximumFileSizeToCacheInBytes: 1024 * 1024,
    runtimeCaching: [
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && (url.pathname.startsWith('/fonts/pdf/') || /\/_astro\/certificate-pdf\./.test(url.pathname)),
        handler: 'CacheFirst',
        options: { cacheName: `mot-${locale}-pdf` },
      },
    ],
  });
  warnings.forEach((warning) => console.warn(`postbuild: ${warning}`));
  console.log(`postbuild: ${here}sw.js precaches ${count} files (${(size / 1024 / 1024).toFixed(2)} MB) for ${locale}`);
}
