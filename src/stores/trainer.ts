/**
 * Trainer mode and the workshop plan: settings of the trainer's own browser,
 * kept in localStorage through safe storage (a blocked or full storage never
 * breaks the page). Trainer mode sets html[data-trainer="on"], which CSS uses
 * to show facilitator notes; lesson pages set it before the first paint from
 * the same key (src/layouts/Base.astro).
 */
import { atom, onMount } from 'nanostores';
import { emptyPlan, readPlan, type Plan } from '../lib/trainer/plan';

export const TRAINER_KEY = 'mot:trainer';
export const PLAN_KEY = 'mot:workshop@1';
export const PLAN_BACKUP_PREFIX = 'mot:workshop@1:unreadable:';

/**
 * Storage that never throws (blocked site data, full quota): a lost setting is
 * a small thing here, so failures are simply "not stored". Kept apart from
 * src/lib/safe-storage.ts on purpose: importing it would make every learner
 * page's shared chunk export more for this trainer-only code.
 */
const storage = {
  read(key: string): string | null {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  write(key: string, value: string): boolean {
    try {
      window.localStorage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
  remove(key: string): void {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Nothing stored, nothing to remove.
    }
  },
};

/** Keeps unreadable text under a key of its own (once, however often it is found); null when it cannot. */
function keepUnreadable(text: string): string | null {
  try {
    for (let index = 0; index < window.localStorage.length; index += 1) {
      const key = window.localStorage.key(index);
      if (key?.startsWith(PLAN_BACKUP_PREFIX) && window.localStorage.getItem(key) === text) return key;
    }
  } catch {
    return null;
  }
  const key = `${PLAN_BACKUP_PREFIX}${Date.now()}`;
  return storage.write(key, text) ? key : null;
}

function applyTrainerMode(on: boolean) {
  if (typeof document === 'undefined') return;
  if (on) document.documentElement.dataset.trainer = 'on';
  else delete document.documentElement.dataset.trainer;
}

export const $trainerMode = atom(false);

onMount($trainerMode, () => {
  $trainerMode.set(storage.read(TRAINER_KEY) === 'on');
  const onStorage = (event: StorageEvent) => {
    if (event.key !== TRAINER_KEY) return;
    $trainerMode.set(event.newValue === 'on');
    applyTrainerMode(event.newValue === 'on');
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
});

export function setTrainerMode(on: boolean): void {
  $trainerMode.set(on);
  if (on) storage.write(TRAINER_KEY, 'on');
  else storage.remove(TRAINER_KEY);
  applyTrainerMode(on);
}

/** Set when a saved plan could not be read: the key its text was kept under (null if it could not be kept). */
export const $planProblem = atom<{ detail: string; backupKey: string | null } | null>(null);
export const $plan = atom<Plan | null>(null);
let writesHeld = false;

onMount($plan, () => {
  const text = storage.read(PLAN_KEY);
  const read = readPlan(text);
  if (read.ok) $plan.set(read.plan);
  else {
    const backupKey = keepUnreadable(text!);
    // If the unreadable plan could not be copied, it is never written over.
    writesHeld = backupKey === null;
    $planProblem.set({ detail: read.detail, backupKey });
  }
});

export function savePlan(plan: Plan): void {
  $plan.set(plan);
  if (!writesHeld) storage.write(PLAN_KEY, JSON.stringify(plan));
}

export function planOrDefault(breakAfter: number, breakMinutes: number): Plan {
  return $plan.get() ?? emptyPlan(breakAfter, breakMinutes);
}
