// Per-request latency of the official OpenAI Node SDK sending the same requests as VoiceDeck
// (bodies written by `vd-bench-overhead --dump-requests DIR`) to the same loopback mock.
//   node openai-sdk.mjs --base-url http://127.0.0.1:PORT/v1 --requests DIR --count 1000
//       [--operations transcribe]   only these (comma-separated; default: all)
// Over https the server's certificate must be trusted (NODE_EXTRA_CA_CERTS=FILE).
// Prints one JSON object per operation: {"operation", "count", "p50_us", "p99_us", "min_us"}.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { percentile, argument } from './stats.mjs';

// The SDK expects a global File (Node 20+); Node 18 has it in node:buffer.
globalThis.File ??= (await import('node:buffer')).File;
const { default: OpenAI, toFile } = await import('openai');

const baseURL = argument('base-url');
const directory = argument('requests');
const count = Number(argument('count', '1000'));
const only = argument('operations')?.split(',');
const warmUp = 50;
if (!baseURL || !directory) {
  console.error('usage: node openai-sdk.mjs --base-url URL --requests DIR [--count N]');
  process.exit(2);
}
const client = new OpenAI({ apiKey: 'test-key', baseURL, maxRetries: 0, timeout: 10000 });
const speech = JSON.parse(await readFile(join(directory, 'speech.json'), 'utf8'));
const fields = JSON.parse(await readFile(join(directory, 'transcription.json'), 'utf8'));
const wav = await readFile(join(directory, 'tone.wav'));

const operations = {
  synthesize: async () => {
    const response = await client.audio.speech.create(speech);
    const audio = await response.arrayBuffer();
    if (audio.byteLength === 0) throw new Error('empty audio');
  },
  transcribe: async () => {
    const file = await toFile(wav, 'tone.wav', { type: 'audio/wav' });
    const result = await client.audio.transcriptions.create({ ...fields, file });
    if (typeof result.text !== 'string') throw new Error('no text in the answer');
  },
};

for (const [operation, run] of Object.entries(operations)) {
  if (only && !only.includes(operation)) continue;
  for (let i = 0; i < warmUp; ++i) await run();
  const samples = [];
  for (let i = 0; i < count; ++i) {
    const start = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  console.log(JSON.stringify({
    operation, count,
    p50_us: percentile(samples, 50), p99_us: percentile(samples, 99), min_us: percentile(samples, 0),
  }));
}
