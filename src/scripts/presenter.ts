/**
 * The presenter view in the browser: turns the lesson on the page into slides
 * (the split itself is src/lib/trainer/slides.ts), moves between them by
 * keyboard, buttons or swipe, goes fullscreen, and keeps a notes window (the
 * same page opened with ?notes) on the same slide through a BroadcastChannel.
 * Everything is local: once loaded, no network is needed.
 */
import { isLeadIn, splitSlides, type Block, type Slide } from '../lib/trainer/slides';

/** "{name}" placeholders, as src/lib/ui-strings.ts fills them (not imported: it would bring the learner-progress chunk along). */
const interpolate = (template: string, values: Record<string, string | number> = {}) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));

function describe(element: Element): Block {
  const classes = element.classList;
  if (element.tagName === 'H2') return { kind: 'heading', title: element.textContent?.trim() ?? '', id: element.id };
  if (classes.contains('facilitator')) return { kind: 'notes' };
  if (classes.contains('stat')) return { kind: 'stat' };
  if (classes.contains('key-point') || classes.contains('disagree') || classes.contains('steps') || classes.contains('lesson-figure')) return { kind: 'big' };
  if (classes.contains('try-it') || classes.contains('takeaways')) {
    const heading = element.querySelector('h2');
    return { kind: 'part', title: heading?.textContent?.trim() ?? '', id: heading?.id ?? '' };
  }
  return element.tagName === 'P' && isLeadIn(element.textContent ?? '') ? { kind: 'text', leadIn: true } : { kind: 'text' };
}

/** Builds the slide elements in place of the lesson text; returns them with their part ids. */
function buildSlides(source: HTMLElement, openingTitle: string, continued: string): Array<{ element: HTMLElement; slide: Slide }> {
  const children = [...source.children] as HTMLElement[];
  const slides = splitSlides(children.map(describe), openingTitle);
  const built = slides.map((slide) => {
    const element = document.createElement('section');
    element.className = `slide slide--${slide.layout}`;
    if (source.lang) element.lang = source.lang;
    if (source.dir) element.dir = source.dir;
    if (slide.layout !== 'part') {
      const heading = !slide.continued && slide.section ? children.find((child) => child.tagName === 'H2' && child.id === slide.section) : undefined;
      const title = heading ?? document.createElement('h2');
      if (!heading) title.textContent = slide.continued ? `${slide.title} ${continued}` : slide.title;
      element.append(title);
    }
    for (const index of slide.blocks) element.append(children[index]!);
    return { element, slide };
  });
  source.replaceWith(...built.map(({ element }) => element));
  return built;
}

/** `text` from `slide`, marked with the slide's language when it differs from the page's. */
function inLanguageOf(slide: HTMLElement, text: string): HTMLElement | string {
  const lang = slide.closest<HTMLElement>('[lang]')?.lang;
  if (!lang || lang === document.documentElement.lang) return text;
  const span = document.createElement('span');
  span.lang = lang;
  span.dir = slide.closest<HTMLElement>('[dir]')?.dir || (lang === 'ar' ? 'rtl' : 'ltr');
  span.textContent = text;
  return span;
}

