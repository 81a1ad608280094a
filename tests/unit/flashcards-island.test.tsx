// @vitest-environment happy-dom
/** The flashcards island (src/islands/Flashcards.tsx): the list until progress is ready, then one card at a time. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import en from '../../content/ui/en.json';
import ar from '../../content/ui/ar.json';
import type { UiStrings } from '../../src/lib/ui-strings';
import { FakeStorage } from './fake-storage';

const KEY = 'mot:progress@1';
const cards = [
  { id: 'moment-of-truth', term: 'Moment of truth', definition: 'Any contact that leaves an impression.', lessons: ['one'] },
  { id: 'service-spirit', term: 'Service spirit', definition: 'Serving well because it is right.', lessons: ['two', 'three'] },
  { id: 'servility', term: 'Servility', definition: 'Bowing to the customer.', lessons: ['two'] },
  { id: 'front-line', term: 'Front line', definition: 'The staff who meet customers.', lessons: ['one'] },
];
const lessons = [
  { slug: 'one', title: 'Moments of truth', href: '/lessons/one/' },
  { slug: 'two', title: 'What kills service', href: '/lessons/two/' },
  { slug: 'three', title: 'Team spirit', href: '/lessons/three/' },
];
let backing: FakeStorage;

async function show(search = '', strings: UiStrings = en) {
  window.history.replaceState(null, '', `/flashcards/${search}`);
  vi.resetModules();
  const Flashcards = (await import('../../src/islands/Flashcards')).default;
  const user = userEvent.setup();
  render(<Flashcards cards={cards} lessons={lessons} allHref="/flashcards/" strings={strings} />);
  return user;
}
const stored = () => JSON.parse(backing.getItem(KEY) ?? '{}').g;
const card = () => screen.getByRole('button', { name: 'Turn the card over' });
const term = () => document.getElementById('flashcard-term')?.textContent;
const status = () => screen.getByRole('status').textContent;

beforeEach(() => {
  backing = new FakeStorage();
  Object.defineProperty(window, 'localStorage', { configurable: true, get: () => backing });
  document.documentElement.removeAttribute('dir');
});
afterEach(cleanup);

describe('Flashcards', () => {
  it('shows every term with its definition and lessons until progress is ready, then deals the cards to review first', async () => {
    backing.setItem(KEY, JSON.stringify({ v: 2, l: {}, g: { 'moment-of-truth': 1, servility: 0 } }));
    await show();
    // Stored progress waits for the validator: meanwhile the list, as the server (and a browser without JavaScript) shows it.
    const entry = screen.getByText('Service spirit', { selector: 'dt' }).closest('div')!;
    expect(within(entry).getByText('Serving well because it is right.')).toBeTruthy();
    expect(within(entry).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/lessons/two/', '/lessons/three/']);
    expect(screen.queryByRole('button')).toBeNull();

    await waitFor(() => expect(card()).toBeTruthy());
    expect(screen.getByRole('heading', { name: "All the course's terms" })).toBeTruthy();
    expect(screen.getByText('4 cards')).toBeTruthy();
    expect(screen.getByText('To review: 1 · Known: 1 · Not answered yet: 2')).toBeTruthy();
    expect(screen.getByText('Card 1 of 4')).toBeTruthy();
    // Review, then new (glossary order), then known.
    const order: string[] = [];
    const user = userEvent.setup();
    for (let index = 0; index < 4; index += 1) {
      order.push(term()!);
      await user.click(screen.getByRole('button', { name: 'Next card' }));
    }
    expect(order).toEqual(['Servility', 'Service spirit', 'Front line', 'Moment of truth']);
  });

  it('turns the card over with Space, saves "review again", moves on with focus on the next card, and says so', async () => {
    const user = await show('?lesson=one');
    await waitFor(() => expect(card()).toBeTruthy());
    expect(screen.getByRole('heading', { name: 'Moments of truth' })).toBeTruthy();
    expect(screen.getByText(/^2 cards ·/)).toBeTruthy();
    expect(screen.getByRole('link', { name: "Practise all the course's terms" }).getAttribute('href')).toBe('/flashcards/');
    expect(term()).toBe('Moment of truth');
    expect(card().getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('Any contact that leaves an impression.').closest('[hidden]')).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Review again' })).toBeNull();

    card().focus();
    await user.keyboard(' ');
    expect(card().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Any contact that leaves an impression.').closest('[hidden]')).toBeNull();
    expect(screen.getByRole('link', { name: 'Moments of truth' }).getAttribute('href')).toBe('/lessons/one/');
    const answer = screen.getByRole('group', { name: 'Did you know it?' });
    await user.click(within(answer).getByRole('button', { name: 'Review again' }));

    await waitFor(() => expect(stored()).toEqual({ 'moment-of-truth': 0 }));
    expect(term()).toBe('Front line');
    expect(card().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(card());
    expect(status()).toBe('Saved: “Moment of truth” comes first next time. Card 2 of 2');
    expect(screen.getByText('To review: 1 · Known: 0 · Not answered yet: 1')).toBeTruthy();

    // The last card known: the end of the deck, focused; dealt again, the card to review comes first.
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'I knew it' }));
    await waitFor(() => expect(stored()).toEqual({ 'moment-of-truth': 0, 'front-line': 1 }));
    expect(document.activeElement?.textContent).toBe('You have been through the deck: 2 cards.');
    expect(status()).toBe('Saved: you knew “Front line”. You have been through the deck: 2 cards.');
    expect(screen.getByRole('button', { name: 'Next card' }).getAttribute('aria-disabled')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Go through the deck again' }));
    expect(term()).toBe('Moment of truth');
    expect(document.activeElement).toBe(card());
    expect(status()).toBe('Card 1 of 2');
  });

  it('moves with the arrow keys, and stays on Previous and Next when they are used', async () => {
    const user = await show();
    await waitFor(() => expect(card()).toBeTruthy());
    card().focus();
    await user.keyboard('{ArrowRight}');
    expect(term()).toBe('Service spirit');
    expect(status()).toBe('Card 2 of 4');
    await user.keyboard('{ArrowLeft}');
    expect(term()).toBe('Moment of truth');
    await user.keyboard('{ArrowLeft}');
    expect(term()).toBe('Moment of truth');
    // With a modifier the keys are the browser's.
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(term()).toBe('Moment of truth');
    // Turned over, then moved by arrow: the answers go with the card, focus goes to the new card.
    await user.keyboard(' ');
    screen.getByRole('button', { name: 'I knew it' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(card());
    expect(card().getAttribute('aria-expanded')).toBe('false');
    const next = screen.getByRole('button', { name: 'Next card' });
    await user.click(next);
    expect(document.activeElement).toBe(next);
    expect(term()).toBe('Servility');
    await user.click(screen.getByRole('button', { name: 'Previous card' }));
    await user.click(screen.getByRole('button', { name: 'Previous card' }));
    expect(screen.getByRole('button', { name: 'Previous card' }).getAttribute('aria-disabled')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Previous card' }));
    expect(term()).toBe('Moment of truth');
  });

  it('on a right-to-left page, the left arrow goes to the next card', async () => {
    document.documentElement.setAttribute('dir', 'rtl');
    const user = await show('', ar);
    await waitFor(() => expect(screen.getByRole('button', { name: 'اقلب البطاقة' })).toBeTruthy());
    screen.getByRole('button', { name: 'اقلب البطاقة' }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(term()).toBe('Service spirit');
    expect(status()).toBe('البطاقة 2 من 4');
    await user.keyboard('{ArrowRight}');
    expect(term()).toBe('Moment of truth');
  });

  it('deals every card, and says so, for a lesson it does not know', async () => {
    await show('?lesson=no-such-lesson');
    await waitFor(() => expect(card()).toBeTruthy());
    expect(screen.getByText("That lesson has no flashcards, so here are all the course's terms.")).toBeTruthy();
    expect(screen.getByRole('heading', { name: "All the course's terms" })).toBeTruthy();
    expect(screen.getByText('4 cards')).toBeTruthy();
    expect(screen.queryByRole('link', { name: "Practise all the course's terms" })).toBeNull();
  });
});
