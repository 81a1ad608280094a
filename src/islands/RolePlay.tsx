/**
 * A branching conversation: the customer speaks, the learner picks a reply,
 * the customer reacts. The path is saved as it grows, so a reload resumes the
 * conversation; an ending shows the outcome and a debrief of every reply.
 * Replies are shown in a seeded order (the best is not always first), worked
 * out at build time; the path keeps their authored indexes. After a reply, focus moves to the
 * customer's new line (or the ending's title), and one announcement says what
 * the reply did and what the customer says next; Tab then reaches the replies.
 */
import { useStore } from './use-store';
import { useEffect, useRef, useState } from 'preact/hooks';
import { choose, OUTCOME_RANK, replay, restates, signedChange } from '../lib/roleplay/play';
import type { Scenario } from '../lib/roleplay/types';
import { LOCALE_KEY, makeTranslator, type UiKey, type UiStrings } from '../lib/ui-strings';
import { $progress, $progressReady } from '../stores/progress';
import { recordRolePlayOutcome, saveRolePlayPath } from '../stores/roleplay';
import { useHydrated } from './use-hydrated';

interface Props {
  scenario: Scenario;
  /** The order to show each node's replies in (authored indexes): replyOrders(scenario), worked out at build time. */
  orders: Readonly<Record<string, readonly number[]>>;
  lessons: Record<string, { title: string; href: string; lang?: string | undefined }>;
  sources: Record<string, string>;
  strings: UiStrings;
  /** Language of the scenario when it differs from the page's: its text is marked with it, the interface's words are not. */
  lang?: string | undefined;
  /** Language of the source titles (English renderings) when it differs from the page's. */
  sourceLang?: string | undefined;
}

/** The direction of a language given apart from the page's. */
const dirOf = (lang: string | undefined) => (lang ? (lang === 'ar' ? 'rtl' : 'ltr') : undefined);

