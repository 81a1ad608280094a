/**
 * Ordering by keyboard or pointer: each item has Move up and Move down
 * buttons (never drag alone). After a move, focus stays with the moved item
 * and its new position is announced. Until the island is live (it wakes when
 * scrolled to), the buttons are disabled and say why, rather than doing nothing.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiKey } from '../../lib/ui-strings';
import type { OrderingQuestion as Ordering } from '../../lib/quiz/types';
import { dirOf, type QuestionProps } from './types';
import { useHydrated } from '../use-hydrated';

export function OrderingQuestion({ question, response, onChange, checked, reveal = checked, t, id, lang }: QuestionProps<Ordering>) {
  const order = Array.isArray(response) ? response : question.items.map((_, index) => index);
  /** The last move, said in the status region: the item and its new position. */
  const [moved, setMoved] = useState<{ item: number; position: number } | null>(null);
  // The order the move leads to: focus moves once the list shows it (in the final the answer is saved
  // to a store first, and the list reorders a render later; focusing before would lose focus with the moved item).
  const [focusTarget, setFocusTarget] = useState<{ item: number; direction: 'up' | 'down'; order: string } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const shown = checked && reveal;
  const hydrated = useHydrated();
  const waking = hydrated ? undefined : `${id}-waking`;

  useEffect(() => {
    if (!focusTarget || focusTarget.order !== order.join()) return;
    const position = order.indexOf(focusTarget.item);
    // At the top or bottom the pressed button is disabled: move focus to the other one.
    const atEdge = focusTarget.direction === 'up' ? position === 0 : position === order.length - 1;
    const direction = atEdge ? (focusTarget.direction === 'up' ? 'down' : 'up') : focusTarget.direction;
    buttons.current.get(`${focusTarget.item}-${direction}`)?.focus();
    setFocusTarget(null);
  }, [focusTarget, order]);

  function move(position: number, step: -1 | 1) {
    const next = [...order];
    const item = next[position]!;
    next[position] = next[position + step]!;
    next[position + step] = item;
    onChange(next);
    setMoved({ item, position: position + step + 1 });
    setFocusTarget({ item, direction: step < 0 ? 'up' : 'down', order: next.join() });
  }

  /** "Move “{item}” up": the item, in the question's language, is its own element inside the sentence. */
  function withItem(key: UiKey, text: string, values: Record<string, number> = {}) {
    const [before, after] = t(key, { ...values, item: '\u0000' }).split('\u0000');
    return (
      <>
        {before}
        <span lang={lang} dir={dirOf(lang)}>
          {text}
        </span>
        {after}
      </>
    );
  }

  return (
    <>
      <p class="question__hint" id={`${id}-hint`}>
        {t('quiz.orderHint')}
      </p>
      {waking && !checked && (
        <p class="question__hint" id={waking}>
          {t('quiz.orderWaking')}
        </p>
      )}
      <ol class="ordering">
        {order.map((item, position) => {
          const text = question.items[item]!;
          const inPlace = item === position;
          return (
            <li key={item} class={`ordering__item${shown ? (inPlace ? ' ordering__item--right' : ' ordering__item--wrong') : ''}`}>
              <span class="ordering__text" lang={lang} dir={dirOf(lang)}>
                {text}
              </span>
              {shown && <span class="choice__tag"> ({inPlace ? t('quiz.inPlace') : t('quiz.belongsAt', { position: item + 1 })})</span>}
              {!checked && (
                <span class="ordering__buttons">
                  <button
                    type="button"
                    class="button button--quiet button--icon"
                    disabled={!hydrated || position === 0}
                    aria-describedby={waking}
                    ref={(element) => void (element ? buttons.current.set(`${item}-up`, element) : buttons.current.delete(`${item}-up`))}
                    onClick={() => move(position, -1)}
                  >
                    <span class="visually-hidden">{withItem('quiz.moveUp', text)}</span>
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    class="button button--quiet button--icon"
                    disabled={!hydrated || position === order.length - 1}
                    aria-describedby={waking}
                    ref={(element) => void (element ? buttons.current.set(`${item}-down`, element) : buttons.current.delete(`${item}-down`))}
                    onClick={() => move(position, 1)}
                  >
                    <span class="visually-hidden">{withItem('quiz.moveDown', text)}</span>
                    <span aria-hidden="true">↓</span>
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <div class="visually-hidden" role="status" id={`${id}-moves`}>
        {moved && withItem('quiz.moved', question.items[moved.item]!, { position: moved.position, total: order.length })}
      </div>
    </>
  );
}
