// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { headingIds } from './src/lib/content/heading-id-plugin.ts';

/** @type {(warning: { code?: string }, warn: (warning: any) => void) => void} */
const quietDirectives = (warning, warn) => {
  if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
};

export default defineConfig({
  // Directory-style URLs (/lessons/moments-of-truth/) work on any static host.
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // `## Heading {/* #id */}`: an id written by the author, shared by every translation of the lesson.
  // No code in the course: no syntax highlighting (Shiki's inline styles would need 'unsafe-inline' under the CSP).
  markdown: { processor: satteri({ hastPlugins: [headingIds] }), syntaxHighlight: false },
  integrations: [mdx(), preact()],
  devToolbar: { enabled: false },
  // A Content Security Policy meta tag on every page (built pages only: Astro leaves dev mode alone).
  // Astro hashes every script and style it bundles or inlines, islands included; the few is:inline
  // scripts add their own hashes (src/components/InlineScript.astro). No 'unsafe-inline' anywhere.
  // A meta tag cannot carry frame-ancestors (LMSs frame the SCORM package) nor report-to:
  // README.md lists the headers to set on a real host.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Search runs Pagefind's WebAssembly: 'wasm-unsafe-eval' allows compiling it, and nothing like eval().
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    // MDX content modules carry Astro's "use astro:head-inject" directive, which the bundler warns about
    // once per lesson (harmless): silenced, so a build's one real problem is easy to find.
    plugins: [
      { name: 'quiet-directives', configEnvironment: () => ({ build: { rolldownOptions: { onwarn: quietDirectives } } }) },
      // Vite wraps every dynamic import in its preload helper and a list of the chunks to preload (0.8 KB gzipped
      // and more, on every page with an island, because the progress store and the storage notice load code on
      // demand), whatever build.modulePreload says. Ours need none of it: no lazily loaded chunk brings CSS (the build
      // fails if one does), and the chunks behind them are few and cached by the service worker. So the helper just
      // calls the import, and the lists go; what would have been preloaded loads as imports do (issue 17).
      {
        name: 'plain-dynamic-imports',
        enforce: 'pre',
        applyToEnvironment: (environment) => environment.name === 'client',
        resolveId: { filter: { id: /^\0?vite\/preload-helper(\.js)?$/ }, handler: (id) => (id.startsWith('\0') ? id : `\0${id}`) },
        load: { filter: { id: /^\0vite\/preload-helper(\.js)?$/ }, handler: () => 'export const __vitePreload = (load) => load();' },
        generateBundle: {
          order: 'post',
          handler(_options, bundle) {
            for (const chunk of Object.values(bundle)) {
              if (chunk.type !== 'chunk' || !chunk.code.includes('__vite__mapDeps')) continue;
              const list = chunk.code.match(/^const __vite__mapDeps=.*\n/);
              if (!list || list[0].includes('.css')) this.error(`${chunk.fileName}: a dynamic import that needs CSS or an unknown preload list (see plain-dynamic-imports)`);
              chunk.code = chunk.code.replace(list[0], '').replaceAll(/__vite__mapDeps\(\[[\d,]*\]\)/g, 'void 0');
              if (chunk.code.includes('__vite__mapDeps')) this.error(`${chunk.fileName}: a preload list was left behind (see plain-dynamic-imports)`);
            }
          },
        },
      },
    ],
    // The server-side bundle (pages rendered at build time, never shipped) is large by nature; what the
    // browser loads has its own budget, per page (npm run size), far below this.
    build: { chunkSizeWarningLimit: 8192 },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // Quiz code gets a chunk of its own, so pages load it only with a quiz:
              // otherwise the bundler merges it into the chunk every page loads,
              // because several islands share it. A group takes its dependencies
              // along, so Preact and the progress store are grouped first.
              codeSplitting: {
                groups: [
                  { name: 'preact', test: /node_modules[\\/]preact[\\/]/, priority: 3 },
                  {
                    name: 'progress',
                    test: /node_modules[\\/]nanostores[\\/](atom|clean-stores|index)|src[\\/](stores[\\/]progress|lib[\\/]progress[\\/](document|rules|backups)|lib[\\/]safe-storage|lib[\\/]ui-strings|islands[\\/]use-(hydrated|store))/,
                    priority: 2,
                  },
                  // The validator (valibot and the progress schema): loaded once there is stored progress to read (src/stores/progress.ts).
                  { name: 'validator', test: /src[\\/]lib[\\/](progress[\\/](schema|codec|migrate)|friendly-errors)/, priority: 2 },
                  { name: 'quiz', test: /src[\\/]((lib|islands)[\\/]quiz[\\/]|stores[\\/]quiz|lib[\\/]progress[\\/]quiz)/, priority: 1 },
                  // What the course asks for, and the next step (lesson, check, final, certificate) at every end of the journey.
                  { name: 'completion', test: /src[\\/]lib[\\/]progress[\\/]completion/, priority: 1 },
                  { name: 'next-step', test: /src[\\/](lib[\\/]progress[\\/]next-step|islands[\\/]NextStepLink)/, priority: 1 },
                  { name: 'journey', test: /src[\\/](lib[\\/]progress[\\/](merge|file)|stores[\\/]journey)/, priority: 1 },
                  { name: 'trainer', test: /src[\\/](stores[\\/]trainer|lib[\\/]trainer[\\/](plan|agenda))/, priority: 1 },
                  { name: 'roleplay', test: /src[\\/]((lib|islands)[\\/]roleplay[\\/]|stores[\\/]roleplay|lib[\\/]progress[\\/]roleplay)/, priority: 1 },
                ],
              },
            },
          },
        },
      },
    },
  },
});
