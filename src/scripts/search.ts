/**
 * The search page's few lines (src/pages/[...locale]/search.astro): Pagefind
 * is imported the first time a search is asked for (typing, the button, or
 * ?q= in the address), from the site's root relative to this page. Pagefind
 * reads the page's <html lang> and searches that language's index only.
 */
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  debouncedSearch: (query: string, options?: object, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));

export function startSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Record<'searching' | 'results' | 'none' | 'unavailable', string>;
  const root = new URL(form.dataset.root ?? '/', location.href);
  // In a SCORM package the files are served as they are: a folder's address needs its index.html.
  const filesOnly = location.pathname.endsWith('.html');
  let pagefind: Promise<Pagefind> | null = null;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ new URL('pagefind/pagefind.js', root).href).then(async (module: Pagefind) => {
      await module.options({ baseUrl: root.pathname, excerptLength: 24 });
      await module.init();
      return module;
    }));

  async function search(query: string) {
    const trimmed = query.trim();
    if (!trimmed) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = strings.searching;
    try {
      const found = await (await load()).debouncedSearch(trimmed, {}, 250);
      if (!found) return; // a newer search replaced this one
      const results = await Promise.all(found.results.slice(0, 20).map((result) => result.data()));
      list.replaceChildren(
        ...results.map((result) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.href = filesOnly && result.url.endsWith('/') ? `${result.url}index.html` : result.url;
          link.textContent = result.meta.title ?? result.url;
          const excerpt = document.createElement('p');
          // Pagefind's excerpt is the page's text, escaped, with <mark> around the words found.
          excerpt.innerHTML = result.excerpt;
          item.append(link, excerpt);
          return item;
        }),
      );
      status.textContent = fill(found.results.length ? strings.results : strings.none, { query: trimmed, count: found.results.length });
    } catch {
      pagefind = null;
      list.replaceChildren();
      status.textContent = strings.unavailable;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value.trim());
    history.replaceState(null, '', url);
    void search(input.value);
  });
  input.addEventListener('input', () => void search(input.value));
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void search(initial);
  }
}
