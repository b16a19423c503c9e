// The series of a statistics download as they would come in: name, unit, the values in the chosen
// region for the latest times, and whether each is new or updates an indicator imported before.
import type { PreviewSeries, StatisticsPreview } from '../../shared/contract';
import { formatIndicatorValue } from '../../shared/profile/format';
import { formatTime } from '../../shared/profile/time';

/** Times shown per series; the summary above names them all. */
const shownTimes = 4;

function effectText(series: PreviewSeries): string {
  const { effect } = series;
  if (effect.kind === 'new') return series.values.length === 0 ? 'keine Werte' : 'neu';
  if (effect.added === 0 && effect.changed === 0) return 'unverändert';
  const parts = [
    effect.added > 0 ? `${effect.added} neu` : '',
    effect.changed > 0 ? `${effect.changed} geändert` : '',
  ].filter(Boolean);
  return `aktualisiert: ${parts.join(', ')}`;
}

interface PreviewTableProps {
  preview: StatisticsPreview;
  chosen: string[];
  onChosen(keys: string[]): void;
}

export function PreviewTable({ preview, chosen, onChosen }: PreviewTableProps) {
  const times = preview.times.slice(-shownTimes);
  const all = preview.series.map((series) => series.key);
  const allChosen = chosen.length === all.length;
  const first = preview.times[0];
  const last = preview.times.at(-1);
  return (
    <>
      <p className="muted">
        {preview.series.length === 1 ? '1 Reihe' : `${preview.series.length} Reihen`},{' '}
        {preview.times.length === 1
          ? `Zeitpunkt ${formatTime(first ?? '')}`
          : `${preview.times.length} Zeitpunkte von ${formatTime(first ?? '')} bis ${formatTime(last ?? '')}`}
        {preview.times.length > shownTimes && `; gezeigt die letzten ${shownTimes}`}.
      </p>
      <div className="table-scroll preview-scroll">
        <table className="figures-table preview-table">
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label="Alle Reihen"
                  checked={allChosen}
                  onChange={() => onChosen(allChosen ? [] : all)}
                />
              </th>
              <th scope="col">Reihe</th>
              <th scope="col">Einheit</th>
              {times.map((time) => (
                <th key={time} scope="col" className="number">
                  {formatTime(time)}
                </th>
              ))}
              <th scope="col">Import</th>
            </tr>
          </thead>
          <tbody>
            {preview.series.map((series) => {
              const byTime = new Map(series.values.map((value) => [value.time, value]));
              return (
                <tr key={series.key}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={series.name}
                      checked={chosen.includes(series.key)}
                      onChange={(event) =>
                        onChosen(
                          event.target.checked
                            ? [...chosen, series.key]
                            : chosen.filter((key) => key !== series.key),
                        )
                      }
                    />
                  </td>
                  <th scope="row" className="figure-name">
                    <span>{series.name}</span>
                    <span className="muted figure-source">
                      {[series.variableCode, ...series.attributes.map((a) => a.dimension)]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </th>
                  <td>{series.unit}</td>
                  {times.map((time) => {
                    const value = byTime.get(time);
                    return (
                      <td key={time} className="number">
                        {value ? formatIndicatorValue(value) : ''}
                      </td>
                    );
                  })}
                  <td className={series.effect.kind === 'update' ? 'effect-update' : 'effect-new'}>
                    {effectText(series)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
