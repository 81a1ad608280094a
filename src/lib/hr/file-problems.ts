/**
 * Why HR's progress file was refused, in plain words of the page's language:
 * "the name is too long (91; at most 80)" rather than the schema's
 * "u.n: Invalid length: Expected <=80 but received 91". Kept apart from
 * src/lib/progress/file.ts so that learners' pages, which share that module,
 * do not carry these words.
 */
import { FILE_PROBLEM_KEYS, type FileProblem } from '../progress/file';

type Translate = (key: string, values?: Record<string, string | number>) => string;
type Words = readonly [key: string, values?: Record<string, string | number>];

/** Which part of the learner's record a schema path ("u.n", "l.greeting.q.b") points to, as an interface string. */
function fieldWords(path: readonly string[]): Words {
  const [top, key, field, inner] = path;
  const lesson = { lesson: key ?? '' };
  if (top === 'u') {
    const words: Record<string, string> = { n: 'file.problem.field.name', e: 'file.problem.field.employeeId', m: 'file.problem.field.email', k: 'file.problem.field.language' };
    return [words[key ?? ''] ?? 'file.problem.field.profile'];
  }
  if (top === 'f') {
    const words: Record<string, string> = { b: 'file.problem.field.finalBest', l: 'file.problem.field.finalLast', w: 'file.problem.field.finalPassed', n: 'file.problem.field.finalAttempts' };
    return [words[key ?? ''] ?? 'file.problem.field.final'];
  }
  if (top === 'l') {
    if (key === undefined) return ['file.problem.field.lessons'];
    if (field === 's') return ['file.problem.field.lessonStarted', lesson];
    if (field === 'c') return ['file.problem.field.lessonCompleted', lesson];
    if (field === 'q') return [inner === 'b' ? 'file.problem.field.checkBest' : 'file.problem.field.check', lesson];
    return ['file.problem.field.lesson', lesson];
  }
  if (top === 'r') return key === undefined ? ['file.problem.field.rolePlays'] : ['file.problem.field.rolePlay', { id: key }];
  if (top === 'v' || top === 'no-version') return ['file.problem.field.version'];
  return ['file.problem.field.record'];
}

/** What is wrong there, from valibot's message ("Invalid length: Expected <=80 but received 91"), as an interface string. */
function issueWords(message: string): Words {
  const [, kind = '', bound = '', limit = '', received = ''] = /^Invalid (\w+): Expected (<=|>=)?(\S+) but received (.*)$/.exec(message) ?? [];
  if (kind === 'length' && bound === '<=') return ['file.problem.issue.tooLong', { max: limit, received }];
  if (kind === 'value' && bound === '<=') return ['file.problem.issue.tooLarge', { max: limit, received }];
  if (kind === 'value' && bound === '>=') return ['file.problem.issue.tooSmall', { min: limit, received }];
  if (received === 'undefined') return ['file.problem.issue.missing'];
  if (kind === 'key' && limit === 'never') return ['file.problem.issue.unknown', { key: received.replace(/^"|"$/g, '') }];
  if (kind === 'type') return ['file.problem.issue.wrongType'];
  if (message.startsWith('Invalid integer')) return ['file.problem.issue.notWhole'];
  if (kind === 'format') return ['file.problem.issue.format'];
  if (message === 'the name is empty') return ['file.problem.issue.empty'];
  if (message.startsWith('at most ')) return ['file.problem.issue.tooMany'];
  if (message === 'no usable version number') return ['file.problem.issue.noVersion'];
  return ['file.problem.issue.other'];
}

/**
 * A refused file's reason in plain words, in the page's language: "the name is
 * too long (91 characters; at most 80)" rather than the schema's "u.n: Invalid
 * length: Expected <=80 but received 91".
 */
export function describeFileProblem(result: { readonly problem: FileProblem; readonly detail: string }, t: Translate): string {
  if (result.problem !== 'invalid') return t(FILE_PROBLEM_KEYS[result.problem], { detail: result.detail });
  const split = result.detail.indexOf(': ');
  const path = split < 0 ? [] : result.detail.slice(0, split).split('.');
  const message = split < 0 ? result.detail : result.detail.slice(split + 2);
  const [fieldKey, fieldValues] = fieldWords(path);
  const [issueKey, issueValues] = issueWords(message);
  return t(FILE_PROBLEM_KEYS.invalid, { detail: t(issueKey, { ...issueValues, field: t(fieldKey, fieldValues) }) });
}
