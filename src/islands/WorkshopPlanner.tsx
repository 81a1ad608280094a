/**
 * The workshop planner: pick lessons, knowledge checks and role-plays; get a
 * timed agenda with breaks and the list of materials to print. The choice is
 * saved in this browser (src/stores/trainer.ts); the timing is src/lib/trainer.
 */
import { useStore } from './use-store';
import type { ComponentChild } from 'preact';
import { buildAgenda, clockTime, duration, type AgendaRow } from '../lib/trainer/agenda';
import { BREAK_BOUNDS, planItems, toggle, type Catalogue, type Plan } from '../lib/trainer/plan';
import { makePartsTranslator } from '../lib/ui-string-parts';
import { makeTranslator, type UiKey, type UiStrings } from '../lib/ui-strings';
import { $plan, $planProblem, planOrDefault, savePlan } from '../stores/trainer';
import { useHydrated } from './use-hydrated';

interface Links {
  presenter: Record<string, string>;
  handout: Record<string, string>;
  quiz: Record<string, string>;
  answers: Record<string, string>;
  cards: Record<string, string>;
}

/** A title, with its language when it is not the page's (a lesson not translated yet). */
interface Title {
  readonly title: string;
  readonly lang?: string;
}

/** A title in another language than the page's gets its own `lang`, isolated from the text around it for the bidi algorithm. */
function named({ title, lang }: Title): ComponentChild {
  return lang ? <bdi lang={lang}>{title}</bdi> : title;
}

/** The break settings, with the bounds the saved plan accepts. */
const BREAK_FIELDS = (['breakAfter', 'breakMinutes'] as const).map((key) => ({ key, ...BREAK_BOUNDS[key] }));

interface Props {
  catalogue: Catalogue;
  breakAfter: number;
  breakMinutes: number;
  links: Links;
  strings: UiStrings;
}

