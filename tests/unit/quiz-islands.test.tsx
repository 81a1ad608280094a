// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useState } from 'preact/hooks';
import en from '../../content/ui/en.json';
import { makeTranslator } from '../../src/lib/ui-strings';
import type { Question, Response } from '../../src/lib/quiz/types';
import { QuestionView } from '../../src/islands/quiz/QuestionView';
import { FakeStorage } from './fake-storage';
import { matching, multiple, ordering, scenario, single, trueFalse } from './quiz-fixtures';

const t = makeTranslator(en, 'test');
let backing: FakeStorage;

beforeEach(() => {
  backing = new FakeStorage();
  Object.defineProperty(window, 'localStorage', { configurable: true, get: () => backing });
});
afterEach(cleanup);

/** One question with its own state, as an island holds it. */
function Harness({ question, checked = false, reveal, initial }: { question: Question; checked?: boolean; reveal?: boolean; initial?: Response }) {
  const [response, setResponse] = useState<Response | undefined>(initial);
  return (
    <div>
      <QuestionView
        question={question}
        number={1}
        response={response}
        onChange={setResponse}
        checked={checked}
        reveal={reveal}
        t={t}
        id="q"
        reviewHref="/lessons/handling-complaints/#the-seventeen-steps"
        sourceLabel="Facing complaints (001)"
      />
      <pre data-testid="response">{JSON.stringify(response ?? null)}</pre>
    </div>
  );
}

const responseOf = () => JSON.parse(screen.getByTestId('response').textContent!);

describe('single choice and scenario', () => {
  it('is one labelled group of radios, operable by keyboard', async () => {
    const user = userEvent.setup();
    render(<Harness question={scenario} />);
    expect(screen.getByRole('group', { name: /Question 1 What next\?/ })).toBeTruthy();
    expect(screen.getByText('Angry caller')).toBeTruthy();
    // Named once, by the fieldset: no radiogroup inside it naming the options again.
    expect(screen.queryByRole('radiogroup')).toBeNull();
    const group = screen.getByRole('group', { name: /Question 1 What next\?/ });
    const [first] = within(group).getAllByRole('radio');
    first!.focus();
    await user.keyboard(' ');
    expect(responseOf()).toEqual(expect.any(Number));
  });

  it('after checking, names every option as chosen or not and right or wrong, with feedback and a link back', () => {
    render(<Harness question={single} checked initial={0} />);
    expect(screen.getByRole('radio', { name: 'A (your answer, incorrect)' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'B (not chosen, this was correct)' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'C (not chosen, incorrect)' })).toBeTruthy();
    expect(screen.getByText('B: right')).toBeTruthy();
    expect(screen.getByText('Not quite')).toBeTruthy();
    expect(screen.getByText('Listen.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Review this in the lesson' }).getAttribute('href')).toBe('/lessons/handling-complaints/#the-seventeen-steps');
    expect((screen.getByRole('radio', { name: /^A/ }) as HTMLInputElement).disabled).toBe(true);
  });
});

describe('multiple choice', () => {
  it('states its scoring rule and toggles options', async () => {
    const user = userEvent.setup();
    render(<Harness question={multiple} />);
    expect(screen.getByText(/each correct option you select earns a point/)).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'A' }));
    await user.click(screen.getByRole('checkbox', { name: 'C' }));
    expect(responseOf()).toEqual([0, 2]);
    await user.click(screen.getByRole('checkbox', { name: 'A' }));
    expect(responseOf()).toEqual([2]);
  });

  it('shows partial credit after checking', () => {
    render(<Harness question={multiple} checked initial={[0]} />);
    expect(screen.getByText('Partly correct (50%)')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'B (not chosen, this was correct)' })).toBeTruthy();
  });
});

describe('true or false', () => {
  it('offers True then False and shows the explanation', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Harness question={trueFalse} />);
    const radios = screen.getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('name'))).toEqual(['q', 'q']);
    await user.click(screen.getByRole('radio', { name: 'False' }));
    expect(responseOf()).toBe(false);
    unmount();
    render(<Harness question={trueFalse} checked initial={false} />);
    expect(screen.getByText('Correct')).toBeTruthy();
    expect(screen.getByText('It is false.')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'False (your answer, correct)' })).toBeTruthy();
  });
});

