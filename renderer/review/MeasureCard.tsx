// One measure in the Zwischenbilanz: folded, its light, status and what changed since the Fassung;
// opened, the comparison side by side and every field of the review, each saved on its own.
import { useId, useState } from 'react';
import type { ReviewDetail } from '../../shared/contract';
import type { MeasureChanges } from '../../shared/contract/reviews';
import {
  projectStatuses,
  projectStatusLabels,
  trafficLightLabels,
  trafficLightNames,
  trafficLights,
} from '../../shared/domain';
import type { TrafficLight } from '../../shared/domain';
import { changeLabels } from '../../shared/review';
import type { ReviewMeasure } from '../../shared/review';
import { api } from '../api/client';
import { ChoiceField, labelled, TextField } from '../library/SheetFields';
import { saveWith } from '../process/saving';

/** Stays the same when the first save gives the measure its entry (the card keeps open and focus). */
export const measureKey = (measure: ReviewMeasure): string =>
  measure.projectId !== null
    ? `p${measure.projectId}`
    : measure.versionProjectId !== null
      ? `v${measure.versionProjectId}`
      : `e${measure.entryId}`;

interface MeasureCardProps {
  reviewId: number;
  measure: ReviewMeasure;
  onSaved(review: ReviewDetail): void;
}

export function MeasureCard({ reviewId, measure, onSaved }: MeasureCardProps) {
  const save = (changes: MeasureChanges) =>
    saveWith(
      api.call('reviews:saveMeasure', {
        reviewId,
        entryId: measure.entryId,
        projectId: measure.projectId,
        versionProjectId: measure.versionProjectId,
        changes,
      }),
      onSaved,
    );
  const change = measure.change === 'added' || measure.change === 'dropped' ? measure.change : null;
  const text =
    (field: 'progress' | 'barriers' | 'enablers' | 'nextSteps' | 'indicatorNow') =>
    (value: string) =>
      save({ [field]: value });

  return (
    <details className={`measure-card${change ? ` is-${change}` : ''}`}>
      <summary>
        <span className={`light light-${measure.trafficLight ?? 'none'}`} aria-hidden="true" />
        <span className="measure-title">{measure.title}</span>
        <span className="measure-facts">
          {measure.trafficLight ? trafficLightNames[measure.trafficLight] : 'ohne Einschätzung'}
          {' · '}
          {projectStatusLabels[measure.status]}
          {change && <span className="badge">{changeLabels[change]}</span>}
          {measure.differences.length > 0 && (
            <span className="badge warn">
              {measure.differences.length === 1
                ? '1 Abweichung'
                : `${measure.differences.length} Abweichungen`}
            </span>
          )}
        </span>
      </summary>
      <div className="measure-body">
        {measure.differences.length > 0 && <Differences measure={measure} />}
        <div className="sheet-grid">
          <ChoiceField
            label="Status heute"
            value={measure.status}
            options={labelled(projectStatuses, projectStatusLabels)}
            onSave={(status) => save({ status: status as ReviewMeasure['status'] })}
          />
          <LightChoice
            light={measure.trafficLight}
            onSave={(light) => save({ trafficLight: light })}
          />
          <div className="sheet-wide">
            <TextField
              label="Fortschritt"
              value={measure.progress}
              multiline
              onSave={text('progress')}
            />
          </div>
          <TextField
            label="Hemmnisse"
            value={measure.barriers}
            multiline
            onSave={text('barriers')}
          />
          <TextField
            label="Förderliche Faktoren"
            value={measure.enablers}
            multiline
            onSave={text('enablers')}
          />
          <div className="sheet-wide">
            <TextField
              label="Nächste Schritte"
              value={measure.nextSteps}
              multiline
              onSave={text('nextSteps')}
            />
          </div>
          <div className="indicator-target">
            <span className="field-label">Indikatoren laut Fassung</span>
            <p>{measure.indicatorTarget || '–'}</p>
          </div>
          <TextField
            label="Stand der Indikatoren heute"
            value={measure.indicatorNow}
            multiline
            onSave={text('indicatorNow')}
          />
        </div>
      </div>
    </details>
  );
}

function Differences({ measure }: { measure: ReviewMeasure }) {
  return (
    <table className="differences">
      <caption>Was die Fassung sagte und was heute gilt</caption>
      <thead>
        <tr>
          <th scope="col">Angabe</th>
          <th scope="col">Laut Fassung</th>
          <th scope="col">Heute</th>
        </tr>
      </thead>
      <tbody>
        {measure.differences.map((difference) => (
          <tr key={difference.label}>
            <th scope="row">{difference.label}</th>
            <td>{difference.then || '–'}</td>
            <td>{difference.now || '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The traffic light as a group of radio buttons: its word says it, the colour only repeats it. */
function LightChoice({
  light,
  onSave,
}: {
  light: TrafficLight | null;
  onSave(light: TrafficLight | null): Promise<string | undefined>;
}) {
  const name = useId();
  const [error, setError] = useState<string>();
  // The choice shows at once; the saved review confirms it, or it returns with the reason.
  const [shown, setShown] = useState<{ light: TrafficLight | null }>();
  const current = shown ? shown.light : light;
  const choices: (TrafficLight | null)[] = [...trafficLights, null];
  return (
    <fieldset className="light-choice" aria-describedby={error ? `${name}-error` : undefined}>
      <legend>Ampel</legend>
      {choices.map((choice) => (
        <label key={choice ?? 'none'}>
          <input
            type="radio"
            name={name}
            checked={current === choice}
            onChange={() => {
              setShown({ light: choice });
              void onSave(choice).then((problem) => {
                setShown(undefined);
                setError(problem);
              });
            }}
          />
          <span className={`light light-${choice ?? 'none'}`} aria-hidden="true" />
          {choice ? trafficLightLabels[choice] : 'ohne Einschätzung'}
        </label>
      ))}
      {error && (
        <span className="form-error" role="alert" id={`${name}-error`}>
          {error}
        </span>
      )}
    </fieldset>
  );
}
