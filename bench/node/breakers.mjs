// Breaker decision cost of the Node breakers opossum and cockatiel: a closed breaker admitting a
// call that succeeds at once and recording the outcome, as many times a second as they allow.
// Both are promise-based, so the floor (a bare awaited async call) is measured too.
//   node breakers.mjs [--seconds 2]
// Prints one JSON object per case: {"name", "calls", "calls_per_second" (per CPU second),
// "ns_per_call", "wall_calls_per_second"}.
import { createRequire } from 'node:module';
import { argument } from './stats.mjs';

const require = createRequire(import.meta.url);
const CircuitBreaker = require('opossum');
const { circuitBreaker, handleAll, ConsecutiveBreaker, SamplingBreaker } = require('cockatiel');

const seconds = Number(argument('seconds', '2'));
const work = async () => 42;

async function measure(name, call) {
  for (let i = 0; i < 20000; ++i) await call(); // JIT warm-up
  let calls = 0;
  const budget = BigInt(Math.round(seconds * 1e9));
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < 1000; ++i) await call();
    calls += 1000;
    elapsed = process.hrtime.bigint() - start;
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  // CPU time, like Google Benchmark's items_per_second, so that other load on the machine does
  // not count against either side; the wall-clock rate is kept too.
  const perSecond = calls / cpuSeconds;
  console.log(JSON.stringify({
    name, calls, calls_per_second: perSecond, ns_per_call: 1e9 / perSecond,
    wall_calls_per_second: calls / (Number(elapsed) / 1e9),
  }));
}

// Settings as close to VoiceDeck's defaults as each allows: 50 % failure rate over at least 10
// calls, open for 300 s; no timeout racing (VoiceDeck's breaker does not time calls itself).
const opossum = new CircuitBreaker(work, {
  timeout: false, errorThresholdPercentage: 50, volumeThreshold: 10, resetTimeout: 300000,
});
const cockatielConsecutive = circuitBreaker(handleAll, {
  halfOpenAfter: 300000, breaker: new ConsecutiveBreaker(5),
});
const cockatielSampling = circuitBreaker(handleAll, {
  halfOpenAfter: 300000, breaker: new SamplingBreaker({ threshold: 0.5, duration: 30000, minimumRps: 1 }),
});

await measure('await_only_floor', () => work());
await measure('opossum', () => opossum.fire());
await measure('cockatiel_consecutive', () => cockatielConsecutive.execute(work));
await measure('cockatiel_sampling', () => cockatielSampling.execute(work));
opossum.shutdown();
