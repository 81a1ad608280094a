/**
 * Flashcards (issue 24): the glossary one card at a time. The front shows the
 * term; turning it over shows the definition and the lessons that explain it,
 * and the learner says whether they knew it (saved in progress, "g"). The deck
 * is dealt once progress is ready (src/lib/flashcards/deck.ts: the cards to
 * review first) and keeps its order until dealt again, so answering does not
 * reshuffle the cards under the learner's hands.
 *
 * Until then, and without JavaScript, it is what the server rendered: every
 * term with its definition, as a list.
 *
 * Keys: Space or Enter on the card turns it over (it is a button); the arrow
 * keys move in the direction they point, so on a right-to-left page the left
 * arrow goes to the next card, as the cards are laid out.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { deckFor, KNOWN, lessonFromSearch, orderDeck, REVIEW, summarizeDeck, type Answer } from '../lib/flashcards/deck';
import { makeTranslator, type UiStrings } from '../lib/ui-strings';
import { answerCard } from '../stores/flashcards';
import { $progress, $progressReady } from '../stores/progress';
import { useHydrated } from './use-hydrated';
import { useStore } from './use-store';

export interface FlashcardTerm {
  readonly id: string;
  readonly term: string;
  readonly definition: string;
  /** The lessons that explain the term, by slug, in course order. */
  readonly lessons: readonly string[];
  /** Set when the term is shown in the original in place of a translation. */
  readonly lang?: string | undefined;
  readonly dir?: 'ltr' | 'rtl' | undefined;
}

export interface FlashcardLesson {
  readonly slug: string;
  readonly title: string;
  readonly href: string;
  /** The title's language when it is not the page's. */
  readonly lang?: string | undefined;
}

interface Props {
  /** Every glossary term, in glossary order. */
  cards: FlashcardTerm[];
  /** The lessons that explain at least one term: a deck of their own (`?lesson=<slug>`). */
  lessons: FlashcardLesson[];
  /** This page without a lesson: the whole deck. */
  allHref: string;
  strings: UiStrings;
}

interface Deck {
  readonly lesson?: FlashcardLesson | undefined;
  readonly unknown: boolean;
  readonly cards: readonly FlashcardTerm[];
}

function TaughtIn({ card, lessons, label }: { card: FlashcardTerm; lessons: FlashcardLesson[]; label: string }) {
  return (
    <p class="glossary__lessons">
      {label}{' '}
      {card.lessons.map((slug, index) => {
        const lesson = lessons.find((each) => each.slug === slug)!;
        return (
          <>
            {index > 0 && ', '}
            <a href={lesson.href} lang={lesson.lang}>
              {lesson.title}
            </a>
          </>
        );
      })}
    </p>
  );
}

