/**
 * Finding the LMS's SCORM API and calling it the same way in both versions.
 *
 * The standard's discovery: look for `API` (SCORM 1.2) or `API_1484_11`
 * (SCORM 2004) on the window, then up the chain of `parent` windows (at most
 * MAX_HOPS), then the same from `opener` (a course opened in a new window).
 * A frame from another origin throws on access: that counts as "not here".
 * Everything the LMS returns is a string, and is treated as untrusted.
 */

export type ScormVersion = '1.2' | '2004';

/** The part of a window the search reads. */
export interface WindowLike {
  readonly parent?: WindowLike | null;
  readonly opener?: WindowLike | null;
  readonly [name: string]: unknown;
}

/** The methods a SCORM 1.2 LMS offers (window.API). */
interface Api12 {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
}

/** The methods a SCORM 2004 LMS offers (window.API_1484_11). */
interface Api2004 {
  Initialize(arg: ''): unknown;
  Terminate(arg: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(arg: ''): unknown;
  GetLastError(): unknown;
}

export type FoundApi = { version: '2004'; api: Api2004 } | { version: '1.2'; api: Api12 };

/** How far up the parents to look (the standard's examples stop at 7). */
export const MAX_HOPS = 7;

const METHODS: Record<ScormVersion, readonly string[]> = {
  '1.2': ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'],
  '2004': ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError'],
};

function read(win: WindowLike, name: string): unknown {
  try {
    return win[name];
  } catch {
    return undefined; // another origin
  }
}

function isApi(value: unknown, version: ScormVersion): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return METHODS[version].every((method) => typeof (value as Record<string, unknown>)[method] === 'function');
}

function apiOn(win: WindowLike): FoundApi | null {
  const api2004 = read(win, 'API_1484_11');
  if (isApi(api2004, '2004')) return { version: '2004', api: api2004 as Api2004 };
  const api12 = read(win, 'API');
  if (isApi(api12, '1.2')) return { version: '1.2', api: api12 as Api12 };
  return null;
}

function searchUp(start: WindowLike): FoundApi | null {
  let win: WindowLike = start;
  for (let hop = 0; hop <= MAX_HOPS; hop += 1) {
    const found = apiOn(win);
    if (found) return found;
    const parent = read(win, 'parent') as WindowLike | null | undefined;
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

/** The LMS's API seen from `win`, SCORM 2004 first when a window offers both; null on a plain website. */
export function findApi(win: WindowLike): FoundApi | null {
  const found = searchUp(win);
  if (found) return found;
  const opener = read(win, 'opener') as WindowLike | null | undefined;
  return opener ? searchUp(opener) : null;
}

/** Both versions behind one set of calls; every answer is a plain string or boolean. */
export interface Lms {
  readonly version: ScormVersion;
  initialize(): boolean;
  terminate(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  /** The LMS's last error code ("0" when none). */
  lastError(): string;
}

const ok = (answer: unknown) => String(answer) === 'true';

/** Wraps an API; an LMS method that throws counts as a failure, never as a crash. */
export function connect(found: FoundApi): Lms {
  const guard = <T>(call: () => T, fallback: T): T => {
    try {
      return call();
    } catch {
      return fallback;
    }
  };
  const text = (answer: unknown) => (typeof answer === 'string' ? answer : answer === null || answer === undefined ? '' : String(answer));
  if (found.version === '2004') {
    const { api } = found;
    return {
      version: '2004',
      initialize: () => guard(() => ok(api.Initialize('')), false),
      terminate: () => guard(() => ok(api.Terminate('')), false),
      get: (element) => guard(() => text(api.GetValue(element)), ''),
      set: (element, value) => guard(() => ok(api.SetValue(element, value)), false),
      commit: () => guard(() => ok(api.Commit('')), false),
      lastError: () => guard(() => text(api.GetLastError()), ''),
    };
  }
  const { api } = found;
  return {
    version: '1.2',
    initialize: () => guard(() => ok(api.LMSInitialize('')), false),
    terminate: () => guard(() => ok(api.LMSFinish('')), false),
    get: (element) => guard(() => text(api.LMSGetValue(element)), ''),
    set: (element, value) => guard(() => ok(api.LMSSetValue(element, value)), false),
    commit: () => guard(() => ok(api.LMSCommit('')), false),
    lastError: () => guard(() => text(api.LMSGetLastError()), ''),
  };
}
