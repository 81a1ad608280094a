import { describe, expect, it } from 'vitest';
import { responseFromControls, startingResponse } from '../../src/lib/quiz/start';
import { matching, multiple, ordering, scenario, single, trueFalse } from './quiz-fixtures';

describe('answers chosen before a knowledge check was live are kept', () => {
  it('keeps the radio ticked in a single-choice or scenario question', () => {
    expect(responseFromControls(single, [2], [])).toBe(2);
    expect(responseFromControls(scenario, [0], [])).toBe(0);
  });

  it('leaves a question unanswered when nothing (or nothing valid) was ticked', () => {
    expect(responseFromControls(single, [], [])).toBeUndefined();
    expect(responseFromControls(single, [7], [])).toBeUndefined();
    expect(responseFromControls(single, [-1], [])).toBeUndefined();
    expect(responseFromControls(multiple, [], [])).toBeUndefined();
    expect(responseFromControls(multiple, [9], [])).toBeUndefined();
    expect(responseFromControls(trueFalse, [], [])).toBeUndefined();
  });

  it('keeps every box ticked in a "select all", sorted and once each', () => {
    expect(responseFromControls(multiple, [3, 0, 3, -2], [])).toEqual([0, 3]);
  });

  it('reads True as the first radio and False as the second', () => {
    expect(responseFromControls(trueFalse, [0], [])).toBe(true);
    expect(responseFromControls(trueFalse, [1], [])).toBe(false);
  });

  it('keeps each select of a matching question, and -1 where none or an unknown value was chosen', () => {
    expect(responseFromControls(matching, [], [2, -1, 0])).toEqual([2, -1, 0]);
    expect(responseFromControls(matching, [], [5, Number.NaN])).toEqual([-1, -1, -1]);
    expect(responseFromControls(matching, [], [1.5, 1, 3])).toEqual([-1, 1, -1]);
  });

  it('gives an ordering question its starting order (it needs the island to move items)', () => {
    expect(responseFromControls(ordering, [1], [])).toEqual(startingResponse(ordering));
  });
});