describe('ordering', () => {
  it('scores the response it is given to score: an unanswered question in the final shows its starting order but is not partly correct', () => {
    const common = { question: ordering, number: 1, onChange: () => {}, checked: true, t, reviewHref: '/x/', sourceLabel: 'S' } as const;
    // A starting order with two items already in place.
    const starting = [0, 2, 1, 3];
    render(<QuestionView {...common} id="shown" response={starting} />);
    expect(screen.getByText('Partly correct (50%)')).toBeTruthy();
    cleanup();
    render(<QuestionView {...common} id="final" response={starting} scored={undefined} />);
    expect(screen.getByText('Not quite')).toBeTruthy();
    expect(screen.queryByText(/Partly correct/)).toBeNull();
  });

  it('moves items with the keyboard, keeps focus on the moved item and announces its place', async () => {
    const user = userEvent.setup();
    render(<Harness question={ordering} initial={[1, 0, 2, 3]} />);
    // The item is its own element inside the name (its language may differ); happy-dom spaces it out, a browser does not.
    const down = screen.getByRole('button', { name: /^Move “ ?two ?” down$/ });
    expect((screen.getByRole('button', { name: /^Move “ ?two ?” up$/ }) as HTMLButtonElement).disabled).toBe(true);
    down.focus();
    await user.keyboard('{Enter}');
    expect(responseOf()).toEqual([0, 1, 2, 3]);
    expect(screen.getByRole('status').textContent).toBe('“two” is now number 2 of 4.');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Move “two” down↓'));
    await user.keyboard(' ');
    await user.keyboard(' ');
    expect(responseOf()).toEqual([0, 2, 3, 1]);
    // At the bottom its Move down is disabled, so focus moves to its Move up.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Move “two” up↑'));
  });

  it('says after checking which items are in place and where the others belong', () => {
    render(<Harness question={ordering} checked initial={[0, 1, 3, 2]} />);
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['one (in the right place)', 'two (in the right place)', 'four (belongs at number 4)', 'three (belongs at number 3)']);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Partly correct (50%)')).toBeTruthy();
  });
});

describe('matching', () => {
  it('uses a labelled native select for each item, operable by keyboard', async () => {
    const user = userEvent.setup();
    render(<Harness question={matching} initial={[-1, -1, -1]} />);
    const first = screen.getByRole('combobox', { name: 'L1' });
    expect(within(first).getAllByRole('option').map((option) => option.textContent)).toEqual(expect.arrayContaining(['Choose…', 'R1', 'R2', 'R3']));
    await user.selectOptions(first, 'R1');
    await user.selectOptions(screen.getByRole('combobox', { name: 'L2' }), 'R3');
    expect(responseOf()).toEqual([0, 2, -1]);
  });

  it('names each select with its result after checking', () => {
    render(<Harness question={matching} checked initial={[0, 2, -1]} />);
    expect(screen.getByRole('combobox', { name: 'L1 correct' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: /^L2 the correct match is “ ?R2 ?”$/ })).toBeTruthy();
    expect(screen.getByText(/Partly correct \(33%\)/)).toBeTruthy();
  });
});

describe('checked with the answers held back (a first knowledge-check attempt)', () => {
  it('single choice: the verdict and the way back to the lesson, not which option was right or why', () => {
    render(<Harness question={single} checked reveal={false} initial={0} />);
    expect(screen.getByText('Not quite')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Review this in the lesson' })).toBeTruthy();
    for (const name of ['A', 'B', 'C']) expect(screen.getByRole('radio', { name })).toBeTruthy();
    expect(screen.queryByText(/right|wrong/)).toBeNull();
    expect(screen.queryByText('Listen.')).toBeNull();
    expect((screen.getByRole('radio', { name: 'A' }) as HTMLInputElement).disabled).toBe(true);
    expect(document.querySelector('[class*="choice--"]')).toBeNull();
  });

  it('select all: partial credit, no option marked', () => {
    render(<Harness question={multiple} checked reveal={false} initial={[0]} />);
    expect(screen.getByText('Partly correct (50%)')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'A' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'B' })).toBeTruthy();
  });

  it('true or false: the verdict without the explanation', () => {
    render(<Harness question={trueFalse} checked reveal={false} initial={true} />);
    expect(screen.getByText('Not quite')).toBeTruthy();
    expect(screen.queryByText('It is false.')).toBeNull();
    expect(screen.getByRole('radio', { name: 'True' })).toBeTruthy();
  });

  it('ordering: locked, without where each item belongs', () => {
    render(<Harness question={ordering} checked reveal={false} initial={[0, 1, 3, 2]} />);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['one', 'two', 'four', 'three']);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Partly correct (50%)')).toBeTruthy();
    expect(screen.queryByText('In order.')).toBeNull();
  });

  it('matching: locked, without the correct matches', () => {
    render(<Harness question={matching} checked reveal={false} initial={[0, 2, -1]} />);
    expect((screen.getByRole('combobox', { name: 'L2' }) as HTMLSelectElement).disabled).toBe(true);
    expect(screen.queryByText(/correct match/)).toBeNull();
    expect(screen.getByText('Partly correct (33%)')).toBeTruthy();
  });
});

