// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import en from '../../content/ui/en.json';
import { replyOrders } from '../../src/lib/roleplay/order';
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

/** The replies' texts in the order the island should show them at `node`. */
const shown = (node: string) => replyOrders(scenario)[node]!.map((index) => scenario.nodes[node]!.choices[index]!.text);
const buttons = () => screen.getAllByRole('button').map((button) => button.textContent);
const live = () => document.querySelector('[aria-live]')!.textContent;

async function mount() {
  const RolePlay = (await import('../../src/islands/RolePlay')).default;
  return render(<RolePlay scenario={scenario} orders={replyOrders(scenario)} lessons={lessons} sources={{ '001_a33365374561fff3.txt': 'Facing complaints (001)' }} strings={en} />);
}

describe('RolePlay', () => {
  it('plays to the worst ending by keyboard: focus moves to the customer\'s new line, one announcement says what the reply did and what comes next, Tab reaches the replies', async () => {
    const user = userEvent.setup();
    const { container } = await mount();
    expect(screen.getByText(/This is the second time my order is late!/)).toBeTruthy();
    // The meter says its name once: the label names it, the text beside it gives the value.
    expect(screen.getByLabelText('Trust').tagName).toBe('METER');
    expect(screen.getByLabelText('Trust').hasAttribute('aria-valuetext')).toBe(false);
    expect(container.querySelector('.roleplay__meter')!.textContent).toBe('Trust30 out of 100');
    expect(live()).toBe('');
    const accuse = await screen.findByRole('button', { name: /If you had chosen express delivery/ });
    await waitFor(() => expect((accuse as HTMLButtonElement).disabled).toBe(false));
    accuse.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Mr Haddad: Unbelievable. Put me through to your manager, or I'm cancelling everything."));
    expect(document.activeElement?.getAttribute('tabindex')).toBe('-1');
    expect(live()).toBe("He is furious. Now it is his fault. Trust -25, now 5 out of 100. Mr Haddad: Unbelievable. Put me through to your manager, or I'm cancelling everything.");
    expect(container.querySelector('.roleplay__meter')!.textContent).toBe('Trust5 out of 100');
    await user.tab();
    expect(document.activeElement?.textContent).toBe(shown('escalated')[0]);
    while (document.activeElement?.textContent !== "There's no need to shout at me.") await user.tab();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Customer lost'));
    expect(live()).toBe('He hangs up. Trust -25, now 0 out of 100. Customer lost');
    // The title says the outcome already: it is not repeated under it.
    const ending = screen.getByRole('region', { name: 'Customer lost' });
    expect(within(ending).getAllByText(/Customer lost/)).toHaveLength(1);
    expect(within(ending).getByText('Trust: 0 out of 100')).toBeTruthy();
    expect(screen.getAllByText(/Principle broken:/)).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Mistakes to avoid with complaints' }).getAttribute('href')).toBe('/lessons/complaint-mistakes/#the-five-mistakes');
    await waitFor(() => expect(JSON.parse(backing.getItem('mot:progress@1')!).r['angry-caller']).toEqual({ p: [1, 1], b: 0 }));
  });

  it('shows the replies in their seeded order, not the authored one, and stores the authored index of the one chosen', async () => {
    const user = userEvent.setup();
    await mount();
    await waitFor(() => expect((screen.getAllByRole('button')[0] as HTMLButtonElement).disabled).toBe(false));
    expect(buttons()).toEqual(shown('opening'));
    expect(buttons()[0]).not.toBe(scenario.nodes.opening!.choices[0]!.text);
    await user.click(screen.getAllByRole('button')[0]!);
    const authored = replyOrders(scenario).opening![0]!;
    await waitFor(() => expect(JSON.parse(backing.getItem('mot:progress@1')!).r['angry-caller']).toEqual({ p: [authored] }));
    const next = scenario.nodes.opening!.choices[authored]!.next;
    await waitFor(() => expect(buttons()).toEqual(shown(next)));
  });

  it('names the outcome under an ending title that does not say it', async () => {
    backing.setItem('mot:progress@1', JSON.stringify({ v: 2, l: {}, r: { 'angry-caller': { p: [0, 0, 1] } } }));
    await mount();
    const ending = await screen.findByRole('region', { name: 'The customer stays, for now' });
    expect(within(ending).getByText('Neutral')).toBeTruthy();
    expect(live()).toBe("He does not quite believe you, but he lets it go. Trust -5, now 55 out of 100. The customer stays, for now");
  });

  it('resumes a stored conversation and replays from the start', async () => {
    backing.setItem('mot:progress@1', JSON.stringify({ v: 2, l: {}, r: { 'angry-caller': { p: [0, 0] } } }));
    const user = userEvent.setup();
    await mount();
    const transcript = screen.getByRole('list', { name: 'Conversation so far' });
    await waitFor(() => expect(within(transcript).getByText('So what are you going to do about it?')).toBeTruthy());
    expect(screen.getAllByText(/^You:$/)).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: /^I apologise for this/ }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Customer won back' })).toBeTruthy());
    expect(screen.getAllByText(/Principle practised:/)).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Play again from the start' }));
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^Mr Haddad: This is the second time/));
    expect(live()).toBe('');
    expect(screen.getByText('Your best outcome so far: Customer won back.')).toBeTruthy();
  });

  it('starts again when a stored path no longer fits the scenario', async () => {
    backing.setItem('mot:progress@1', JSON.stringify({ v: 2, l: {}, r: { 'angry-caller': { p: [3, 3] } } }));
    await mount();
    await waitFor(() => expect(screen.getAllByRole('button').length).toBe(3));
    expect(screen.queryByText(/^You:$/)).toBeNull();
  });
});
