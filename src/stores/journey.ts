/**
 * Profile and whole-document actions on $progress (My progress page), in a
 * module of their own so that other pages do not load them.
 */
import type { Profile, Progress } from '../lib/progress/schema';
import { mergeProgress } from '../lib/progress/merge';
import { update } from './progress';

/** The learner's profile: the name for the certificate, optional employee ID and email, preferred locale. */
export function saveProfile(profile: Profile | undefined): void {
  update((doc) => {
    const { u: _previous, ...rest } = doc;
    return profile ? { ...rest, u: profile } : rest;
  });
}

/** Replaces the whole document (after an import was confirmed, or a reset). */
export function replaceProgress(doc: Progress): void {
  update(() => doc);
}

/**
 * Merges an imported progress file into what is stored now (not into what a
 * page showed when the file was picked: another tab may have written since).
 */
export function mergeIntoProgress(incoming: Progress, options: { replaceProfile: boolean }): void {
  update((doc) => mergeProgress(doc, incoming, options));
}
