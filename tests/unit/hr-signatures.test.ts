import { describe, expect, it } from 'vitest';
import en from '../../content/ui/en.json';
import ar from '../../content/ui/ar.json';
import ru from '../../content/ui/ru.json';
import el from '../../content/ui/el.json';
import hu from '../../content/ui/hu.json';
import { buildCohort, filterLearners, learnerSignature, type CohortContext, type LoadedFile } from '../../src/lib/hr/cohort';
import { cohortRecords, recordLabels } from '../../src/lib/hr/records';
import { summarise } from '../../src/lib/hr/statistics';
import { makeProgressFile, readProgressFile } from '../../src/lib/progress/file';
import type { Progress } from '../../src/lib/progress/schema';
import { parsePastedSigners } from '../../src/lib/trust/pasted';
import type { Verdict } from '../../src/lib/trust/signature';
import { INVALID_REASON_KEYS, signatureWords } from '../../src/lib/trust/words';
import { makeTranslator, type UiStrings } from '../../src/lib/ui-strings';

const context: CohortContext = { course: 'c', lessons: ['a'], checks: [], rules: { lessons: true, checks: false, final: false }, passMark: 80, version: '1', trustedSigners: [] };
const doc = (name: string): Progress => ({ v: 2, l: { a: { s: 1, c: 2 } }, u: { n: name, e: name } });
const file = (name: string, verdict?: Verdict): LoadedFile => {
  const loaded = { name, result: readProgressFile(JSON.stringify(makeProgressFile(doc(name), 'c', new Date(0))), 'c') };
  return verdict ? { ...loaded, verdict } : loaded;
};
const verified: Verdict = { status: 'verified', signer: 'Omar', at: 5, completion: { n: 'x', e: '', c: 'c', cv: '1', d: 2, s: null, i: 'MOT' } };
const tampered: Verdict = { status: 'invalid', reason: 'tampered' };

describe('a learner’s signature on the HR page', () => {
  it('is verified by the trainer, self-reported, or invalid; a failing file outweighs a good one', () => {
    expect(learnerSignature([undefined])).toEqual({ status: 'self-reported' });
    expect(learnerSignature([undefined, verified])).toEqual({ status: 'verified', signer: 'Omar' });
    expect(learnerSignature([verified, tampered])).toEqual({ status: 'invalid', reason: 'tampered' });
  });

  it('is counted, filtered and written to the CSV in words', () => {
    const { learners } = buildCohort([file('Anna', verified), file('Bo'), file('Cy', tampered), file('Cy'), file('Cy', verified)], context);
    expect(learners.map((learner) => [learner.name, learner.signature.status])).toEqual([
      ['Anna', 'verified'],
      ['Bo', 'self-reported'],
      ['Cy', 'invalid'],
    ]);
    expect(summarise(learners).verified).toBe(1);
    expect(filterLearners(learners, '', 'verified').map((learner) => learner.name)).toEqual(['Anna']);
    const rows = cohortRecords(learners, context, {}, recordLabels(makeTranslator(en, 'en')));
    expect(rows.map((row) => row.at(-1))).toEqual(['Signature', 'verified by Omar', 'self-reported', 'signature invalid: what was signed has been altered']);
  });

  it('says every verdict in English and Arabic', () => {
    for (const strings of [en, ar, ru, el, hu] as UiStrings[]) {
      const t = makeTranslator<string>(strings, 'test');
      for (const reason of Object.keys(INVALID_REASON_KEYS) as Array<keyof typeof INVALID_REASON_KEYS>) expect(signatureWords({ status: 'invalid', reason }, t)).not.toMatch(/trust\.|\{/);
      expect(signatureWords({ status: 'verified', signer: 'عمر' }, t)).toContain('عمر');
    }
  });
});

describe('keys HR pastes in', () => {
  const KEY = `B${'k'.repeat(86)}`;
  it('take a name and a key a line; lines without a key are named', () => {
    expect(parsePastedSigners(`Omar Haddad: ${KEY}\n\n  فاطمة الزهراء ${KEY}  \nno key here\n${KEY}\n`)).toEqual({
      signers: [
        { name: 'Omar Haddad', key: KEY, validFrom: '1970-01-01' },
        { name: 'فاطمة الزهراء', key: KEY, validFrom: '1970-01-01' },
      ],
      unreadable: [4, 5],
    });
  });
});
