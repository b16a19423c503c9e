// One chart of the Kommunalprofil: the picture with its data in words, whether the Werkstattplan
// shows it, and its place among the charts.
import { useMemo } from 'react';
import type { Indicator, ProfileChart } from '../../shared/contract';
import { chartKindLabels } from '../../shared/profile/chartSpec';
import { chartMarkup } from './chartMarkup';
import { MoveButtons } from './MoveButtons';

interface ChartCardProps {
  chart: ProfileChart;
  indicators: ReadonlyMap<number, Indicator>;
  index: number;
  count: number;
  inPlan: boolean;
  onInPlan(inPlan: boolean): void;
  onMove(step: -1 | 1): void;
  onEdit(): void;
  onDelete(): void;
}

export function ChartCard({
  chart,
  indicators,
  index,
  count,
  inPlan,
  onInPlan,
  onMove,
  onEdit,
  onDelete,
}: ChartCardProps) {
  const markup = useMemo(() => chartMarkup(chart, indicators), [chart, indicators]);
  return (
    <li className="chart-card">
      <figure>
        {markup ? (
          <div className="chart-view" dangerouslySetInnerHTML={{ __html: markup }} />
        ) : (
          <p className="muted">Dieses Diagramm hat keine Kennzahl mehr.</p>
        )}
        <figcaption className="muted">{chartKindLabels[chart.kind]}</figcaption>
      </figure>
      <div className="chart-actions">
        <label className="sheet-check">
          <input
            type="checkbox"
            checked={inPlan}
            onChange={(event) => onInPlan(event.target.checked)}
          />
          im Werkstattplan
        </label>
        <MoveButtons label={chart.title} index={index} count={count} onMove={onMove} />
        <button
          type="button"
          className="button small"
          aria-label={`${chart.title} bearbeiten`}
          onClick={onEdit}
        >
          Bearbeiten
        </button>
        <button
          type="button"
          className="button small ghost"
          aria-label={`${chart.title} löschen`}
          onClick={onDelete}
        >
          Löschen
        </button>
      </div>
    </li>
  );
}
