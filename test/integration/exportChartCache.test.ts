// The export keeps the charts it drew (export/charts.ts): a chart drawn again must come out as a
// fresh drawing would, and a changed chart must never get the picture of its former self.
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../shared/charts';
import { renderChartImages } from '../../electron/backend/export/charts';
import { printWidth, renderChartPng } from '../../electron/backend/charts/png';
import { demoPlan } from '../support/planSeed';

describe('the charts of the Word export', () => {
  it('are drawn once, and drawn anew when the chart changed', async () => {
    const [chart] = (await demoPlan()).charts;
    if (!chart) throw new Error('Die Musterstadt hat keine Diagramme');
    const fresh = renderChartPng(chartSvg(chart.spec), { width: printWidth }).png;
    const [first] = await renderChartImages([chart]);
    const [again] = await renderChartImages([chart]);
    expect(first?.png.equals(fresh)).toBe(true);
    expect(again?.png.equals(fresh)).toBe(true);

    const renamed = { spec: { ...chart.spec, title: `${chart.spec.title} (neu)` } };
    const [changed] = await renderChartImages([renamed]);
    expect(changed?.title).toBe(`${chart.spec.title} (neu)`);
    expect(changed?.png.equals(fresh)).toBe(false);
    expect(
      changed?.png.equals(renderChartPng(chartSvg(renamed.spec), { width: printWidth }).png),
    ).toBe(true);
  });
});
