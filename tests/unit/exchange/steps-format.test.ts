// Why: the app's table of steps (src/domain/steps.ts) and the bundle format's own list of steps
// (V1_FIXED_STEPS, frozen with the format) are kept apart on purpose: a step added to the app
// must not silently change a released format. This test is what connects them: it fails when the
// app has a step the format it writes cannot carry, because export would then refuse every
// workshop whose agenda or clocks name that step.
import { describe, expect, it } from 'vitest';
import { defaultAgenda } from '../../../src/domain/agenda';
import { FIXED_STEPS, stepSequence, type StepKey } from '../../../src/domain/steps';
import { topicIdsOf } from '../../../src/content/agenda-for';
import { createBundle } from '../../../src/exchange/bundle';
import { BUNDLE_SCHEMA, BUNDLE_VERSION } from '../../../src/exchange/bundle-schema';
import { V1_FIXED_STEPS } from '../../../src/exchange/v1/types';
import { NOW, key, pack, richGraph } from './support';

function whatToDo(step: string): string {
  return [
    `The app's table of steps (src/domain/steps.ts) has the step "${step}", but bundle format ${BUNDLE_VERSION} cannot carry it:`,
    `its step pattern (PATTERNS.step in src/exchange/bundle-schema.ts, built from V1_FIXED_STEPS in src/exchange/v1/types.ts) refuses it,`,
    `so export would refuse every workshop whose agenda or step clocks name it.`,
    `The format's list is frozen with the released schema (a changed pattern is not an additive change; see tests/unit/exchange/schema-guard.test.ts).`,
    `Either raise the format version (a new src/exchange/v${BUNDLE_VERSION + 1}/ whose list holds the step, a migration in MIGRATIONS, tests/contract/v${BUNDLE_VERSION + 1}/),`,
    `or keep the step out of the file in src/exchange/v1/convert.ts (and say in docs/bundle-format.md what an export then loses).`,
  ].join('\n');
}

const stepPattern = (): RegExp => {
  const defs = BUNDLE_SCHEMA.$defs as Record<string, { pattern?: string }> | undefined;
  const pattern = defs?.step?.pattern;
  if (!pattern) throw new Error('the bundle schema has no $defs.step.pattern: this test reads the step pattern from there');
  return new RegExp(pattern);
};

describe('the steps of the app and the bundle format', () => {
  it.each(FIXED_STEPS)('the format the app writes can carry the step %s', (step) => {
    expect(stepPattern().test(step), whatToDo(step)).toBe(true);
    expect((V1_FIXED_STEPS as readonly string[]).includes(step), whatToDo(step)).toBe(true);
  });

  it('the format carries a topic step and refuses a step it does not know', () => {
    expect(stepPattern().test('topic:algorithms')).toBe(true);
    expect(stepPattern().test('coffee-break')).toBe(false);
  });

  it('exports a workshop whose agenda and clocks name every step of the sequence', async () => {
    const g = await richGraph();
    const steps: StepKey[] = stepSequence(topicIdsOf(pack));
    const workshop = {
      ...g.workshop,
      agenda: defaultAgenda(steps),
      clocks: { steps: steps.map((step) => ({ step, usedMs: 60_000, extraMinutes: 0 })), current: steps[steps.length - 1] ?? null, runningSince: null },
    };
    const made = await createBundle({ ...g, workshop }, pack, await key(), { signer: 'Anne', appVersion: '1.0.0', now: NOW });
    const refused = made.ok ? null : made.refusal;
    expect(refused, whatToDo(steps.find((s) => !stepPattern().test(s)) ?? '(none refused by the pattern: see the refusal)')).toBeNull();
  });
});
