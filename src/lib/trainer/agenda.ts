/**
 * The workshop planner's agenda: the chosen lessons, knowledge checks and
 * role-plays in course order, with breaks put in whenever the time since the
 * last break would pass `breakAfter` minutes, and clock times from the start.
 */

export type ItemKind = 'lesson' | 'check' | 'roleplay';

export interface AgendaItem {
  readonly kind: ItemKind;
  readonly id: string;
  /** For a check, the title of its lesson: the interface says what it is. */
  readonly title: string;
  /** The title's language when it is not the page's (an untranslated lesson). */
  readonly lang?: string;
  readonly minutes: number;
}

export type AgendaRow = (AgendaItem | { readonly kind: 'break'; readonly minutes: number }) & {
  /** Minutes from the start of the workshop. */
  readonly start: number;
};

export interface AgendaOptions {
  readonly breakAfter: number;
  readonly breakMinutes: number;
}

export interface Agenda {
  readonly rows: readonly AgendaRow[];
  /** Minutes from start to end, breaks included. */
  readonly total: number;
  readonly breaks: number;
}

export function buildAgenda(items: readonly AgendaItem[], options: AgendaOptions): Agenda {
  const rows: AgendaRow[] = [];
  let clock = 0;
  let sinceBreak = 0;
  let breaks = 0;
  for (const item of items) {
    // A break before an item that would run past the limit; never at the start, never twice in a row.
    if (sinceBreak > 0 && sinceBreak + item.minutes > options.breakAfter) {
      rows.push({ kind: 'break', minutes: options.breakMinutes, start: clock });
      clock += options.breakMinutes;
      sinceBreak = 0;
      breaks += 1;
    }
    rows.push({ ...item, start: clock });
    clock += item.minutes;
    sinceBreak += item.minutes;
  }
  return { rows, total: clock, breaks };
}

/** "09:30" plus 95 minutes is "11:05"; past midnight it wraps. Input is "HH:MM" as an <input type="time"> gives it. */
export function clockTime(start: string, offset: number): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(start);
  const base = match ? Number(match[1]) * 60 + Number(match[2]) : 0;
  const minutes = (((base + offset) % 1440) + 1440) % 1440;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** 205 → { hours: 3, minutes: 25 } for "3 h 25 min". */
export function duration(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}