export default function WorkshopPlanner({ catalogue, breakAfter, breakMinutes, links, strings }: Props) {
  const t = makeTranslator(strings, 'WorkshopPlanner');
  const parts = makePartsTranslator(strings, 'WorkshopPlanner');
  /** A string whose placeholders hold markup, such as a title in its own language. */
  const say = (key: UiKey, values: Record<string, ComponentChild>): ComponentChild[] =>
    parts(key, Object.fromEntries(Object.keys(values).map((name) => [name, '']))).map((part) => (typeof part === 'string' ? part : values[part.name]));
  const hydrated = useHydrated();
  useStore($plan);
  const problem = useStore($planProblem);
  const plan = planOrDefault(breakAfter, breakMinutes);
  const items = planItems(plan, catalogue);
  const agenda = buildAgenda(items, plan);
  const { hours, minutes } = duration(agenda.total);
  // Changes apply to the store's current plan, not this render's copy: the store re-renders on a timer, and quick clicks must not undo each other.
  const update = (change: (current: Plan) => Plan) => savePlan(change(planOrDefault(breakAfter, breakMinutes)));
  const lessonTitle = (slug: string): Title => catalogue.lessons.find((lesson) => lesson.slug === slug)!;
  const rowLabel = (row: AgendaRow) =>
    row.kind === 'break' ? t('planner.break') : row.kind === 'check' ? say('planner.checkOf', { lesson: named(row) }) : say('planner.row', { kind: t(`planner.kind.${row.kind}`), title: named(row) });

  return (
    <div class="planner">
      {problem && (
        <p class="notice" role="alert">
          {t('planner.unreadable', { detail: problem.detail })}
        </p>
      )}
      <form class="planner__form print-hide" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{t('planner.lessons')}</legend>
          <ul class="planner__choices">
            {catalogue.lessons.map((lesson) => (
              <li key={lesson.slug}>
                <label>
                  <input
                    type="checkbox"
                    disabled={!hydrated}
                    checked={plan.lessons.includes(lesson.slug)}
                    onChange={(event) => update((current) => toggle(current, 'lessons', lesson.slug, event.currentTarget.checked))}
                  />{' '}
                  {say('planner.withMinutes', { title: named(lesson), minutes: lesson.minutes })}
                </label>
                {lesson.check && (
                  <label class="planner__check">
                    <input
                      type="checkbox"
                      disabled={!hydrated}
                      checked={plan.checks.includes(lesson.slug)}
                      onChange={(event) => update((current) => toggle(current, 'checks', lesson.slug, event.currentTarget.checked))}
                    />{' '}
                    {say('planner.withMinutes', { title: say('planner.checkOf', { lesson: named(lesson) }), minutes: catalogue.checkMinutes })}
                  </label>
                )}
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset>
          <legend>{t('planner.roleplays')}</legend>
          <ul class="planner__choices">
            {catalogue.roleplays.map((play) => (
              <li key={play.id}>
                <label>
                  <input
                    type="checkbox"
                    disabled={!hydrated}
                    checked={plan.roleplays.includes(play.id)}
                    onChange={(event) => update((current) => toggle(current, 'roleplays', play.id, event.currentTarget.checked))}
                  />{' '}
                  {say('planner.withMinutes', { title: named(play), minutes: catalogue.rolePlayMinutes })}{' '}
                  <span class="question__hint">{say('planner.practises', { lesson: named(lessonTitle(play.lesson)) })}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset class="planner__times">
          <legend>{t('planner.times')}</legend>
          <label>
            {t('planner.start')}
            <input
              type="time"
              value={plan.start}
              disabled={!hydrated}
              required
              onChange={(event) => {
                const start = event.currentTarget.value;
                if (start) update((current) => ({ ...current, start }));
              }}
            />
          </label>
          {BREAK_FIELDS.map(({ key, min, max }) => (
            <label key={key}>
              {t(`planner.${key}`)}
              <input
                type="number"
                min={min}
                max={max}
                step={5}
                value={plan[key]}
                disabled={!hydrated}
                onChange={(event) => {
                  // Out-of-range or half-typed values are ignored; the saved plan keeps its last good value.
                  const value = Number(event.currentTarget.value);
                  if (Number.isInteger(value) && value >= min && value <= max) update((current) => ({ ...current, [key]: value }));
                }}
              />
            </label>
          ))}
        </fieldset>
      </form>

      <section aria-labelledby="agenda-heading" class="planner__agenda">
        <h2 id="agenda-heading">{t('planner.agenda')}</h2>
        <p role="status" class="planner__total">
          {items.length
            ? t('planner.total', { hours, minutes, start: plan.start, end: clockTime(plan.start, agenda.total), breaks: agenda.breaks })
            : t('planner.empty')}
        </p>
        {items.length > 0 && (
          <>
            <div class="table-scroll" role="region" aria-label={t('planner.agendaTable')} tabIndex={0}>
              <table>
                <caption class="visually-hidden">{t('planner.agendaTable')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('planner.time')}</th>
                    <th scope="col">{t('planner.activity')}</th>
                    <th scope="col">{t('planner.minutes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {agenda.rows.map((row, index) => (
                    <tr key={index} class={row.kind === 'break' ? 'planner__break' : undefined}>
                      <td class="hr-nowrap">
                        <bdi dir="ltr">
                          {clockTime(plan.start, row.start)}–{clockTime(plan.start, row.start + row.minutes)}
                        </bdi>
                      </td>
                      <th scope="row">{rowLabel(row)}</th>
                      <td>{row.minutes}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h2>{t('planner.materials')}</h2>
            <ul class="planner__materials">
              <li>{t('planner.projector')}</li>
              {items.map((item) =>
                item.kind === 'lesson' ? (
                  <li key={`l-${item.id}`}>
                    <a href={links.handout[item.id]}>{say('planner.handout', { title: named(item) })}</a> ·{' '}
                    <a href={links.presenter[item.id]}>{say('planner.presenter', { title: named(item) })}</a>
                  </li>
                ) : item.kind === 'check' ? (
                  <li key={`c-${item.id}`}>
                    <a href={links.quiz[item.id]}>{say('planner.paperQuiz', { title: named(item) })}</a> ·{' '}
                    <a href={links.answers[item.id]}>{say('planner.answerKey', { title: named(item) })}</a>
                  </li>
                ) : (
                  <li key={`r-${item.id}`}>
                    <a href={links.cards[item.id]}>{say('planner.cards', { title: named(item) })}</a>
                  </li>
                ),
              )}
              <li>{t('planner.pens')}</li>
            </ul>
            <p class="print-hide">
              <button type="button" class="button" disabled={!hydrated} onClick={() => window.print()}>
                {t('planner.print')}
              </button>
            </p>
          </>
        )}
      </section>
    </div>
  );
}