describe('KnowledgeCheck', () => {
  it('checks all answers, records the attempt, moves focus to the result, and allows a retry', async () => {
    vi.resetModules();
    const KnowledgeCheck = (await import('../../src/islands/KnowledgeCheck')).default;
    const user = userEvent.setup();
    render(<KnowledgeCheck lesson="handling-complaints" lessonHref="/lessons/handling-complaints/" questions={[single, trueFalse]} sources={{}} strings={en} revealAfter={2} />);
    await user.click(await screen.findByRole('radio', { name: 'B' }));
    await user.click(screen.getByRole('radio', { name: 'True' }));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('You scored 50%: 1 of 2 questions fully correct.'));
    expect(screen.getAllByRole('status').some((region) => region.textContent?.includes('You scored 50%'))).toBe(true);
    await waitFor(() => expect(JSON.parse(backing.getItem('mot:progress@1')!).l['handling-complaints'].q).toEqual({ b: 50, n: 1, h: [50] }));
    await waitFor(() => expect(screen.getByText('Best score so far: 50%. Attempts: 1.')).toBeTruthy());
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Check your understanding'));
    expect((screen.getByRole('radio', { name: 'B' }) as HTMLInputElement).checked).toBe(false);
    // Trying again records nothing: only the next check is an attempt.
    expect(JSON.parse(backing.getItem('mot:progress@1')!).l['handling-complaints'].q).toEqual({ b: 50, n: 1, h: [50] });
    expect(screen.queryByText(/You scored/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Check my answers' })).toBeTruthy();
  });

  async function renderCheck(revealAfter = 2) {
    vi.resetModules();
    const KnowledgeCheck = (await import('../../src/islands/KnowledgeCheck')).default;
    const user = userEvent.setup();
    render(
      <KnowledgeCheck lesson="handling-complaints" lessonHref="/lessons/handling-complaints/" questions={[single, trueFalse]} sources={{}} strings={en} revealAfter={revealAfter} />,
    );
    await screen.findByRole('radio', { name: 'B' });
    return user;
  }
  const stored = () => JSON.parse(backing.getItem('mot:progress@1') ?? '{"l":{}}').l['handling-complaints']?.q;
  const liveText = () => screen.getAllByRole('status').map((region) => region.textContent).join(' ');

  it('asks for every answer first, names the questions without one, and records and reveals nothing', async () => {
    const user = await renderCheck();
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Answer every question before checking. Not answered yet:'));
    expect(liveText()).toContain('Answer every question before checking.');
    expect(screen.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Question 1', '#check-handling-complaints-s'],
      ['Question 2', '#check-handling-complaints-t'],
    ]);
    expect(stored()).toBeUndefined();
    expect(screen.queryByText(/You scored|Not quite|Correct/)).toBeNull();

    // Answering one takes it off the list; the link to the other leads to its first control.
    await user.click(screen.getByRole('radio', { name: 'B' }));
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['Question 2']);
    await user.click(screen.getByRole('link', { name: 'Question 2' }));
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'True' }));
    await user.click(screen.getByRole('radio', { name: 'False' }));
    expect(screen.queryByText(/Answer every question/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    await waitFor(() => expect(stored()).toEqual({ b: 100, n: 1, h: [100] }));
  });

  it('holds the correct answers back on a first wrong attempt, shows them on request, and from the set attempt on', async () => {
    const user = await renderCheck(2);
    await user.click(screen.getByRole('radio', { name: 'A' }));
    await user.click(screen.getByRole('radio', { name: 'True' }));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('You scored 0%: 0 of 2 questions fully correct.'));
    expect(screen.getAllByText('Not quite')).toHaveLength(2);
    expect(screen.getByRole('radio', { name: 'B' })).toBeTruthy();
    expect(screen.queryByText('It is false.')).toBeNull();
    expect(liveText()).toContain('The correct answers are shown from attempt 2 on, or now if you ask.');

    // On request: shown, announced, and nothing more recorded.
    await user.click(screen.getByRole('button', { name: 'Show the correct answers' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('The correct answers are shown with each question.'));
    expect(screen.getByRole('radio', { name: 'B (not chosen, this was correct)' })).toBeTruthy();
    expect(screen.getByText('It is false.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show the correct answers' })).toBeNull();
    expect(stored()).toEqual({ b: 0, n: 1, h: [0] });

    // A new try holds them back again; its check, the second attempt, shows them.
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByText('It is false.')).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'A' }));
    await user.click(screen.getByRole('radio', { name: 'False' }));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('You scored 50%: 1 of 2 questions fully correct.'));
    expect(screen.getByRole('radio', { name: 'B (not chosen, this was correct)' })).toBeTruthy();
    expect(screen.getByText('It is false.')).toBeTruthy();
    expect(liveText()).toContain('The correct answers are shown with each question.');
    expect(screen.queryByRole('button', { name: 'Show the correct answers' })).toBeNull();
    expect(stored()).toEqual({ b: 50, n: 2, h: [0, 50] });
  });

  it('shows the correct answers from the first check when the course says 1', async () => {
    const user = await renderCheck(1);
    await user.click(screen.getByRole('radio', { name: 'A' }));
    await user.click(screen.getByRole('radio', { name: 'False' }));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: 'A (your answer, incorrect)' })).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Show the correct answers' })).toBeNull();
  });
});

