// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import en from '../../content/ui/en.json';
import type { UiStrings } from '../../src/lib/ui-strings';
import { FakeStorage, quotaError } from './fake-storage';

const KEY = 'mot:progress@1';
const strings: UiStrings = en;
const lessons = [
  { slug: 'one', href: '/lessons/one/', title: 'One', summary: 'First', minutes: 5 },
  { slug: 'two', href: '/lessons/two/', title: 'Two', summary: 'Second', minutes: 7, lang: 'en' },
];
const journey = { checks: ['two'], rules: { lessons: true, checks: true, final: true }, finalHref: '/final/', certificateHref: '/certificate/' };
const passedFinal = '"f":{"n":1,"s":1,"p":"abcdef01","r":[],"d":1,"l":90,"b":90,"w":5}';
let backing: FakeStorage;

async function fresh() {
  vi.resetModules();
  return {
    LessonActions: (await import('../../src/islands/LessonActions')).default,
    CourseMap: (await import('../../src/islands/CourseMap')).default,
    StorageNotice: (await import('../../src/islands/StorageNotice')).default,
    ProgressReport: (await import('../../src/islands/ProgressReport')).default,
  };
}

beforeEach(() => {
  backing = new FakeStorage();
  Object.defineProperty(window, 'localStorage', { configurable: true, get: () => backing });
});
afterEach(cleanup);

