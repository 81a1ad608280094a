// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ar from '../../content/ui/ar.json';
import en from '../../content/ui/en.json';
import type { UiStrings } from '../../src/lib/ui-strings';
import { FakeStorage } from './fake-storage';

const strings: UiStrings = en;
let backing: FakeStorage;

async function fresh() {
  vi.resetModules();
  return {
    WorkshopPlanner: (await import('../../src/islands/WorkshopPlanner')).default,
    TrainerMode: (await import('../../src/islands/TrainerMode')).default,
  };
}

const catalogue = {
  lessons: [
    { slug: 'one', title: 'One', minutes: 60, check: true },
    { slug: 'two', title: 'Two', minutes: 40, check: false },
  ],
  roleplays: [{ id: 'play', title: 'Play', lesson: 'two' }],
  checkMinutes: 10,
  rolePlayMinutes: 20,
};
const links = { presenter: { one: '/p/one', two: '/p/two' }, handout: { one: '/h/one', two: '/h/two' }, quiz: { one: '/q/one' }, answers: { one: '/a/one' }, cards: { play: '/c/play' } };

beforeEach(() => {
  backing = new FakeStorage();
  Object.defineProperty(window, 'localStorage', { configurable: true, get: () => backing });
  delete document.documentElement.dataset.trainer;
});
afterEach(cleanup);

describe('WorkshopPlanner', () => {
  it('adds up the chosen parts with a break, lists the materials, and saves the choice', async () => {
    const { WorkshopPlanner } = await fresh();
    render(<WorkshopPlanner catalogue={catalogue} breakAfter={90} breakMinutes={15} links={links} strings={strings} />);
    await waitFor(() => expect((screen.getByRole('checkbox', { name: 'One (60 min)' }) as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(screen.getByRole('checkbox', { name: 'One (60 min)' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Knowledge check: One (10 min)' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Two (40 min)' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Play \(20 min\)/ }));
    // 60 + 10 = 70; Two would pass 90, so a 15-minute break first; then 40 + 20.
    await waitFor(() => expect(screen.getByText('Total: 2 h 25 min, from 09:00 to 11:25. Breaks: 1.')).toBeTruthy());
    expect(screen.getByRole('link', { name: 'Paper quiz: One' }).getAttribute('href')).toBe('/q/one');
    expect(screen.getByRole('link', { name: 'Pair cards: Play' }).getAttribute('href')).toBe('/c/play');
    expect(JSON.parse(backing.getItem('mot:workshop@1')!)).toMatchObject({ lessons: ['one', 'two'], checks: ['one'], roleplays: ['play'] });
  });

  it('ignores a break length outside its bounds', async () => {
    const { WorkshopPlanner } = await fresh();
    render(<WorkshopPlanner catalogue={catalogue} breakAfter={90} breakMinutes={15} links={links} strings={strings} />);
    await waitFor(() => expect((screen.getByLabelText('Break length (minutes)') as HTMLInputElement).disabled).toBe(false));
    fireEvent.change(screen.getByLabelText('Break length (minutes)'), { target: { value: '500' } });
    fireEvent.change(screen.getByLabelText('A break after at most (minutes)'), { target: { value: '3' } });
    expect(backing.getItem('mot:workshop@1')).toBeNull();
    fireEvent.change(screen.getByLabelText('Break length (minutes)'), { target: { value: '20' } });
    await waitFor(() => expect(JSON.parse(backing.getItem('mot:workshop@1')!)).toMatchObject({ breakMinutes: 20, breakAfter: 90 }));
  });

  it('marks titles that are in another language than the page with their own lang, everywhere they appear', async () => {
    const { WorkshopPlanner } = await fresh();
    const mixed = {
      ...catalogue,
      lessons: [
        { slug: 'one', title: 'لحظات الحقيقة', minutes: 60, check: true },
        { slug: 'two', title: 'Two', lang: 'en', minutes: 40, check: false },
      ],
      roleplays: [{ id: 'play', title: 'Play', lang: 'en', lesson: 'two' }],
    };
    const { container } = render(<WorkshopPlanner catalogue={mixed} breakAfter={90} breakMinutes={15} links={links} strings={ar} />);
    const two = screen.getByRole('checkbox', { name: 'Two (بالدقائق: 40)' });
    await waitFor(() => expect((two as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(two);
    fireEvent.click(screen.getByRole('checkbox', { name: 'اختبار الفهم: لحظات الحقيقة (بالدقائق: 10)' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Play \(بالدقائق: 20\)/ }));
    await waitFor(() => expect(screen.getByRole('rowheader', { name: 'درس: Two' })).toBeTruthy());
    expect(screen.getByRole('rowheader', { name: 'اختبار الفهم: لحظات الحقيقة' }).querySelector('[lang]')).toBeNull();
    expect(screen.getByRole('link', { name: 'نشرة: Two' }).querySelector('bdi')?.getAttribute('lang')).toBe('en');
    expect(screen.getByRole('link', { name: 'بطاقات التدرّب الثنائي: Play' }).querySelector('bdi')?.getAttribute('lang')).toBe('en');
    // Every English title on the Arabic page sits in its own lang="en" element; the Arabic title never does.
    const english = [...container.querySelectorAll('[lang="en"]')].map((element) => element.textContent);
    expect(new Set(english)).toEqual(new Set(['Two', 'Play']));
    expect(english.length).toBeGreaterThanOrEqual(8);
    expect(container.querySelectorAll('[lang]').length).toBe(english.length);
  });
});

describe('TrainerMode', () => {
  it('switches trainer mode on and off, in storage and on the page', async () => {
    const { TrainerMode } = await fresh();
    render(<TrainerMode strings={strings} />);
    const box = await screen.findByRole('checkbox', { name: 'Show facilitator notes in lessons (trainer mode)' });
    await waitFor(() => expect((box as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(box);
    await waitFor(() => expect(screen.getByText('Trainer mode is on in this browser: lessons show facilitator notes.')).toBeTruthy());
    expect(backing.getItem('mot:trainer')).toBe('on');
    expect(document.documentElement.dataset.trainer).toBe('on');
    fireEvent.click(box);
    await waitFor(() => expect(screen.getByText('Trainer mode is off: lessons look exactly as learners see them.')).toBeTruthy());
    expect(backing.getItem('mot:trainer')).toBeNull();
    expect(document.documentElement.dataset.trainer).toBeUndefined();
  });

  it('starts on when this browser saved it, and follows another tab', async () => {
    backing.setItem('mot:trainer', 'on');
    const { TrainerMode } = await fresh();
    render(<TrainerMode strings={strings} />);
    await waitFor(() => expect((screen.getByRole('checkbox') as HTMLInputElement).checked).toBe(true));
    window.dispatchEvent(new StorageEvent('storage', { key: 'mot:trainer', newValue: null }));
    await waitFor(() => expect((screen.getByRole('checkbox') as HTMLInputElement).checked).toBe(false));
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else', newValue: 'on' }));
    expect((screen.getByRole('checkbox') as HTMLInputElement).checked).toBe(false);
  });
});
