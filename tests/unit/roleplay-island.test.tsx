// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import en from '../../content/ui/en.json';
import type { Scenario } from '../../src/lib/roleplay/types';
import { FakeStorage } from './fake-storage';

const scenario: Scenario = { ...(parse(readFileSync('content/roleplays/en/angry-caller.yaml', 'utf-8')) as Omit<Scenario, 'id'>), id: 'angry-caller' };
const lessons = {
  'handling-complaints': { title: 'Handling a complaint', href: '/lessons/handling-complaints/' },
  'complaint-mistakes': { title: 'Mistakes to avoid with complaints', href: '/lessons/complaint-mistakes/' },
};
let backing: FakeStorage;

beforeEach(() => {
  backing = new FakeStorage();
  Object.defineProperty(window, 'localStorage', { configurable: true, get: () => backing });
  vi.resetModules();
});
afterEach(cleanup);

async function mount() {
  const RolePlay = (await import('../../src/islands/RolePlay')).default;
  return render(<RolePlay scenario={scenario} lessons={lessons} sources={{ '001_a33365374561fff3.txt': 'Facing complaints (001)' }} strings={en} />);
}

describe('RolePlay', () => {
  it('plays to the worst ending by keyboard, moving focus to each new set of replies, with a meter and its text', async () => {
    const user = userEvent.setup();
    await mount();
    expect(screen.getByText(/This is the second time my order is late!/)).toBeTruthy();
    expect(screen.getByLabelText('Trust').getAttribute('aria-valuetext')).toBe('Trust: 30 out of 100');
    const accuse = await screen.findByRole('button', { name: /If you had chosen express delivery/ });
    await waitFor(() => expect((accuse as HTMLButtonElement).disabled).toBe(false));
    accuse.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/You have every right to be upset/));
    expect(screen.getByLabelText('Trust').getAttribute('aria-valuetext')).toBe('Trust: 5 out of 100');
    await user.tab();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Customer lost'));
    expect(screen.getAllByText(/Principle broken:/)).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Mistakes to avoid with complaints' }).getAttribute('href')).toBe('/lessons/complaint-mistakes/#the-five-mistakes');
    await waitFor(() => expect(JSON.parse(backing.getItem('mot:progress@1')!).r['angry-caller']).toEqual({ p: [1, 1], b: 0 }));
  });

  it('resumes a stored conversation and replays from the start', async () => {
    backing.setItem('mot:progress@1', JSON.stringify({ v: 1, l: {}, r: { 'angry-caller': { p: [0, 0] } } }));
    const user = userEvent.setup();
    await mount();
    const transcript = screen.getByRole('list', { name: 'Conversation so far' });
    await waitFor(() => expect(within(transcript).getByText('So what are you going to do about it?')).toBeTruthy());
    expect(screen.getAllByText(/^You:$/)).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: /^I apologise for this/ }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Customer won back' })).toBeTruthy());
    expect(screen.getAllByText(/Principle practised:/)).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Play again from the start' }));
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^\(Let him finish\.\)/));
    expect(screen.getByText('Your best outcome so far: Customer won back.')).toBeTruthy();
  });

  it('starts again when a stored path no longer fits the scenario', async () => {
    backing.setItem('mot:progress@1', JSON.stringify({ v: 1, l: {}, r: { 'angry-caller': { p: [3, 3] } } }));
    await mount();
    await waitFor(() => expect(screen.getAllByRole('button').length).toBe(3));
    expect(screen.queryByText(/^You:$/)).toBeNull();
  });
});
