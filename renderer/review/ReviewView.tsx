// One Zwischenbilanz: what it compares with, the overall assessment and agreed adjustments, the
// traffic lights counted, and every measure by Handlungsfeld — each field saved on its own.
import type { PlanVersion, ReviewSummary } from '../../shared/contract';
import type { ReviewChanges } from '../../shared/contract/reviews';
import { trafficLightNames, trafficLights } from '../../shared/domain';
import { formatDate } from '../../shared/plan';
import type { ReviewMeasure } from '../../shared/review';
import { api } from '../api/client';
import { DateField, TextField } from '../library/SheetFields';
import { saveWith } from '../process/saving';
import { useProcessData } from '../process/useProcessData';
import { MeasureCard, measureKey } from './MeasureCard';
import { ReviewActions } from './ReviewActions';

interface ReviewViewProps {
  reviewId: number;
  versions: PlanVersion[];
  onStartAnother(): void;
  /** With the reviews that remain. */
  onDeleted(remaining: ReviewSummary[]): void;
}

export function ReviewView({ reviewId, versions, onStartAnother, onDeleted }: ReviewViewProps) {
  const { data: review, setData, problem } = useProcessData('reviews:load', { id: reviewId });
  if (problem) {
    return (
      <p className="form-error" role="alert">
        {problem}
      </p>
    );
  }
  if (!review) return <p className="muted">Lade die Zwischenbilanz …</p>;
  const save = (changes: ReviewChanges) =>
    saveWith(api.call('reviews:update', { id: review.id, changes }), setData);
  const fields = groupByField(review.measures);

  return (
    <>
      <section className="panel" aria-labelledby="review-heading">
        <div className="section-heading">
          <h2 id="review-heading">Zwischenbilanz vom {formatDate(review.date)}</h2>
          <LightCounts measures={review.measures} />
        </div>
        <p className={review.versionAvailable ? 'muted' : 'form-error'}>
          {review.versionAvailable
            ? `Verglichen mit der Fassung „${review.versionLabel}“.`
            : `Die Fassung „${review.versionLabel || 'unbekannt'}“, mit der diese Zwischenbilanz verglichen wurde, gibt es nicht mehr. Alles hier Festgehaltene bleibt erhalten; nur der Vergleich mit der Fassung entfällt.`}
        </p>
        <div className="sheet-grid">
          <DateField
            label="Datum der Zwischenbilanz"
            value={review.date}
            onSave={(date) => (date ? save({ date }) : Promise.resolve('Bitte ein Datum angeben.'))}
          />
          <div className="sheet-wide">
            <TextField
              label="Gesamteinschätzung"
              value={review.notes}
              multiline
              onSave={(notes) => save({ notes })}
            />
          </div>
          <div className="sheet-wide">
            <TextField
              label="Vereinbarte Anpassungen"
              value={review.adjustments}
              multiline
              hint="je Zeile eine Anpassung"
              onSave={(adjustments) => save({ adjustments })}
            />
          </div>
        </div>
        <ReviewActions
          review={review}
          versions={versions}
          onSaved={setData}
          onStartAnother={onStartAnother}
          onDeleted={onDeleted}
        />
      </section>

      <section aria-labelledby="measures-heading" className="review-measures">
        <h2 id="measures-heading">Maßnahmen</h2>
        {fields.map(([field, measures]) => (
          <div key={field} className="review-field">
            <h3>{field || 'Weitere Maßnahmen'}</h3>
            {measures.map((measure) => (
              <MeasureCard
                key={measureKey(measure)}
                reviewId={review.id}
                measure={measure}
                onSaved={setData}
              />
            ))}
          </div>
        ))}
      </section>
    </>
  );
}

function groupByField(measures: ReviewMeasure[]): [string, ReviewMeasure[]][] {
  const fields = new Map<string, ReviewMeasure[]>();
  for (const measure of measures) {
    const list = fields.get(measure.actionField);
    if (list) list.push(measure);
    else fields.set(measure.actionField, [measure]);
  }
  return [...fields];
}

function LightCounts({ measures }: { measures: ReviewMeasure[] }) {
  const unrated = measures.filter((measure) => measure.trafficLight === null).length;
  return (
    <ul className="light-counts" aria-label="Ampeln der Maßnahmen">
      {trafficLights.map((light) => (
        <li key={light}>
          <span className={`light light-${light}`} aria-hidden="true" />
          {measures.filter((measure) => measure.trafficLight === light).length}{' '}
          {trafficLightNames[light]}
        </li>
      ))}
      {unrated > 0 && <li className="muted">{unrated} ohne Einschätzung</li>}
    </ul>
  );
}
