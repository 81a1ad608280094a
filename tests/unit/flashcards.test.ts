/** Flashcards: the deck, its order, and the answers kept in progress (src/lib/flashcards/deck.ts). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { deckFor, KNOWN, lessonFromSearch, orderDeck, recordAnswer, REVIEW, storableCardId, summarizeDeck, type Answer } from '../../src/lib/flashcards/deck';
import { emptyProgress, MAX_CARD_ID, MAX_CARDS, ProgressSchema, RESERVED_SLUGS, SLUG_PATTERN, type Progress } from '../../src/lib/progress/schema';

const terms = [
  { id: 'moment-of-truth', lessons: ['moments-of-truth'] },
  { id: 'service-spirit', lessons: ['what-kills-service', 'team-spirit'] },
  { id: 'servility', lessons: ['what-kills-service'] },
  { id: 'front-line', lessons: ['moments-of-truth'] },
];
const ids = (cards: readonly { id: string }[]) => cards.map((card) => card.id);
const withCards = (g: Record<string, Answer>): Progress => ({ ...emptyProgress(), g });

describe('a deck', () => {
  it('holds every term, or the terms a lesson explains, in glossary order', () => {
    expect(ids(deckFor(terms))).toEqual(['moment-of-truth', 'service-spirit', 'servility', 'front-line']);
    expect(ids(deckFor(terms, 'moments-of-truth'))).toEqual(['moment-of-truth', 'front-line']);
    expect(ids(deckFor(terms, 'team-spirit'))).toEqual(['service-spirit']);
    expect(deckFor(terms, 'numbers-that-matter')).toEqual([]);
  });

  it('takes the lesson from the address only when it is one with cards', () => {
    const lessons = ['moments-of-truth', 'team-spirit'];
    expect(lessonFromSearch('', lessons)).toEqual({ unknown: false });
    expect(lessonFromSearch('?lesson=team-spirit', lessons)).toEqual({ lesson: 'team-spirit', unknown: false });
    expect(lessonFromSearch('?x=1&lesson=moments-of-truth', lessons)).toEqual({ lesson: 'moments-of-truth', unknown: false });
    expect(lessonFromSearch('?lesson=numbers-that-matter', lessons)).toEqual({ unknown: true });
    expect(lessonFromSearch('?lesson=%3Cscript%3E', lessons)).toEqual({ unknown: true });
    expect(lessonFromSearch('?lesson=', lessons)).toEqual({ unknown: true });
    expect(lessonFromSearch('?lesson=toString', lessons)).toEqual({ unknown: true });
  });

  it('puts the cards to review first, then the new ones, then the known ones, glossary order within each', () => {
    const answers = { 'front-line': REVIEW, 'moment-of-truth': KNOWN, servility: REVIEW };
    expect(ids(orderDeck(terms, answers))).toEqual(['servility', 'front-line', 'service-spirit', 'moment-of-truth']);
    expect(ids(orderDeck(terms, undefined))).toEqual(ids(terms));
    expect(summarizeDeck(terms, answers)).toEqual({ review: 2, unseen: 1, known: 1 });
    expect(summarizeDeck(terms, undefined)).toEqual({ review: 0, unseen: 4, known: 0 });
  });

  it('does not take inherited names for answers', () => {
    const cards = [{ id: 'constructor' }, { id: 'to-string' }];
    expect(summarizeDeck(cards, {})).toEqual({ review: 0, unseen: 2, known: 0 });
  });
});

describe('recording an answer', () => {
  it('keeps the answer, replacing the previous one, as the newest', () => {
    let doc = recordAnswer(emptyProgress(), 'servility', REVIEW);
    expect(doc.g).toEqual({ servility: 0 });
    doc = recordAnswer(doc, 'front-line', KNOWN);
    doc = recordAnswer(doc, 'servility', KNOWN);
    expect(Object.entries(doc.g!)).toEqual([['front-line', 1], ['servility', 1]]);
    expect(doc.l).toEqual({});
  });

  it('leaves the rest of the document as it was, and the original untouched', () => {
    const before: Progress = { v: 2, l: { a: { s: 1, c: 2 } }, u: { n: 'Ana' }, g: { servility: 1 } };
    const copy = structuredClone(before);
    const after = recordAnswer(before, 'servility', REVIEW);
    expect(after).toEqual({ ...copy, g: { servility: 0 } });
    expect(before).toEqual(copy);
  });

  it('changes nothing for an id progress cannot keep', () => {
    const doc = withCards({ servility: 1 });
    for (const id of ['', 'Front-Line', 'front--line', '-x', 'x-', 'a'.repeat(MAX_CARD_ID + 1), 'constructor', 'prototype', '__proto__', 'a b']) {
      expect(storableCardId(id), id).toBe(false);
      expect(recordAnswer(doc, id, REVIEW), id).toBe(doc);
    }
    expect(storableCardId('a'.repeat(MAX_CARD_ID))).toBe(true);
    expect(storableCardId('24')).toBe(true);
  });

  it('accepts exactly the ids the schema keeps', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.stringMatching(/^[a-z0-9-]{1,40}$/), fc.constantFrom(...RESERVED_SLUGS)), (id) => {
        const schemaKeeps = id.length <= MAX_CARD_ID && SLUG_PATTERN.test(id) && !RESERVED_SLUGS.includes(id);
        expect(storableCardId(id)).toBe(schemaKeeps);
      }),
    );
  });

  describe(`at the limit of ${MAX_CARDS} answers`, () => {
    const full = (answer: (index: number) => Answer) => withCards(Object.fromEntries(Array.from({ length: MAX_CARDS }, (_, index) => [`card-${index}`, answer(index)])));

    it('forgets the oldest "I knew it", even when a "review again" is older', () => {
      const doc = recordAnswer(full((index) => (index < 3 ? REVIEW : KNOWN)), 'new-card', REVIEW);
      expect(Object.keys(doc.g!)).toHaveLength(MAX_CARDS);
      expect(doc.g).not.toHaveProperty('card-3');
      expect(doc.g).toMatchObject({ 'card-0': 0, 'card-1': 0, 'card-2': 0, 'card-4': 1, 'new-card': 0 });
    });

    it('forgets the oldest "review again" only when every answer kept is one', () => {
      const doc = recordAnswer(full(() => REVIEW), 'new-card', KNOWN);
      expect(Object.keys(doc.g!)).toHaveLength(MAX_CARDS);
      expect(doc.g).not.toHaveProperty('card-0');
      expect(doc.g).toMatchObject({ 'card-1': 0, 'new-card': 1 });
    });

    it('forgets nothing when the card answered is already kept', () => {
      const doc = recordAnswer(full(() => REVIEW), 'card-0', KNOWN);
      expect(Object.keys(doc.g!)).toHaveLength(MAX_CARDS);
      expect(Object.keys(doc.g!).at(-1)).toBe('card-0');
      expect(doc.g!['card-0']).toBe(KNOWN);
    });

    it('comes back within the limit from a document over it', () => {
      const over = withCards(Object.fromEntries(Array.from({ length: MAX_CARDS + 5 }, (_, index) => [`card-${index}`, KNOWN])));
      const doc = recordAnswer(over, 'new-card', REVIEW);
      expect(Object.keys(doc.g!)).toHaveLength(MAX_CARDS);
      expect(doc.g).not.toHaveProperty('card-5');
      expect(doc.g).toHaveProperty('card-6');
    });
  });
});

describe('any sequence of answers', () => {
  // More ids than the limit, a few that look like numbers (JavaScript orders those first), and one that cannot be kept.
  const pool = [...Array.from({ length: MAX_CARDS + 12 }, (_, index) => `term-${index}`), '7', '42', 'Not-Storable'];
  const answers = fc.array(fc.tuple(fc.constantFrom(...pool), fc.constantFrom<Answer>(REVIEW, KNOWN)), { maxLength: 150, size: 'max' });

  it('keeps a valid document, within the limit, where each answer kept is the last one given and the card just answered is kept', () => {
    fc.assert(
      fc.property(answers, (sequence) => {
        let doc = emptyProgress();
        const last = new Map<string, Answer>();
        for (const [id, answer] of sequence) {
          doc = recordAnswer(doc, id, answer);
          if (!storableCardId(id)) continue;
          last.set(id, answer);
          expect(doc.g![id]).toBe(answer);
        }
        expect(v.safeParse(ProgressSchema, doc).success).toBe(true);
        const kept = Object.entries(doc.g ?? {});
        expect(kept.length).toBeLessThanOrEqual(MAX_CARDS);
        expect(kept.length).toBe(Math.min(last.size, MAX_CARDS));
        for (const [id, answer] of kept) expect(answer).toBe(last.get(id));
      }),
    );
  });

  it('forgets a "review again" only when every answer kept is one', () => {
    fc.assert(
      fc.property(answers, (sequence) => {
        let doc = emptyProgress();
        for (const [id, answer] of sequence) {
          const before = doc.g ?? {};
          doc = recordAnswer(doc, id, answer);
          const forgotten = Object.keys(before).filter((key) => key !== id && !Object.hasOwn(doc.g!, key));
          if (forgotten.some((key) => before[key] === REVIEW)) expect(Object.values(before).every((kept) => kept === REVIEW)).toBe(true);
        }
      }),
    );
  });

  it('deals the cards to review before the new ones, and those before the known ones, each in glossary order', () => {
    const cards = pool.map((id) => ({ id }));
    fc.assert(
      fc.property(answers, (sequence) => {
        let doc = emptyProgress();
        for (const [id, answer] of sequence) doc = recordAnswer(doc, id, answer);
        const order = orderDeck(cards, doc.g);
        expect([...ids(order)].sort()).toEqual([...pool].sort());
        const group = (id: string) => (doc.g && Object.hasOwn(doc.g, id) ? (doc.g[id] === REVIEW ? 0 : 2) : 1);
        for (let index = 1; index < order.length; index += 1) {
          const [a, b] = [order[index - 1]!.id, order[index]!.id];
          expect(group(a)).toBeLessThanOrEqual(group(b));
          if (group(a) === group(b)) expect(pool.indexOf(a)).toBeLessThan(pool.indexOf(b));
        }
        const summary = summarizeDeck(cards, doc.g);
        expect(summary.review + summary.unseen + summary.known).toBe(pool.length);
        expect(summary.review).toBe(order.filter((card) => group(card.id) === 0).length);
      }),
    );
  });
});