export default function RolePlay({ scenario, orders, lessons, sources, strings, lang, sourceLang }: Props) {
  const t = makeTranslator(strings, 'RolePlay');
  const progress = useStore($progress, { ssr: 'initial' });
  const hydrated = useHydrated($progressReady);
  const [moved, setMoved] = useState(false);
  const lineRef = useRef<HTMLParagraphElement>(null);
  const endingRef = useRef<HTMLHeadingElement>(null);
  const stored = progress.r?.[scenario.id];
  const path = stored?.p ?? [];
  // A stored path that no longer fits (the scenario changed) starts the conversation again.
  const position = replay(scenario, path) ?? replay(scenario, [])!;
  const ending = position.ended ? scenario.endings[position.at]! : undefined;
  const node = position.ended ? undefined : scenario.nodes[position.at]!;
  const lastStep = position.steps.at(-1);
  const effectText = (effect: number) => signedChange(effect, String(strings[LOCALE_KEY] ?? 'en'));
  /** Scenario text, marked with its language. */
  const own = (text: string) => (lang ? <span lang={lang} dir={dirOf(lang)}>{text}</span> : text);
  /** An interface string with scenario text filled in: each filled-in part keeps its own language. */
  function fill(key: UiKey, values: Record<string, string | number>, scenarioText: readonly string[]) {
    if (!lang) return t(key, values);
    const marked = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, scenarioText.includes(name) ? `\u0000${name}\u0000` : value]));
    return t(key, marked)
      .split('\u0000')
      .map((part, index) => (index % 2 === 1 ? <span key={index}>{own(String(values[part]))}</span> : part));
  }
  // What the last reply did, then what the customer says (or how it ended): one announcement.
  const announcement = lastStep ? (
    <>
      {fill('roleplay.reaction', { reaction: lastStep.choice.reaction, label: scenario.meter.label, change: effectText(lastStep.choice.effect), value: position.meter }, ['reaction', 'label'])}{' '}
      {ending ? own(ending.title) : own(`${scenario.persona.name}: ${node!.customer}`)}
    </>
  ) : (
    ''
  );

  useEffect(() => {
    if (!moved) return;
    const target = ending ? endingRef.current : lineRef.current;
    target?.focus({ preventScroll: true });
    target?.scrollIntoView?.({ block: 'center' });
    setMoved(false);
  }, [moved, ending]);

  function reply(index: number) {
    const next = choose(scenario, path, index);
    saveRolePlayPath(scenario.id, next);
    const after = replay(scenario, next);
    if (after?.ended) recordRolePlayOutcome(scenario.id, OUTCOME_RANK[scenario.endings[after.at]!.outcome]);
    setMoved(true);
  }

  function restart() {
    saveRolePlayPath(scenario.id, []);
    setMoved(true);
  }

  const meterText = fill('roleplay.meter', { label: scenario.meter.label, value: position.meter }, ['label']);
  const outcomeLabel = ending ? t(`roleplay.outcome.${ending.outcome}`) : '';

  return (
    <div class="roleplay">
      <div class="roleplay__meter">
        <label for={`meter-${scenario.id}`} lang={lang} dir={dirOf(lang)}>
          {scenario.meter.label}
        </label>
        <meter id={`meter-${scenario.id}`} min={0} max={100} low={35} high={70} optimum={100} value={position.meter} aria-describedby={`meter-${scenario.id}-value`} />
        <span id={`meter-${scenario.id}-value`}>{t('roleplay.meterValue', { value: position.meter })}</span>
      </div>
      <ol class="transcript" aria-label={t('roleplay.transcript')}>
        {position.steps.map((step, index) => (
          <li key={index} class="transcript__turn">
            {scenario.nodes[step.node]!.narration && (
              <p class="transcript__narration" lang={lang} dir={dirOf(lang)}>
                {scenario.nodes[step.node]!.narration}
              </p>
            )}
            <p class="transcript__customer" lang={lang} dir={dirOf(lang)}>
              <strong>{scenario.persona.name}:</strong> {scenario.nodes[step.node]!.customer}
            </p>
            <p class="transcript__you">
              <strong>{t('roleplay.you')}:</strong> {own(step.choice.text)}
            </p>
            <p class="transcript__reaction" lang={lang} dir={dirOf(lang)}>
              {step.choice.reaction} <span class="roleplay__effect">({scenario.meter.label} {effectText(step.choice.effect)})</span>
            </p>
          </li>
        ))}
        {node && (
          <li class="transcript__turn transcript__turn--current">
            {node.narration && (
              <p class="transcript__narration" lang={lang} dir={dirOf(lang)}>
                {node.narration}
              </p>
            )}
            <p class="transcript__customer" ref={lineRef} tabIndex={-1} lang={lang} dir={dirOf(lang)}>
              <strong>{scenario.persona.name}:</strong> {node.customer}
            </p>
          </li>
        )}
      </ol>
      <div class="visually-hidden" aria-live="polite">
        {announcement}
      </div>
      {node && (
        <div class="roleplay__choices" role="group" aria-labelledby={`choices-${scenario.id}`}>
          <h2 id={`choices-${scenario.id}`}>{t('roleplay.whatNext')}</h2>
          {orders[position.at]!.map((index) => (
            <button key={`${position.at}-${index}`} type="button" class="button button--choice" lang={lang} dir={dirOf(lang)} disabled={!hydrated} onClick={() => reply(index)}>
              {node.choices[index]!.text}
            </button>
          ))}
        </div>
      )}
      {ending && (
        <section class={`roleplay__ending roleplay__ending--${ending.outcome}`} aria-labelledby={`ending-${scenario.id}`}>
          <h2 id={`ending-${scenario.id}`} ref={endingRef} tabIndex={-1} lang={lang} dir={dirOf(lang)}>
            {ending.title}
          </h2>
          <p class="roleplay__outcome">
            {/* The outcome's name, unless the title already says it. */}
            {!restates(ending.title, outcomeLabel) && (
              <>
                <strong>{outcomeLabel}</strong> ·{' '}
              </>
            )}
            {meterText}
          </p>
          <p lang={lang} dir={dirOf(lang)}>
            {ending.debrief}
          </p>
          <h3>{t('roleplay.debrief')}</h3>
          <ol class="debrief">
            {position.steps.map((step, index) => {
              const lesson = lessons[step.choice.lesson];
              return (
                <li key={index}>
                  <p>
                    <strong>{t('roleplay.youSaid')}</strong> {own(step.choice.text)}
                  </p>
                  <p>
                    <strong>{t('roleplay.effect')}</strong> {own(`${step.choice.reaction} (${scenario.meter.label} ${effectText(step.choice.effect)})`)}
                  </p>
                  <p>
                    <strong>{t(step.choice.effect < 0 ? 'roleplay.broke' : 'roleplay.practised')}</strong> {own(step.choice.principle)}
                  </p>
                  <p class="debrief__links">
                    <a href={`${lesson?.href ?? ''}${step.choice.section ? `#${step.choice.section}` : ''}`} lang={lesson?.lang}>
                      {lesson?.title ?? step.choice.lesson}
                    </a>{' '}
                    ·{' '}
                    <span lang={sourceLang} dir={dirOf(sourceLang)}>
                      {sources[step.choice.source] ?? step.choice.source}
                    </span>
                  </p>
                </li>
              );
            })}
          </ol>
          <button type="button" class="button" onClick={restart}>
            {t('roleplay.replay')}
          </button>
        </section>
      )}
      {stored?.b !== undefined && <p class="roleplay__best">{t('roleplay.best', { outcome: t(`roleplay.outcome.${(['lost', 'neutral', 'won'] as const)[stored.b]!}`) })}</p>}
    </div>
  );
}
