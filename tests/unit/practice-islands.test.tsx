// @vitest-environment happy-dom
/** Role-play results where the learner looks: the course map and My progress show each role-play's best outcome beside its lesson. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import en from '../../content/ui/en.json';
import type { UiStrings } from '../../src/lib/ui-strings';
import { FakeStorage } from './fake-storage';

const KEY = 'mot:progress@1';
const strings: UiStrings = en;
const lessons = [
  { slug: 'one', href: '/lessons/one/', title: 'One', summary: 'First', minutes: 5 },
  { slug: 'two', href: '/lessons/two/', title: 'Two', summary: 'Second', minutes: 7 },
  { slug: 'three', href: '/lessons/three/', title: 'Three', summary: 'Third', minutes: 4 },
];
const journey = { checks: [], rules: { lessons: true, checks: false, final: false }, finalHref: '/final/', certificateHref: '/certificate/' };
const rolePlays = {
  one: [
    { id: 'angry-caller', lesson: 'one', title: 'The angry caller', href: '/roleplays/angry-caller/' },
    { id: 'late-salon', lesson: 'one', title: 'Twenty minutes late', href: '/roleplays/late-salon/', lang: 'en' },
  ],
  two: [{ id: 'coffee-regular', lesson: 'two', title: 'The coffee regular', href: '/roleplays/coffee-regular/' }],
};
// The angry caller won back (2), the coffee regular lost (0), the late salon under way with no ending yet.
const stored = '{"v":1,"l":{},"r":{"angry-caller":{"p":[0,1],"b":2},"coffee-regular":{"p":[],"b":0},"late-salon":{"p":[1]}}}';
let backing: FakeStorage;

async function fresh() {
  vi.resetModules();
  return {
    CourseMap: (await import('../../src/islands/CourseMap')).default,
    ProgressReport: (await import('../../src/islands/ProgressReport')).default,
  };
}

beforeEach(() => {
  backing = new FakeStorage();
  Object.defineProperty(window, 'localStorage', { configurable: true, get: () => backing });
});
afterEach(cleanup);

describe('CourseMap', () => {
  it('lists under each lesson the role-plays practising it, linked, each with its best outcome in words', async () => {
    backing.setItem(KEY, stored);
    const { CourseMap } = await fresh();
    render(<CourseMap lessons={lessons} journey={journey} rolePlays={rolePlays} strings={strings} />);
    const listOf = (lesson: string) => screen.getByText(lesson, { selector: 'a' }).closest('li')!;
    await waitFor(() => expect(within(listOf('One')).getByRole('list', { name: 'Role-plays' }).textContent).toContain('Customer won back'));
    const one = within(within(listOf('One')).getByRole('list', { name: 'Role-plays' }));
    expect(one.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['The angry caller Best outcome: Customer won back', 'Twenty minutes late Not played yet']);
    expect(one.getByRole('link', { name: 'The angry caller' }).getAttribute('href')).toBe('/roleplays/angry-caller/');
    expect(one.getByRole('link', { name: 'Twenty minutes late' }).getAttribute('lang')).toBe('en');
    expect(within(listOf('Two')).getByRole('listitem').textContent).toBe('The coffee regular Best outcome: Customer lost');
    // A lesson no role-play practises has no such list.
    expect(within(listOf('Three')).queryByRole('list')).toBeNull();
  });

  it('says "not played yet" until a role-play reaches an ending', async () => {
    const { CourseMap } = await fresh();
    render(<CourseMap lessons={lessons} journey={journey} rolePlays={rolePlays} strings={strings} />);
    await waitFor(() => expect(screen.getAllByText('Not played yet')).toHaveLength(3));
    expect(screen.queryByText(/Best outcome/)).toBeNull();
  });
});

describe('ProgressReport', () => {
  it('has a role-plays column with each role-play of the lesson and its best outcome', async () => {
    backing.setItem(KEY, stored.replace('"b":0', '"b":1'));
    const { ProgressReport } = await fresh();
    render(
      <ProgressReport
        locale="en"
        lessons={lessons}
        checks={[]}
        rolePlays={rolePlays}
        rules={{ lessons: true, checks: false, final: false }}
        finalHref="/final/"
        certificateHref="/certificate/"
        strings={strings}
      />,
    );
    expect(screen.getByRole('columnheader', { name: 'Role-plays' })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByRole('row')[2]!.textContent).toContain('The coffee regular Best outcome: Neutral'));
    const cells = (row: number) => within(screen.getAllByRole('row')[row]!).getAllByRole('cell');
    expect(cells(1).at(-1)!.textContent).toBe('The angry caller Best outcome: Customer won backTwenty minutes late Not played yet');
    expect(within(cells(1).at(-1)!).getByRole('link', { name: 'The angry caller' }).getAttribute('href')).toBe('/roleplays/angry-caller/');
    expect(cells(3).at(-1)!.textContent).toBe('');
  });
});
