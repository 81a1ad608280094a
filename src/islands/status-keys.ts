import type { LessonStatus } from '../lib/progress/rules';
import type { UiKey } from '../lib/ui-strings';

/** The interface string for each lesson status (course map, My progress). */
export const STATUS_KEYS: Record<LessonStatus, UiKey> = {
  'not-started': 'status.notStarted',
  'in-progress': 'status.inProgress',
  completed: 'status.completed',
};
