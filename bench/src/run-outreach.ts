/**
 * The outreach learner benchmark, printed in words. Alone: node --import tsx --conditions=@overdue/source
 * src/run-outreach.ts. BENCH_SCALE and BENCH_RUNS as in run-all.ts.
 */
import { child, fixed } from './child-process';

const scale = Number(process.env.BENCH_SCALE ?? '1');
const runs = process.env.BENCH_RUNS ?? '7';
const decisions = Math.round(200_000 * scale);
const target = 100_000;

console.log(
  `\nOutreach: chooseOutreach, ${decisions.toLocaleString('en')} decisions on a learner trained with 20,000 outcomes over 20 segments (4 channels x 4 slots x 3 tones; 2-4 allowed channels, up to 3 earlier touches, 1 context in 21 for an unseen segment)`,
);
const speed = child('outreach-choose.ts', ['speed', String(decisions), String(Math.min(Number(runs), 5))]);
const learner = speed.learnerPerSecond as number;
console.log(
  `  Thompson sampling (validation, omnichannel rules, estimates and reasons included): ${fixed(learner, 0)} decisions/s, ${fixed(learner / target, 2)} x the ${target.toLocaleString('en')}/s target`,
);
console.log(
  `  baselines in the same run, same candidates: uniform random choice ${fixed(speed.uniformPerSecond, 0)}/s (learner ${fixed(learner / (speed.uniformPerSecond as number), 3)} x), epsilon-greedy 0.1 on the posterior means ${fixed(speed.epsilonGreedyPerSecond, 0)}/s (learner ${fixed(learner / (speed.epsilonGreedyPerSecond as number), 3)} x)`,
);
console.log(
  `  recordOutreachOutcome (returns a new state): ${fixed(speed.recordPerSecond, 0)} outcomes/s with 20 segments, ${fixed(speed.recordPerSecondWith1000Segments, 0)}/s with 1,000 (the segments object is copied); state ${fixed(speed.stateJsonKiB, 1)} KiB of JSON`,
);
console.log(
  `  recordOutreachOutcomes, the same 1,000-segment outcomes in one batch (segments copied once): ${fixed(speed.recordBatchPerSecondWith1000Segments, 0)} outcomes/s, ${fixed((speed.recordBatchPerSecondWith1000Segments as number) / (speed.recordPerSecondWith1000Segments as number), 1)} x one by one`,
);

const rounds = 1500;
const seeds = 5;
console.log(
  `\nOutreach learning, synthetic problem with known answers: segment A pays 0.1/0.2/0.4 after email/sms/voice, B 0.4/0.2/0.1; evening x1.25, morning x0.75; ${rounds} rounds of one decision per segment, ${seeds} seeds`,
);
const learning = child('outreach-choose.ts', ['learning', String(rounds), String(seeds)]);
for (const policy of ['thompson', 'epsilon-greedy', 'uniform', 'oracle']) {
  const figures = learning[policy] as { payRate: number; payRateLast500: number; bestChannelLast500: number };
  console.log(
    `  ${policy.padEnd(14)} pay rate ${fixed(figures.payRate, 3)} overall, ${fixed(figures.payRateLast500, 3)} over the last 500 rounds; best channel in ${fixed(100 * figures.bestChannelLast500, 1)}% of the last 500`,
  );
}

const windowCalls = Math.round(200_000 * scale);
console.log(
  `\nContact rules: nextContactWindow, ${windowCalls.toLocaleString('en')} calls for recipients in London, New York, Bavaria and Sydney (public holidays, a cap of 3 in 7 days, a 24-hour gap, 2 recent contacts), instants spread over 2026`,
);
const windows = child('contact-windows.ts', [String(windowCalls), String(Math.min(Number(runs), 5))]);
console.log(
  `  rules compiled once: ${fixed(windows.compiledMicros, 2)} µs a call (the recipient validated on each call; ${fixed((windows.allowedShare as number) * 100, 1)}% of the calls found a window)`,
);
console.log(
  `  baseline in the same run, raw rules passed on every call (${fixed(windows.rawCalls, 0)} calls): ${fixed(windows.rawMicros, 0)} µs a call, ${fixed(windows.rawOverCompiled, 0)} x the compiled rules`,
);
console.log(`  classifyReply, five languages: ${fixed(windows.replyMicros, 1)} µs a reply`);

const touchCount = Math.round(100_000 * scale);
console.log(
  `\nTouch outcomes: outcomeOfTouch for ${touchCount.toLocaleString('en')} sent messages, each with its customer's events of the week (receipt, an open for half, a payment for a third, another message's receipt, a webhook twice), as of the end of the window`,
);
const outcomes = child('touch-outcomes.ts', [String(touchCount), String(Math.min(Number(runs), 5))]);
console.log(
  `  ${fixed(outcomes.libraryMicros, 2)} µs a touch (touch and events checked, window, tie rule, reason); results ${JSON.stringify(outcomes.results)}`,
);
console.log(
  `  baseline in the same run, a hand-written best-result loop with no checks: ${fixed(outcomes.baselineMicros, 3)} µs a touch (outcomeOfTouch ${fixed(outcomes.ratio, 1)} x); the two agree on ${fixed((outcomes.agreement as number) * 100, 1)}% of the touches`,
);
