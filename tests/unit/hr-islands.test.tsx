// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { atom } from 'nanostores';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../content/ui/en.json';
import LongWork, { type Work } from '../../src/islands/hr/LongWork';
import MissedQuestions from '../../src/islands/hr/MissedQuestions';
import { makeTranslator } from '../../src/lib/ui-strings';

const t = makeTranslator(en, 'en.json');
afterEach(cleanup);

describe('MissedQuestions', () => {
  it('lists the most missed questions with their lesson and counts, marking a prompt in another language', () => {
    render(
      <MissedQuestions
        missed={[
          { key: 'a/q1', lesson: 'a', prompt: 'What is a moment of truth?', asked: 4, missed: 3 },
          { key: 'b/q2', lesson: 'b', prompt: 'Which step comes first?', asked: 4, missed: 1 },
        ]}
        titles={{ a: 'Moments of truth' }}
        languageOf={new Map([['b/q2', 'en']])}
        t={t}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'What is a moment of truth? (Moments of truth: missed by 3 of 4 who were asked)',
      'Which step comes first? (b: missed by 1 of 4 who were asked)',
    ]);
    expect(screen.getByText('Which step comes first?').getAttribute('lang')).toBe('en');
    expect(screen.getByText('What is a moment of truth?').hasAttribute('lang')).toBe(false);
  });

  it('says so when no submitted final has a missed question', () => {
    render(<MissedQuestions missed={[]} titles={{}} languageOf={new Map()} t={t} />);
    expect(screen.getByText('No submitted final assessments with missed questions yet.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });
});

describe('LongWork', () => {
  it('shows n of N, a progress bar, the time left and Cancel, from its own store', async () => {
    const store = atom<Work | undefined>(undefined);
    const onCancel = vi.fn();
    render(<LongWork store={store} kind="reading" locale="en" onCancel={onCancel} t={t} />);
    expect(screen.queryByRole('progressbar')).toBeNull();
    act(() => store.set({ kind: 'reading', done: 0, total: 2000, started: performance.now() }));
    expect(await screen.findByText('Estimating the time left…')).toBeTruthy();
    act(() => store.set({ kind: 'reading', done: 500, total: 2000, started: performance.now() - 10_000 }));
    const bar = await screen.findByRole('progressbar', { name: 'Reading files: 500 of 2000' });
    expect(bar.getAttribute('value')).toBe('500');
    expect(screen.getByText(/^About (30|31) seconds left\.$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel reading (keep the files read so far)' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    // The other kind of work is shown by the other LongWork.
    act(() => store.set({ kind: 'drawing', done: 1, total: 10, started: performance.now() }));
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });

  it('names its Cancel after the work it stops', () => {
    const store = atom<Work | undefined>({ kind: 'drawing', done: 100, total: 10_000, started: performance.now() - 60_000 });
    render(<LongWork store={store} kind="drawing" locale="en" onCancel={() => {}} t={t} />);
    expect(screen.getByRole('progressbar', { name: 'Certificates drawn: 100 of 10000' })).toBeTruthy();
    // 99 minutes at the pace so far, and a few milliseconds more by the time it renders.
    expect(screen.getByText(/^About (99|100) minutes left\.$/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel the certificates' })).toBeTruthy();
  });
});