export default function Flashcards({ cards, lessons, allHref, strings }: Props) {
  const t = makeTranslator(strings, 'Flashcards');
  const progress = useStore($progress, { ssr: 'initial' });
  const ready = useHydrated($progressReady);
  const [deck, setDeck] = useState<Deck | null>(null);
  const [index, setIndex] = useState(0);
  const [flipped, setFlipped] = useState(false);
  /** What the live region says: the result of an answer (shown), then where the learner is (for screen readers: the card shows it). */
  const [status, setStatus] = useState(['', '']);
  const [focus, setFocus] = useState<'card' | 'end' | null>(null);
  const cardRef = useRef<HTMLButtonElement>(null);
  const endRef = useRef<HTMLParagraphElement>(null);

  function deal() {
    const { lesson, unknown } = lessonFromSearch(location.search, lessons.map((each) => each.slug));
    setDeck({ lesson: lessons.find((each) => each.slug === lesson), unknown, cards: orderDeck(deckFor(cards, lesson), $progress.get().g) });
    setIndex(0);
    setFlipped(false);
  }

  useEffect(() => {
    if (ready) deal();
  }, [ready]);

  // Focus moves as the render that shows its target is committed.
  useLayoutEffect(() => {
    if (!focus) return;
    (focus === 'card' ? cardRef : endRef).current?.focus();
    setFocus(null);
  }, [focus]);

  if (!deck) {
    return (
      <dl class="glossary">
        {cards.map((card) => (
          <div class="glossary__entry">
            <dt lang={card.lang} dir={card.dir}>
              {card.term}
            </dt>
            <dd>
              <p lang={card.lang} dir={card.dir}>
                {card.definition}
              </p>
              <TaughtIn card={card} lessons={lessons} label={t('glossary.taughtIn')} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }

  const count = deck.cards.length;
  const card = deck.cards[index];
  const where = (at: number) => (at < count ? t('flashcards.position', { position: at + 1, count }) : t('flashcards.end', { count }));

  /** Shows card `at` (`count`: the end of the deck), saying where the learner is, after `said`. */
  function moveTo(at: number, said = '') {
    if (at < 0 || at > count) return;
    setIndex(at);
    setFlipped(false);
    setStatus([said, where(at)]);
    // Focus stays on Previous and Next; anywhere else (an answer, a link on the back) it would be lost with the card.
    if (!document.activeElement?.closest('.flashcards__moves')) setFocus(at < count ? 'card' : 'end');
  }

  function answer(value: Answer) {
    answerCard(card!.id, value);
    moveTo(index + 1, `${t(value === KNOWN ? 'flashcards.savedKnew' : 'flashcards.savedReview', { term: card!.term })} `);
  }

  function onKeyDown(event: KeyboardEvent) {
    if ((event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    const rtl = (event.currentTarget as HTMLElement).closest('[dir]')?.getAttribute('dir') === 'rtl';
    moveTo(index + ((event.key === 'ArrowRight') !== rtl ? 1 : -1));
  }

  const summary = summarizeDeck(deck.cards, progress.g);

  return (
    <section class="flashcards" aria-labelledby="flashcards-deck" onKeyDown={onKeyDown}>
      <h2 id="flashcards-deck" lang={deck.lesson?.lang}>{deck.lesson ? deck.lesson.title : t('flashcards.all')}</h2>
      {deck.unknown && <p class="notice notice--info">{t('flashcards.unknownLesson')}</p>}
      <p>
        {t('flashcards.count', { count })}
        {deck.lesson && (
          <>
            {' · '}
            <a href={allHref}>{t('flashcards.allLink')}</a>
          </>
        )}
      </p>
      <p>{t('flashcards.howTo')}</p>
      <p class="flashcards__summary">{t('flashcards.summary', { ...summary })}</p>
      {card ? (
        <>
          <div class="flashcard" role="group" aria-labelledby="flashcard-term" data-flipped={flipped || undefined}>
            <p class="flashcards__position">{where(index)}</p>
            <p id="flashcard-term" class="flashcard__term" lang={card.lang} dir={card.dir}>
              {card.term}
            </p>
            <div id="flashcard-back" class="flashcard__back" hidden={!flipped}>
              <p lang={card.lang} dir={card.dir}>
                {card.definition}
              </p>
              <TaughtIn card={card} lessons={lessons} label={t('glossary.taughtIn')} />
            </div>
            <button ref={cardRef} type="button" class="button" aria-expanded={flipped} aria-controls="flashcard-back" onClick={() => setFlipped(!flipped)}>
              {t('flashcards.flip')}
            </button>
          </div>
          {flipped && (
            <div class="flashcards__answer" role="group" aria-labelledby="flashcards-answer">
              <p id="flashcards-answer">{t('flashcards.answer')}</p>
              <button type="button" class="button" onClick={() => answer(KNOWN)}>
                {t('flashcards.knew')}
              </button>
              <button type="button" class="button" onClick={() => answer(REVIEW)}>
                {t('flashcards.review')}
              </button>
            </div>
          )}
        </>
      ) : (
        <div class="flashcard">
          <p ref={endRef} tabIndex={-1}>
            {where(count)}
          </p>
          <button
            type="button"
            class="button"
            onClick={() => {
              deal();
              setStatus(['', where(0)]);
              setFocus('card');
            }}
          >
            {t('flashcards.again')}
          </button>
        </div>
      )}
      <div class="flashcards__moves" role="group" aria-label={t('flashcards.moves')}>
        <button type="button" class="button button--quiet" aria-disabled={index === 0 || undefined} onClick={() => moveTo(index - 1)}>
          {t('flashcards.previous')}
        </button>
        <button type="button" class="button button--quiet" aria-disabled={index === count || undefined} onClick={() => moveTo(index + 1)}>
          {t('flashcards.next')}
        </button>
      </div>
      <p role="status" class="flashcards__status">
        {status[0]}
        <span class="visually-hidden">{status[1]}</span>
      </p>
    </section>
  );
}
