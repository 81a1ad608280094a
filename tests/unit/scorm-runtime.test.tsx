// @vitest-environment happy-dom
/**
 * The SCORM code on a course page (src/scripts/scorm-page.ts) with a fake LMS
 * session, and the notice it raises through the store (StorageNotice).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import en from '../../content/ui/en.json';
import type { Lms } from '../../src/lib/scorm/api';
import type { ScormCourse } from '../../src/lib/scorm/session';
import type { ScormSession } from '../../src/scripts/scorm-session';
import { FakeStorage, quotaError } from './fake-storage';

const KEY = 'mot:progress@1';
const course: ScormCourse = { lessons: ['one', 'two'], checks: [], rules: { lessons: true, checks: false, final: false }, passMark: 80, locales: ['en'], defaultLocale: 'en' };
let backing: FakeStorage;

function fakeLms(data: Record<string, string>) {
  const log: string[] = [];
  const lms: Lms = {
    version: '1.2',
    initialize: () => true,
    terminate: () => true,
    get: (element) => data[element] ?? '',
    set: (element, value) => {
      log.push(`set ${element}`);
      data[element] = value;
      return true;
    },
    commit: () => {
      log.push('commit');
      return true;
    },
    lastError: () => '0',
  };
  return { lms, log, data };
}

async function startWith(data: Record<string, string>) {
  vi.resetModules();
  const fake = fakeLms(data);
  const session: ScormSession = { lms: fake.lms, course, root: `${window.location.origin}/` };
  // In the launch page's frame, window.parent is the launch page; here the page is its own parent.
  window.motScorm = session;
  const store = await import('../../src/stores/progress');
  const stop = store.$progress.listen(() => {});
  (await import('../../src/scripts/scorm-page')).start();
  return { ...fake, store, stop, session };
}

beforeEach(() => {
  backing = new FakeStorage();
  Object.defineProperty(window, 'localStorage', { configurable: true, get: () => backing });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  delete window.motScorm;
  vi.useRealTimers();
  cleanup();
});

describe('SCORM on a course page', () => {
  it('merges the LMS copy into this browser, fills the name, and sends status and suspend_data at once', async () => {
    backing.setItem(KEY, JSON.stringify({ v: 2, l: { two: { s: 5, c: 6 } } }));
    const { data, log, store, stop } = await startWith({ 'cmi.suspend_data': '{"v":1,"l":{"one":{"s":1,"c":2}}}', 'cmi.core.student_name': 'Doe, Jane' });
    const expected = { v: 2, l: { one: { s: 1, c: 2 }, two: { s: 5, c: 6 } }, u: { n: 'Jane Doe' } };
    expect(store.$progress.get()).toEqual(expected);
    expect(JSON.parse(backing.getItem(KEY)!)).toEqual(expected);
    expect(JSON.parse(data['cmi.suspend_data']!)).toEqual(expected);
    expect(data['cmi.core.lesson_status']).toBe('completed');
    expect(log.filter((entry) => entry === 'commit')).toHaveLength(1);
    stop();
  });

  it("does not merge another LMS learner's progress left in this browser, and remembers whose it is now", async () => {
    backing.setItem(KEY, JSON.stringify({ v: 2, l: { two: { s: 5, c: 6 } }, u: { n: 'Omar' } }));
    backing.setItem('mot:scorm@1:learner', 'omar');
    const { data, store, stop } = await startWith({ 'cmi.core.student_id': 'jane', 'cmi.core.student_name': 'Doe, Jane', 'cmi.suspend_data': '{"v":1,"l":{"one":{"s":1}}}' });
    expect(store.$progress.get()).toEqual({ v: 2, l: { one: { s: 1 } }, u: { n: 'Jane Doe' } });
    expect(JSON.parse(data['cmi.suspend_data']!).l.two).toBeUndefined();
    expect(backing.getItem('mot:scorm@1:learner')).toBe('jane');
    stop();
  });

  it('sends a change at once, commits a moment later, and commits at once when the page is left', async () => {
    const { data, log, store, stop } = await startWith({});
    log.length = 0;
    store.completeLesson('one');
    expect(JSON.parse(data['cmi.suspend_data']!).l.one.c).toEqual(expect.any(Number));
    expect(log).toEqual(['set cmi.suspend_data']);
    vi.advanceTimersByTime(1500);
    expect(log).toEqual(['set cmi.suspend_data', 'commit']);
    // Nothing new: leaving commits nothing more.
    window.dispatchEvent(new Event('pagehide'));
    expect(log.filter((entry) => entry === 'commit')).toHaveLength(1);
    store.completeLesson('two');
    window.dispatchEvent(new Event('pagehide'));
    expect(log.slice(-3)).toEqual(['set cmi.suspend_data', 'set cmi.core.lesson_status', 'commit']);
    expect(data['cmi.core.lesson_status']).toBe('completed');
    stop();
  });

  it('starts once', async () => {
    const { log, stop } = await startWith({});
    const before = log.length;
    (await import('../../src/scripts/scorm-page')).start();
    expect(log).toHaveLength(before);
    stop();
  });

  it('does nothing, and does not throw, when the frame above is another origin', async () => {
    vi.resetModules();
    Object.defineProperty(window, 'motScorm', {
      configurable: true,
      get() {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    const { start } = await import('../../src/scripts/scorm-page');
    expect(() => start()).not.toThrow();
    expect(backing.getItem(KEY)).toBeNull();
  });

  it('keeps unreadable LMS data on this device, says so, and then writes good progress over it', async () => {
    const { data, stop } = await startWith({ 'cmi.suspend_data': '{"v":1,"l":' });
    const StorageNotice = (await import('../../src/islands/StorageNotice')).default;
    render(<StorageNotice strings={en} />);
    await waitFor(() => expect(screen.getByText(/could not read the progress your learning platform kept for you \(it is damaged\), so you carry on/)).toBeTruthy());
    expect([...backing.data.keys()].some((key) => key.startsWith(`${KEY}:unreadable:`))).toBe(true);
    expect(JSON.parse(data['cmi.suspend_data']!)).toEqual({ v: 2, l: {} });
    stop();
  });

  it('writes nothing over unreadable LMS data it could not keep, but still sends the status', async () => {
    backing.failWrites = quotaError();
    const { data, stop } = await startWith({ 'cmi.suspend_data': '{"v":9,"l":{}}' });
    const StorageNotice = (await import('../../src/islands/StorageNotice')).default;
    render(<StorageNotice strings={en} />);
    await waitFor(() => expect(screen.getByText(/newer version of this course\) and could not make a safe copy of it, so nothing will be saved over it there/)).toBeTruthy());
    expect(data['cmi.suspend_data']).toBe('{"v":9,"l":{}}');
    expect(data['cmi.core.lesson_status']).toBe('incomplete');
    stop();
  });
});
