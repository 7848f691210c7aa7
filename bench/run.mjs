// Measures svcalc and prints the README's figures as Markdown. Every figure is
// the median of several runs, and every comparison a ratio from this one run.
// Usage: node bench/run.mjs [--repeats 9] [--sizes 10,100,1000,10000]
// Needs the native and wasm presets built (bash scripts/test.sh builds both).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createCalculator } from '../js/src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const repeats = Number(option('repeats', 9));
const sizes = option('sizes', '10,100,1000,10000').split(',').map(Number);
const outDir = join(root, 'bench/out');
const nativeBench = join(root, 'build/native/bench/svcalc_bench');
const nativeCli = join(root, 'build/native/core/svcalc');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const timeMedian = (fn, n = repeats) => {
  fn(); // warm-up
  const ms = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    fn();
    ms.push(performance.now() - start);
  }
  return median(ms);
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const fixed = (x, digits = 2) => x.toFixed(digits);

if (sizes.some((n) => !existsSync(join(outDir, `tender-${n}.json`)))) {
  execFileSync(process.execPath, [join(root, 'bench/generate.mjs'), outDir, ...sizes.map(String)]);
}

// ─── Sizes ───────────────────────────────────────────────────────────────────
const wasmBytes = readFileSync(join(root, 'js/dist/svcalc.wasm'));
// The shim proper: the glue and the calculator's own modules, not the CSV,
// OCDS or widget code that the package also carries.
const shimFiles = ['dist/svcalc.mjs', 'src/index.js', 'src/calculator.js', 'src/wasm-source.js', 'src/svcalc-error.js'].map(
  (file) => join(root, 'js', file),
);
const shim = Buffer.concat(shimFiles.map((f) => readFileSync(f)));
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
console.log('| file | raw | gzip -9 |\n|---|---|---|');
console.log(`| svcalc.wasm | ${kb(wasmBytes.length)} | ${kb(gz(wasmBytes))} |`);
console.log(`| JS shim (glue, calculator, loader, error) | ${kb(shim.length)} | ${kb(gz(shim))} |`);

// ─── Start-up ────────────────────────────────────────────────────────────────
const startMs = [];
for (let i = 0; i < 15; i++) {
  const start = performance.now();
  await createCalculator({ wasm: wasmBytes });
  startMs.push(performance.now() - start);
}
console.log(`\nCompile and instantiate in Node ${process.version}: ${fixed(median(startMs))} ms (median of 15)\n`);

// ─── Throughput ──────────────────────────────────────────────────────────────
const calc = await createCalculator({ wasm: wasmBytes });
console.log('| bids | input | native ms | native MB/s | CLI peak memory / input | wasm ms | wasm / native | JS floor ms | wasm / floor |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const n of sizes) {
  const file = join(outDir, `tender-${n}.json`);
  const bytes = readFileSync(file);
  if (bytes.length > 32 * 1024 * 1024) {
    // The spec caps input at 32 MiB: the engine refuses this tender with `limit`.
    console.log(`| ${n} | ${fixed(bytes.length / 1e6, 2)} MB | over the spec's 32 MiB input limit: refused with a \`limit\` error ||||||| |`);
    continue;
  }
  const native = JSON.parse(execFileSync(nativeBench, [file, String(repeats)], { encoding: 'utf8' }));
  // Peak memory of the whole CLI process (GNU time's maximum resident set size),
  // input, engine and output together.
  const peakKiB = existsSync('/usr/bin/time')
    ? Number(spawnSync('/usr/bin/time', ['-f', '%M', nativeCli, 'evaluate', file], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] }).stderr.trim())
    : NaN;
  const wasmMs = timeMedian(() => calc.evaluateJson(bytes));
  const tender = JSON.parse(bytes.toString('utf8'));
  const resultText = calc.evaluateJson(bytes).json;
  // The floor: what JavaScript alone needs to hand a tender over and read a result back.
  const floorMs = timeMedian(() => {
    JSON.stringify(tender);
    JSON.parse(resultText);
  });
  const mb = bytes.length / 1e6;
  console.log(
    `| ${n} | ${fixed(mb, 2)} MB | ${fixed(native.medianMs)} | ${fixed(mb / (native.medianMs / 1000), 0)} | ` +
      `${Number.isNaN(peakKiB) ? 'n/a (install time)' : `${fixed((peakKiB * 1024) / bytes.length, 1)}×`} | ${fixed(wasmMs)} | ${fixed(wasmMs / native.medianMs)}× | ` +
      `${fixed(floorMs)} | ${fixed(wasmMs / floorMs)}× |`,
  );
}