describe('LessonActions', () => {
  it('completes the lesson on click and moves focus to the confirmation', async () => {
    const { LessonActions } = await fresh();
    render(<LessonActions slug="one" strings={strings} lessons={lessons} journey={journey} />);
    const button = await screen.findByRole('button', { name: 'Mark this lesson as complete' });
    expect(backing.getItem(KEY)).toBeNull();
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByText('You have completed this lesson.')).toBeTruthy());
    await waitFor(() => expect(document.activeElement?.textContent).toBe('You have completed this lesson.'));
    expect(screen.queryByRole('button', { name: 'Mark this lesson as complete' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Next lesson: Two' }).getAttribute('href')).toBe('/lessons/two/');
    expect(JSON.parse(backing.getItem(KEY)!).l.one.c).toBeTypeOf('number');
    expect(screen.getByRole('status').textContent).toBe('You have completed this lesson.');
  });

  it('shows a completed lesson as completed, with no button and no stolen focus', async () => {
    backing.setItem(KEY, '{"v":1,"l":{"one":{"s":1,"c":2}}}');
    const { LessonActions } = await fresh();
    render(<LessonActions slug="one" strings={strings} lessons={lessons} journey={journey} />);
    await waitFor(() => expect(screen.getByText('You have completed this lesson.')).toBeTruthy());
    expect(screen.queryByRole('button')).toBeNull();
    expect(document.activeElement).toBe(document.body);
  });

  it('shows neither stored nor empty progress as real until the stored document has been validated', async () => {
    backing.setItem(KEY, '{"v":1,"l":{"one":{"s":1,"c":2}}}');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    vi.resetModules();
    vi.doMock('../../src/lib/progress/codec', async () => {
      await gate;
      return vi.importActual('../../src/lib/progress/codec');
    });
    try {
      const LessonActions = (await import('../../src/islands/LessonActions')).default;
      render(<LessonActions slug="one" strings={strings} lessons={lessons} journey={journey} />);
      await new Promise((resolve) => setTimeout(resolve, 20));
      // As before hydration: the button waits and says why; nothing claims the lesson is (or is not) done.
      const button = screen.getByRole('button', { name: 'Mark this lesson as complete' });
      expect(button.hasAttribute('disabled')).toBe(true);
      expect(screen.getByText(en['lesson.waking'])).toBeTruthy();
      expect(screen.queryByText('You have completed this lesson.')).toBeNull();
      fireEvent.click(button);
      expect(backing.getItem(KEY)).toBe('{"v":1,"l":{"one":{"s":1,"c":2}}}');
      release();
      await waitFor(() => expect(screen.getByText('You have completed this lesson.')).toBeTruthy());
      expect(screen.queryByRole('button', { name: 'Mark this lesson as complete' })).toBeNull();
    } finally {
      vi.doUnmock('../../src/lib/progress/codec');
    }
  });

  it('at the end of the last lesson, offers the next step: a check, the final, then the certificate', async () => {
    const cases: Array<[string, string, string]> = [
      ['{"one":{"s":1,"c":2},"two":{"s":1,"c":3}}', 'Try the knowledge check of: Two', '/lessons/two/#check-two-heading'],
      ['{"one":{"s":1,"c":2},"two":{"s":1,"c":3,"q":{"b":80,"n":1,"h":[80]}}}', 'Take the final assessment', '/final/'],
      [`{"one":{"s":1,"c":2},"two":{"s":1,"c":3,"q":{"b":80,"n":1,"h":[80]}}},${passedFinal}`, 'Get your certificate', '/certificate/'],
      ['{"two":{"s":1,"c":3}}', 'Next lesson: One', '/lessons/one/'],
    ];
    for (const [lessonsDone, name, href] of cases) {
      cleanup();
      backing.setItem(KEY, `{"v":1,"l":${lessonsDone}}`);
      const { LessonActions } = await fresh();
      render(<LessonActions slug="two" strings={strings} lessons={lessons} journey={journey} />);
      await waitFor(() => expect(screen.getByRole('link', { name }).getAttribute('href')).toBe(href));
    }
  });
});

describe('CourseMap', () => {
  it('shows each status, the overall progress and where to continue', async () => {
    backing.setItem(KEY, '{"v":1,"l":{"one":{"s":1,"c":2}}}');
    const { CourseMap } = await fresh();
    render(<CourseMap lessons={lessons} journey={journey} strings={strings} />);
    await waitFor(() => expect(screen.getByText('1 of 2 lessons completed (50%)')).toBeTruthy());
    const items = screen.getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('Completed');
    expect(items[1]!.textContent).toContain('Not started');
    expect(screen.getByRole('link', { name: 'Continue with “Two”' }).getAttribute('href')).toBe('/lessons/two/');
    expect((screen.getByRole('progressbar', { name: 'Course progress' }) as HTMLProgressElement).value).toBe(1);
    expect(screen.getByRole('link', { name: 'Two' }).getAttribute('lang')).toBe('en');
  });

  it('offers to start a new course, and at 100% points to the final, then to the certificate', async () => {
    const { CourseMap } = await fresh();
    const { unmount } = render(<CourseMap lessons={lessons} journey={journey} strings={strings} />);
    expect(screen.getByRole('link', { name: 'Start with “One”' })).toBeTruthy();
    unmount();
    const allChecked = '"one":{"s":1,"c":2},"two":{"s":1,"c":3,"q":{"b":80,"n":1,"h":[80]}}';
    backing.setItem(KEY, `{"v":1,"l":{${allChecked}}}`);
    const again = await fresh();
    const second = render(<again.CourseMap lessons={lessons} journey={journey} strings={strings} />);
    await waitFor(() => expect(screen.getByText('You have completed every lesson. Well done!')).toBeTruthy());
    expect(screen.getByRole('link', { name: 'Take the final assessment' }).getAttribute('href')).toBe('/final/');
    second.unmount();
    backing.setItem(KEY, `{"v":1,"l":{${allChecked}},${passedFinal}}`);
    const passed = await fresh();
    render(<passed.CourseMap lessons={lessons} journey={journey} strings={strings} />);
    await waitFor(() => expect(screen.getByRole('link', { name: 'Get your certificate' }).getAttribute('href')).toBe('/certificate/'));
    expect(screen.getByText('You have completed every lesson. Well done!')).toBeTruthy();
  });
});

describe('StorageNotice', () => {
  it('marks the lesson it is given as started', async () => {
    const { StorageNotice } = await fresh();
    render(<StorageNotice strings={strings} startLesson="one" />);
    await waitFor(() => expect(JSON.parse(backing.getItem(KEY)!).l.one).toEqual({ s: expect.any(Number) }));
  });

  it('says nothing when all is well', async () => {
    const { StorageNotice } = await fresh();
    render(<StorageNotice strings={strings} />);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('explains unreadable data, offers it as a download and can be dismissed', async () => {
    backing.setItem(KEY, '{"v":1,');
    const { StorageNotice } = await fresh();
    const create = vi.fn(() => 'blob:x');
    URL.createObjectURL = create;
    URL.revokeObjectURL = vi.fn();
    render(<StorageNotice strings={strings} />);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'About your saved progress' })).toBeTruthy());
    expect(screen.getByText(/could not read the progress saved on this device \(it is damaged\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download the unreadable data' }));
    await waitFor(() => expect(create).toHaveBeenCalledOnce());
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('heading')).toBeNull());
  });

  it('warns that nothing will be written when the data could not be kept', async () => {
    backing.setItem(KEY, '{"v":9}');
    backing.failWrites = quotaError();
    const { StorageNotice } = await fresh();
    render(<StorageNotice strings={strings} />);
    await waitFor(() => expect(screen.getByText(/saved by a newer version of this course\) and could not make a safe copy/)).toBeTruthy());
    expect(screen.getByText(/storage for this site is full/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
  });

  it('says progress will not be kept when storage is blocked', async () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new Error('blocked');
      },
    });
    const { StorageNotice } = await fresh();
    render(<StorageNotice strings={strings} />);
    await waitFor(() => expect(screen.getByText(/your progress will not be kept on this device/)).toBeTruthy());
  });
});

describe('ProgressReport', () => {
  it('lists every lesson with its status and completion date, and kept backups', async () => {
    backing.setItem(KEY, '{"v":1,"l":{"one":{"s":1,"c":1763800000}}}');
    backing.setItem('mot:progress@1:unreadable:1763000000000', 'old junk');
    const { ProgressReport } = await fresh();
    render(
      <ProgressReport
        locale="en"
        lessons={lessons}
        checks={['one']}
        rules={{ lessons: true, checks: true, final: true }}
        finalHref="/final/"
        certificateHref="/certificate/"
        strings={strings}
      />,
    );
    await waitFor(() => expect(screen.getAllByRole('row')[1]!.textContent).toBe('OneCompletedNovember 22, 2025Not tried'));
    expect(screen.getAllByRole('row')[2]!.textContent).toBe('TwoNot started');
    expect(screen.getByText('Final assessment: not taken yet')).toBeTruthy();
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(
      expect.arrayContaining(['Complete the lesson “Two”', 'Try the knowledge check of “One”', 'Pass the final assessment']),
    );
    expect(screen.getByRole('heading', { name: 'Unreadable progress kept on this device' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Unreadable progress kept on this device' })).toBeNull());
    expect(backing.getItem('mot:progress@1:unreadable:1763000000000')).toBeNull();
  });
});
