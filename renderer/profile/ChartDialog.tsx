// A chart of one's own choice: its kind, title, indicators (in the order ticked: series of a
// comparison, age groups from young to old), the time shown and a comparison time, with the chart
// drawn live as it will appear in the Werkstattplan.
import { useMemo, useState } from 'react';
import type { Indicator, ProfileChart } from '../../shared/contract';
import { chartKindLabels, chartTimes } from '../../shared/profile/chartSpec';
import { chartTitle } from '../../shared/profile/chartSuggestions';
import { formatTime } from '../../shared/profile/time';
import { FormDialog } from '../components/FormDialog';
import { useStore } from '../store';
import { chartMarkup } from './chartMarkup';
import { ChoiceField, SelectField } from './SelectField';

const kinds = Object.keys(chartKindLabels) as ProfileChart['kind'][];

const kindHints: Record<ProfileChart['kind'], string> = {
  population: 'Zeigt den Verlauf der ersten gewählten Kennzahl über die Jahre.',
  ageStructure: 'Jede gewählte Kennzahl ist ein Balken; heller daneben der Vergleichszeitpunkt.',
  migrationBalance:
    'Jede gewählte Kennzahl ist eine Altersgruppe; Gewinne nach rechts, Verluste nach links.',
  indexComparison: 'Jede gewählte Kennzahl ist eine Linie; der erste gemeinsame Zeitpunkt ist 100.',
};

interface ChartDialogProps {
  chart?: ProfileChart;
  indicators: Indicator[];
  onClose(): void;
}

export function ChartDialog({ chart, indicators, onClose }: ChartDialogProps) {
  const changeProfile = useStore((state) => state.changeProfile);
  const [kind, setKind] = useState<ProfileChart['kind']>(chart?.kind ?? 'population');
  const [title, setTitle] = useState(chart?.title ?? '');
  const [ids, setIds] = useState<number[]>(chart?.indicatorIds ?? []);
  const [time, setTime] = useState(chart?.time ?? '');
  const [comparisonTime, setComparisonTime] = useState(chart?.comparisonTime ?? '');
  const [error, setError] = useState<string>();
  const byId = useMemo(
    () => new Map(indicators.map((indicator) => [indicator.id, indicator])),
    [indicators],
  );
  const chosen = ids.flatMap((id) => byId.get(id) ?? []);
  const times = chartTimes(chosen);
  const suggestedTitle = chartTitle(kind, chosen);
  const grouped = kind === 'ageStructure' || kind === 'migrationBalance';
  const draft: ProfileChart = {
    id: chart?.id ?? 0,
    kind,
    title: title || suggestedTitle,
    time: grouped ? time : '',
    comparisonTime: kind === 'ageStructure' ? comparisonTime : '',
    inPlan: chart?.inPlan ?? true,
    indicatorIds: ids,
  };
  const markup = chartMarkup(draft, byId);

  async function save() {
    const fields = {
      kind,
      title: title.trim() || suggestedTitle,
      indicatorIds: ids,
      time: draft.time,
      comparisonTime: draft.comparisonTime,
    };
    const message = chart
      ? await changeProfile('profileCharts:update', { id: chart.id, changes: fields })
      : await changeProfile('profileCharts:create', fields);
    if (message) setError(message);
    else onClose();
  }

  const timeOptions = (none: string) => [
    <option key="" value="">
      {none}
    </option>,
    ...times.map((entry) => (
      <option key={entry} value={entry}>
        {formatTime(entry)}
      </option>
    )),
  ];

  return (
    <FormDialog
      title={chart ? 'Diagramm bearbeiten' : 'Diagramm anlegen'}
      onClose={onClose}
      wide
      className="chart-dialog scroll-dialog"
      confirmLabel="Speichern"
      onSubmit={save}
      formClassName="form chart-form"
    >
      <div className="chart-form-fields">
        <ChoiceField
          label="Art"
          value={kind}
          choices={kinds}
          labels={chartKindLabels}
          onChoose={setKind}
        />
        <p className="muted sheet-hint">{kindHints[kind]}</p>
        <label>
          Titel
          <input
            value={title}
            placeholder={suggestedTitle}
            onChange={(event) => setTitle(event.target.value)}
            autoFocus
          />
        </label>
        {grouped && (
          <div className="form-row">
            <SelectField
              label="Zeitpunkt"
              value={time}
              onChange={(event) => setTime(event.target.value)}
            >
              {timeOptions('neuester Stand')}
            </SelectField>
            {kind === 'ageStructure' && (
              <SelectField
                label="Vergleich mit"
                value={comparisonTime}
                onChange={(event) => setComparisonTime(event.target.value)}
              >
                {timeOptions('kein Vergleich')}
              </SelectField>
            )}
          </div>
        )}
        <fieldset className="chart-indicators">
          <legend>Kennzahlen (in der gewählten Reihenfolge)</legend>
          {indicators.map((indicator) => (
            <label key={indicator.id}>
              <input
                type="checkbox"
                checked={ids.includes(indicator.id)}
                onChange={(event) =>
                  setIds(
                    event.target.checked
                      ? [...ids, indicator.id]
                      : ids.filter((id) => id !== indicator.id),
                  )
                }
              />
              <span>
                {indicator.name}
                {indicator.regionLabel && <span className="muted"> · {indicator.regionLabel}</span>}
              </span>
            </label>
          ))}
        </fieldset>
      </div>
      <div className="chart-preview" aria-live="polite">
        {markup ? (
          <div className="chart-view" dangerouslySetInnerHTML={{ __html: markup }} />
        ) : (
          <p className="muted">Bitte mindestens eine Kennzahl wählen.</p>
        )}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </FormDialog>
  );
}
