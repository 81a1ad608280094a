/**
 * Site-absolute addresses made relative, for the SCORM packages.
 *
 * The website is built for the root of a host ("/lessons/x/"). An LMS serves
 * a package from a folder of its own (".../pluginfile.php/42/mod_scorm/content/1/"),
 * often from storage that does not turn a folder into its index.html. So in
 * every page, stylesheet and the module-preload helper, an address of a file
 * of the site becomes a path relative to the file that holds it, ending in
 * the file itself ("../../lessons/x/index.html").
 *
 * Only addresses of files that exist in the build are touched; the others are
 * reported, so a link the rewrite missed fails the packaging instead of
 * shipping a broken page. Imported by scripts/package.mjs (Node runs this
 * TypeScript directly): no imports here.
 */

/** The folders of `file` ("lessons/x/index.html" has two) as "../" steps; "./" at the root. */
export function upToRoot(file: string): string {
  const depth = file.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/**
 * The relative form of the site-absolute `address` as seen from `fromFile`,
 * or null when it names nothing in `files` (paths relative to the site root).
 */
export function relativeAddress(address: string, fromFile: string, files: ReadonlySet<string>): string | null {
  const match = /^\/(?!\/)([^?#]*)([?#].*)?$/.exec(address);
  if (!match) return null;
  const path = decodeURIComponent(match[1]!);
  const rest = match[2] ?? '';
  const folder = path === '' || path.endsWith('/') ? path : `${path}/`;
  let target: string;
  if (files.has(path)) target = path;
  else if (files.has(`${folder}index.html`)) target = `${folder}index.html`;
  else if ([...files].some((file) => file.startsWith(folder))) target = folder;
  else return null;
  return `${upToRoot(fromFile)}${encodeURI(target)}${rest}`;
}

export interface Rewritten {
  readonly text: string;
  /** Site-absolute addresses that name no file of the build. */
  readonly unresolved: readonly string[];
}

const ATTRIBUTES = /(\s(?:href|src|component-url|renderer-url|action|poster)=")(\/[^"]*)"/g;
const PROPS = /(\sprops=")([^"]*)"/g;
const QUOTED_IN_PROPS = /&quot;(\/[^&]*)&quot;/g;

/** Rewrites a page's attributes (and the addresses inside island props). */
export function rewriteHtml(html: string, file: string, files: ReadonlySet<string>): Rewritten {
  const unresolved: string[] = [];
  const resolve = (address: string) => {
    const relative = relativeAddress(address, file, files);
    if (relative === null) unresolved.push(address);
    return relative ?? address;
  };
  const text = html
    .replace(ATTRIBUTES, (_all, start: string, address: string) => `${start}${resolve(address.replaceAll('&amp;', '&')).replaceAll('&', '&amp;')}"`)
    .replace(PROPS, (_all, start: string, props: string) => `${start}${props.replace(QUOTED_IN_PROPS, (_q, address: string) => `&quot;${resolve(address)}&quot;`)}"`);
  return { text, unresolved };
}

/** Rewrites url(/…) in a stylesheet. */
export function rewriteCss(css: string, file: string, files: ReadonlySet<string>): Rewritten {
  const unresolved: string[] = [];
  const text = css.replace(/url\((["']?)(\/(?!\/)[^)"']*)\1\)/g, (all, quote: string, address: string) => {
    const relative = relativeAddress(address, file, files);
    if (relative === null) {
      unresolved.push(address);
      return all;
    }
    return `url(${quote}${relative}${quote})`;
  });
  return { text, unresolved };
}

/**
 * Vite's module-preload helper builds each address as "/" + path; in the
 * package it resolves the path against the helper's own address instead
 * (the helper sits in _astro/, one folder below the root). Null when the
 * helper does not have the expected form (a new Vite: update the pattern).
 */
export function rewritePreloadHelper(js: string): string | null {
  const pattern = /function\((\w+)\)\{return`\/`\+\1\}/;
  if (!pattern.test(js)) return null;
  return js.replace(pattern, (_all, name: string) => `function(${name}){return new URL(\`../\`+${name},import.meta.url).href}`);
}
