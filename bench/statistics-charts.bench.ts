// Chart benchmark: each Kommunalprofil chart from data to SVG, and SVG to a print PNG (1600 px, the
// bundled font loaded each time as the export does), against the target of 100 ms per chart.
import { performance } from 'node:perf_hooks';
import { printWidth, renderChartPng } from '../electron/backend/charts/png';
import { chartSvg } from '../shared/charts';
import type { ChartSpec } from '../shared/charts';
import { ageStructure, indexComparison, migration, population } from '../test/support/charts';
import { report } from './stats';

const runs = 30;
const warmUps = 3;

const charts: ChartSpec[] = [
  { kind: 'population', ...population },
  { kind: 'ageStructure', ...ageStructure },
  { kind: 'migrationBalance', ...migration },
  { kind: 'indexComparison', ...indexComparison },
];

function time(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

for (const spec of charts) {
  const svg = chartSvg(spec);
  for (let i = 0; i < warmUps; i++) renderChartPng(svg);
  const drawn = Array.from({ length: runs }, () => time(() => chartSvg(spec)));
  const rendered = Array.from({ length: runs }, () => time(() => renderChartPng(svg)));
  const both = Array.from({ length: runs }, () => time(() => renderChartPng(chartSvg(spec))));
  const { png } = renderChartPng(svg);
  console.log(`\n${spec.kind} (${Math.round(png.length / 1024)} KB PNG, ${printWidth} px):`);
  report('  SVG', drawn);
  report('  SVG → PNG', rendered);
  report('  Daten → PNG', both, { target: 100, targetLabel: '< 100 ms' });
}

// The Werkstattplan with six charts renders them one after another in the export worker.
const six = [...charts, charts[0], charts[3]] as ChartSpec[];
const plans = Array.from({ length: 10 }, () =>
  time(() => six.forEach((spec) => renderChartPng(chartSvg(spec)))),
);
console.log('');
report('Sechs Diagramme für einen Werkstattplan', plans);
