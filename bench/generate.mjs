// Writes the benchmark tenders: a framework of 100 measures across 5 themes,
// and N bids of 60 commitments and 10 responses each. Seeded, so every run and
// every machine gets the same bytes.
// Usage: node bench/generate.mjs [outDir] [N ...]   (default bench/out, 10 100 1000 10000)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const outDir = process.argv[2] ?? fileURLToPath(new URL('out', import.meta.url));
const sizes = process.argv.length > 3 ? process.argv.slice(3).map(Number) : [10, 100, 1000, 10000];

/** mulberry32: a tiny, well-known seeded generator. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function benchTender(bidCount, seed = 1) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const round = (x, step) => Math.round(x / step) * step;
  const themes = ['jobs', 'skills', 'environment', 'community', 'supply-chain'].map((id, i) => ({
    id,
    title: id,
    weight: 1 + (i % 3),
  }));
  const measures = [];
  for (let i = 0; i < 100; i++) {
    const theme = themes[i % 5].id;
    if (i % 5 === 4 || i % 10 === 3) {
      measures.push({ id: `Q${i}`, theme, kind: 'qualitative', weight: 1 + (i % 2) });
    } else {
      measures.push({
        id: `M${i}`, theme, kind: 'quantitative', unit: 'unit',
        proxy: round(10 + next() * 30000, 0.5),
        deadweight: round(next() * 0.4, 0.05), attribution: round(next() * 0.3, 0.05),
        dropOff: round(next() * 0.2, 0.05), ...(i % 3 === 0 ? { maxYears: 1 + (i % 5) } : {}),
      });
    }
  }
  const quantitative = measures.filter((m) => m.kind === 'quantitative').map((m) => m.id);
  const qualitative = measures.filter((m) => m.kind === 'qualitative').map((m) => m.id);
  const bids = [];
  for (let b = 0; b < bidCount; b++) {
    const commitments = [];
    for (let c = 0; c < 60; c++) {
      commitments.push({
        measure: pick(quantitative), quantity: round(next() * 50, 0.25), years: 1 + Math.floor(next() * 5),
        geography: pick(['local', 'regional', 'national', 'international']),
        evidence: pick(['verified', 'evidenced', 'planned', 'aspirational']),
      });
    }
    const responses = qualitative.slice(0, 10).map((measure) => ({ measure, score: 20 * Math.floor(next() * 6) }));
    bids.push({
      id: `B${b + 1}`, supplier: { name: `Supplier ${b + 1}`, size: pick(['micro', 'small', 'medium', 'large']) },
      price: round(500000 + next() * 1500000, 1), quality: Math.floor(next() * 101), commitments, responses,
    });
  }
  return {
    svcalc: 1, currency: 'GBP',
    framework: { id: 'bench', themes, measures },
    method: { weights: { price: 50, quality: 40, socialValue: 10 }, socialValue: { cap: 0.2 } },
    bids,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(outDir, { recursive: true });
  for (const n of sizes) {
    const file = join(outDir, `tender-${n}.json`);
    writeFileSync(file, JSON.stringify(benchTender(n)));
    console.log(file);
  }
}
