import type { LessonStatus } from '../lib/progress/rules';

/** The interface string for each lesson status (course map, My progress). */
export const STATUS_KEYS: Record<LessonStatus, string> = {
  'not-started': 'status.notStarted',
  'in-progress': 'status.inProgress',
  completed: 'status.completed',
};