export function startDeck(): void {
  const found = document.querySelector<HTMLElement>('[data-deck]');
  if (!found) return;
  const deck: HTMLElement = found;
  const labels = JSON.parse(deck.dataset.labels ?? '{}') as Record<string, string>;
  const t = (key: string, values?: Record<string, string | number>) => interpolate(labels[key] ?? key, values);
  const source = deck.querySelector<HTMLElement>('[data-source]')!;
  const notes = source.querySelector<HTMLElement>('.facilitator');
  const timing = JSON.parse(notes?.dataset.timing ?? '{}') as Record<string, number>;
  const openingTitle = deck.querySelector('#deck-title')?.textContent ?? '';
  const lessonSlides = buildSlides(source, openingTitle, t('present.continued'));
  const slides = [...deck.querySelectorAll<HTMLElement>('[data-slides] > .slide')];
  const sectionOf = new Map(lessonSlides.map(({ element, slide }) => [element, slide.section]));
  // A slide's own heading, or its kicker ("Question 2 of 5") on a question slide, whose heading is the question.
  const titleOf = (slide: HTMLElement) => (slide.querySelector(':scope > h1, :scope > h2') ?? slide.querySelector('.slide__kicker'))?.textContent?.trim() ?? '';
  const rtl = document.documentElement.dir === 'rtl';
  const notesView = new URLSearchParams(location.search).has('notes');
  const counter = deck.querySelector<HTMLElement>('[data-counter]')!;
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(`mot-present-${deck.dataset.slug}`) : undefined;
  let current = 0;

  slides.forEach((slide, index) => {
    slide.setAttribute('aria-roledescription', t('present.slide'));
    slide.id ||= `slide-${index + 1}`;
  });
  deck.classList.add('deck--live');

  function show(index: number, tell = true) {
    current = Math.max(0, Math.min(slides.length - 1, index));
    slides.forEach((slide, position) => (slide.hidden = position !== current));
    // A glossary definition opened on the slide left behind closes with it.
    deck.querySelectorAll<HTMLElement>('.term__popover').forEach((popover) => popover.hidePopover?.());
    // "Slide 1 of 15: <title>", the title in its own language (an English lesson under /ar/ keeps its English title).
    const [before = '', after = ''] = t('present.counter', { number: current + 1, total: slides.length, title: '\u0000' }).split('\u0000');
    counter.replaceChildren(before, inLanguageOf(slides[current]!, titleOf(slides[current]!)), after);
    history.replaceState(null, '', `${location.pathname}${location.search}#slide-${current + 1}`);
    if (notesView) {
      const section = sectionOf.get(slides[current]!);
      deck.querySelector('[data-now]')!.replaceChildren(inLanguageOf(slides[current]!, titleOf(slides[current]!)));
      deck.querySelector('[data-now-minutes]')!.textContent = section && timing[section] ? t('present.minutes', { minutes: timing[section]! }) : '';
      deck.querySelector('[data-next]')!.replaceChildren(slides[current + 1] ? inLanguageOf(slides[current + 1]!, titleOf(slides[current + 1]!)) : t('present.none'));
    }
    if (tell) channel?.postMessage({ index: current });
  }

  channel?.addEventListener('message', (event: MessageEvent<{ index: number }>) => show(event.data.index, false));

  if (notesView) {
    deck.classList.add('deck--notes');
    deck.querySelector<HTMLElement>('[data-notes]')!.hidden = false;
    if (notes) deck.querySelector('[data-notes-body]')!.append(notes);
    const started = Date.now();
    const elapsed = deck.querySelector('[data-elapsed]')!;
    setInterval(() => {
      const seconds = Math.floor((Date.now() - started) / 1000);
      elapsed.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    }, 1000);
  }

  const next = () => show(current + 1);
  const previous = () => show(current - 1);
  deck.querySelector('[data-prev]')!.addEventListener('click', previous);
  deck.querySelector('[data-next-button]')!.addEventListener('click', next);
  const fullscreen = deck.querySelector<HTMLButtonElement>('[data-fullscreen]')!;
  const toggleFullscreen = () => void (document.fullscreenElement ? document.exitFullscreen() : deck.requestFullscreen?.());
  fullscreen.addEventListener('click', toggleFullscreen);
  document.addEventListener('fullscreenchange', () => {
    fullscreen.textContent = document.fullscreenElement ? t('present.exitFullscreen') : t('present.fullscreen');
  });
  deck.querySelector('[data-open-notes]')!.addEventListener('click', () => {
    window.open(`${location.pathname}?notes#slide-${current + 1}`, `mot-notes-${deck.dataset.slug}`, 'width=900,height=700');
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.altKey || event.ctrlKey || event.metaKey || target.closest('input, select, textarea')) return;
    // Space and Enter keep their meaning on buttons, links and "Reveal answer".
    if ((event.key === ' ' || event.key === 'Enter') && target.closest('button, a, summary')) return;
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const actions: Record<string, () => void> = {
      [forward]: next,
      [back]: previous,
      ArrowDown: next,
      ArrowUp: previous,
      PageDown: next,
      PageUp: previous,
      ' ': event.shiftKey ? previous : next,
      Home: () => show(0),
      End: () => show(slides.length - 1),
      f: toggleFullscreen,
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });

  let start: { x: number; y: number } | undefined;
  deck.addEventListener('pointerdown', (event) => (start = { x: event.clientX, y: event.clientY }));
  deck.addEventListener('pointerup', (event) => {
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    start = undefined;
    if (Math.abs(dx) < 60 || Math.abs(dx) < Math.abs(dy)) return;
    // Swiping towards the start edge moves forward, as a page turns.
    if (dx < 0 !== rtl) next();
    else previous();
  });

  const fromHash = Number(/^#slide-(\d+)$/.exec(location.hash)?.[1] ?? 1);
  show(fromHash - 1, false);
}
