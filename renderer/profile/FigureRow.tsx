// One indicator in the Kennzahlen table: name with region and source, unit, its value in each year
// shown (the exact Stichtag on hover), whether the plan shows it and whether it has a chart.
import type { Indicator } from '../../shared/contract';
import { citation, formatIndicatorValue } from '../../shared/profile/format';
import { formatTime } from '../../shared/profile/time';
import { valueInYear } from '../../shared/profile/years';
import { MoveButtons } from './MoveButtons';

interface FigureRowProps {
  indicator: Indicator;
  years: string[];
  index: number;
  count: number;
  inPlan: boolean;
  charted: boolean;
  onInPlan(inPlan: boolean): void;
  onChart(charted: boolean): void;
  onMove(step: -1 | 1): void;
  onEdit(): void;
  onDelete(): void;
}

export function FigureRow({
  indicator,
  years,
  index,
  count,
  inPlan,
  charted,
  onInPlan,
  onChart,
  onMove,
  onEdit,
  onDelete,
}: FigureRowProps) {
  const named = `${indicator.name}${indicator.regionLabel ? ` (${indicator.regionLabel})` : ''}`;
  return (
    <tr>
      <th scope="row" className="figure-name">
        <span>{indicator.name}</span>
        <span className="muted figure-source" title={citation(indicator)}>
          {[
            indicator.regionLabel,
            indicator.tableCode ? `Tabelle ${indicator.tableCode}` : indicator.source,
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </th>
      <td>{indicator.unit}</td>
      {years.map((year) => {
        const value = valueInYear(indicator.values, year);
        const exact = value && value.time !== year ? `Stand ${formatTime(value.time)}` : undefined;
        return (
          <td key={year} className="number" title={exact}>
            {value ? formatIndicatorValue(value) : ''}
          </td>
        );
      })}
      <td className="switch-cell">
        <input
          type="checkbox"
          aria-label={`${named} im Werkstattplan`}
          checked={inPlan}
          onChange={(event) => onInPlan(event.target.checked)}
        />
      </td>
      <td className="switch-cell">
        <input
          type="checkbox"
          aria-label={`${named} mit Diagramm`}
          checked={charted}
          onChange={(event) => onChart(event.target.checked)}
        />
      </td>
      <td className="row-actions">
        <MoveButtons label={indicator.name} index={index} count={count} onMove={onMove} />
        <button
          type="button"
          className="icon-button"
          title="Bearbeiten"
          aria-label={`${named} bearbeiten`}
          onClick={onEdit}
        >
          ✎
        </button>
        <button
          type="button"
          className="icon-button"
          title="Löschen"
          aria-label={`${named} löschen`}
          onClick={onDelete}
        >
          ✕
        </button>
      </td>
    </tr>
  );
}
