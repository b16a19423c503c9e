// Percentiles and one printed line per measurement, so every benchmark reports alike.

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

export function report(
  label: string,
  values: number[],
  options: { target?: number; targetLabel?: string } = {},
): void {
  const median = percentile(values, 50);
  const p95 = percentile(values, 95);
  const verdict =
    options.target === undefined
      ? ''
      : ` — Ziel ${options.targetLabel}: ${p95 < options.target ? 'erfüllt' : 'VERFEHLT'}`;
  console.log(
    `${label}: Median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${Math.max(...values).toFixed(2)} ms (n=${values.length})${verdict}`,
  );
}