describe('KnowledgeCheck before and after it wakes', () => {
  it('an ordering question before the island is live: its Move buttons are disabled and say why, then work', async () => {
    vi.resetModules();
    const KnowledgeCheck = (await import('../../src/islands/KnowledgeCheck')).default;
    const { renderToString } = await import('preact-render-to-string');
    const check = <KnowledgeCheck lesson="handling-complaints" lessonHref="/lessons/handling-complaints/" questions={[ordering]} sources={{}} strings={en} revealAfter={2} />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(check);
    document.body.append(container);
    const early = [...container.querySelectorAll<HTMLButtonElement>('.ordering button')];
    expect(early.length).toBe(ordering.items.length * 2);
    for (const button of early) {
      expect(button.disabled).toBe(true);
      expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toBe('Getting ready: the Move buttons work in a moment.');
    }
    const shown = () => [...container.querySelectorAll('.ordering__text')].map((item) => item.textContent);
    const [first, second] = shown();
    render(check, { container, hydrate: true } as Parameters<typeof render>[1]);
    // happy-dom spaces out the item inside the name, a browser does not.
    const down = () => screen.getByRole('button', { name: new RegExp(`^Move “ ?${first} ?” down$`) });
    await waitFor(() => expect(down().hasAttribute('disabled')).toBe(false));
    expect(down().getAttribute('aria-describedby')).toBeNull();
    expect(container.textContent).not.toContain('Getting ready');
    await userEvent.setup().click(down());
    await waitFor(() => expect(shown().slice(0, 2)).toEqual([second, first]));
  });

  it('keeps an answer ticked in the server-rendered form before the island was live', async () => {
    vi.resetModules();
    const KnowledgeCheck = (await import('../../src/islands/KnowledgeCheck')).default;
    const { renderToString } = await import('preact-render-to-string');
    const check = <KnowledgeCheck lesson="handling-complaints" lessonHref="/lessons/handling-complaints/" questions={[single, trueFalse]} sources={{}} strings={en} revealAfter={2} />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(check);
    document.body.append(container);
    // Not live yet: the button says why it is not available.
    const waiting = container.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(waiting.disabled).toBe(true);
    expect(document.getElementById(waiting.getAttribute('aria-describedby')!)?.textContent).toBe('Getting ready: this button works in a moment. Answers you choose now are kept.');
    // The learner ticks option B (authored index 1) of question 1 before the island wakes.
    container.querySelector<HTMLInputElement>('#check-handling-complaints-s input[value="1"]')!.checked = true;
    // hydrate is a testing-library/preact option its types leave out.
    render(check, { container, hydrate: true } as Parameters<typeof render>[1]);
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Check my answers' }).hasAttribute('disabled')).toBe(false));
    expect(screen.getByRole('button', { name: 'Check my answers' }).getAttribute('aria-describedby')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    // Only question 2 is missing: question 1's early answer was kept.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Answer every question before checking. Not answered yet:'));
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['Question 2']);
    await user.click(screen.getByRole('radio', { name: 'True' }));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('You scored 50%: 1 of 2 questions fully correct.'));
  });

  it('puts the result first: the score, then links to the questions not right, each review link naming its section', async () => {
    vi.resetModules();
    const KnowledgeCheck = (await import('../../src/islands/KnowledgeCheck')).default;
    const user = userEvent.setup();
    render(
      <KnowledgeCheck
        lesson="handling-complaints"
        lessonHref="/lessons/handling-complaints/"
        questions={[single, trueFalse]}
        sources={{}}
        sections={{ 'the-seventeen-steps': 'The seventeen steps' }}
        strings={en}
        revealAfter={2}
      />,
    );
    await user.click(await screen.findByRole('radio', { name: 'A' }));
    await user.click(screen.getByRole('radio', { name: 'False' }));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('You scored 50%: 1 of 2 questions fully correct.'));
    const summary = screen.getByRole('list', { name: 'Not fully right:' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual(['Question 1']);
    // The summary comes before the first question.
    const first = document.getElementById('check-handling-complaints-s')!;
    expect(summary.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The verdict comes before the options.
    const verdict = within(first).getByText('Not quite');
    expect(verdict.compareDocumentPosition(within(first).getAllByRole('radio')[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(first).getByRole('link').textContent).toBe('Review “The seventeen steps” in the lesson');
    await user.click(within(summary).getByRole('link', { name: 'Question 1' }));
    expect(document.activeElement).toBe(within(first).getByRole('heading', { level: 3 }));
  });
});
