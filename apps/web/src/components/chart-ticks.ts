// Axis ticks for the comparison's chart, kept apart from the drawing so they can be tested alone.

/** Round tick steps (1, 2, 5 × 10^n) covering [min, max] in about `count` steps, with a little room. */
export function niceTicks(min: number, max: number, count = 5, minimumStep = 0): number[] {
  const span = max - min || Math.abs(max) || 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(minimumStep, [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw) ?? 10 * power);
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  // Up to the first tick at or past `max`, so the largest value is inside the frame.
  for (let value = start; ticks.length < 2 || ticks[ticks.length - 1] < max; value += step) ticks.push(Number(value.toFixed(10)));
  return ticks;
}
