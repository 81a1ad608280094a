/**
 * A lesson page's "On this page" list and "continue where you left off",
 * without a framework: the server renders both (the list in its own column,
 * the prompt hidden, or shown before the first paint by LESSON_PLACE_PRE_PAINT
 * when this browser keeps a place), and this script
 * - marks the list's link of the section being read (aria-current), the last
 *   section whose heading has passed the top 30% of the window;
 * - keeps that section as the learner's place when it changes by reading
 *   (not at load: a learner who comes back at the top of the lesson has not
 *   left their place yet), through src/stores/place.ts;
 * - shows the prompt from the validated progress (the pre-paint guess is only
 *   a guess: storage is not validated there), and hides it when dismissed.
 */
import { onProgressReady } from '../stores/progress';
import { keepLessonPlace, lessonPlace } from '../stores/place';

function start(nav: HTMLElement, prompt: HTMLElement): void {
  const slug = prompt.dataset.lesson ?? '';
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const headings = links.map((link) => document.getElementById(link.hash.slice(1)));
  let current = -1;
  /** Whether the first reading of the positions (at load) is done, and the stored place read: only changes after both are kept. */
  let seen = false;
  let ready = false;

  const mark = () => {
    const line = innerHeight * 0.3;
    let index = -1;
    headings.forEach((heading, at) => {
      if (heading && heading.getBoundingClientRect().top < line) index = at;
    });
    if (index === current) return;
    links[current]?.removeAttribute('aria-current');
    links[index]?.setAttribute('aria-current', 'true');
    current = index;
    if (seen && ready) keepLessonPlace(slug, index, links.length);
  };
  // The root reaches far above the window and down to its top 30%: a heading changes state when it
  // crosses that line, however fast the page scrolls, and only then can the current section change.
  const observer = new IntersectionObserver(
    () => {
      mark();
      seen = true;
    },
    { rootMargin: '100000px 0px -70% 0px' },
  );
  for (const heading of headings) if (heading) observer.observe(heading);

  const link = prompt.querySelector('a');
  const section = prompt.querySelector('.continue__section');
  onProgressReady(() => {
    const place = location.hash ? undefined : lessonPlace(slug, links.length);
    const target = place === undefined ? undefined : links[place];
    if (target && link && section) {
      link.href = target.hash;
      section.textContent = target.textContent;
    }
    prompt.hidden = !target;
    ready = true;
  });
  prompt.querySelector('button')?.addEventListener('click', () => {
    prompt.hidden = true;
    // The button is gone: focus goes on to the lesson's title, where reading starts.
    const title = document.getElementById('lesson-title');
    if (title) {
      title.tabIndex = -1;
      title.focus();
    }
  });
}

const nav = document.getElementById('on-this-page');
const prompt = document.getElementById('lesson-continue');
if (nav && prompt) start(nav, prompt);
