// Command line of `npm run bench -- search-speed`.
export const USAGE = `usage: npm run bench -- search-speed [--size 100000|500000] [--reuse] [--keep] [--prepare-only] [--samples N] [--no-reindex] [--freshness-samples N] [--freshness-only]
  --size N             listings in the index (real RETC + DENUE, the rest generated with seed 1); default 100000
  --reuse              keep using puente_bench_search_<size> when it is there (imports that completed are not redone)
  --keep               do not drop the bench database at the end (implied by --reuse)
  --prepare-only       build, migrate and import, then stop (keeps the database)
  --samples N          timed queries per class and concurrency; default 200
  --freshness-samples  publish-to-searchable samples; default 30
  --no-reindex         skip search:reindex (reuses the index a previous run built)
  --freshness-only     measure only freshness and memory (no query classes, no matching)`;

export function parseOptions(argv) {
  const value = (flag, fallback) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? Number(argv[index + 1]) : fallback;
  };
  const options = {
    size: value('--size', 100_000),
    samples: value('--samples', 200),
    freshnessSamples: value('--freshness-samples', 30),
    reuse: argv.includes('--reuse'),
    prepareOnly: argv.includes('--prepare-only'),
    reindex: !argv.includes('--no-reindex'),
    freshnessOnly: argv.includes('--freshness-only'),
  };
  options.keep = argv.includes('--keep') || options.reuse || options.prepareOnly;
  const bad = [options.size, options.samples, options.freshnessSamples].some((n) => !Number.isSafeInteger(n) || n < 1) || options.size <= 11_338 + 40;
  if (bad || argv.includes('--help')) {
    console.error(USAGE);
    process.exit(bad ? 2 : 0);
  }
  return options;
}
