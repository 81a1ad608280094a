// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../content/ui/en.json';
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
