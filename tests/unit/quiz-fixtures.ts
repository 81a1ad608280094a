import type { Choice, MatchingQuestion, MultipleQuestion, OrderingQuestion, Question, ScenarioQuestion, SingleQuestion, TrueFalseQuestion } from '../../src/lib/quiz/types';

const base = { lesson: 'handling-complaints', section: 'the-seventeen-steps', source: '001_a33365374561fff3.txt', principle: 'Listen.' };
const choice = (text: string, correct = false): Choice => ({ text, correct, feedback: `${text}: ${correct ? 'right' : 'wrong'}` });

export const single: SingleQuestion = { ...base, id: 's', type: 'single', prompt: 'Pick one', options: [choice('A'), choice('B', true), choice('C')] };
export const scenario: ScenarioQuestion = { ...base, id: 'sc', type: 'scenario', prompt: 'What next?', situation: 'Angry caller', options: [choice('Listen', true), choice('Argue')] };
export const multiple: MultipleQuestion = {
  ...base,
  id: 'm',
  type: 'multiple',
  prompt: 'Pick all',
  options: [choice('A', true), choice('B', true), choice('C'), choice('D')],
};
export const trueFalse: TrueFalseQuestion = { ...base, id: 't', type: 'true-false', prompt: 'True?', answer: false, explanation: 'It is false.' };
export const ordering: OrderingQuestion = { ...base, id: 'o', type: 'ordering', prompt: 'Order', items: ['one', 'two', 'three', 'four'], explanation: 'In order.' };
export const matching: MatchingQuestion = {
  ...base,
  id: 'x',
  type: 'matching',
  prompt: 'Match',
  pairs: [
    { left: 'L1', right: 'R1' },
    { left: 'L2', right: 'R2' },
    { left: 'L3', right: 'R3' },
  ],
  explanation: 'Pairs.',
};

export const allTypes: Question[] = [single, scenario, multiple, trueFalse, ordering, matching];
