// Step 5, Zwischenbilanz: the step frame, then the review chosen (the newest at first) or the
// form that starts one against a frozen Fassung.
import { useId, useState } from 'react';
import type { ReviewSummary } from '../../shared/contract';
import { formatDate } from '../../shared/plan';
import { StepFrame } from '../process/StepFrame';
import { useProcessData } from '../process/useProcessData';
import { useStore } from '../store';
import { ReviewStart } from './ReviewStart';
import { ReviewView } from './ReviewView';

export function ReviewScreen() {
  const { data: reviews, setData: setReviews, problem } = useProcessData('reviews:list', {});
  const { data: versions } = useProcessData('plan:versions', {});
  const [chosen, setChosen] = useState<number>();
  const [starting, setStarting] = useState(false);
  const choiceId = useId();
  const refreshProcess = useStore((state) => state.refreshProcess);
  if (!reviews || !versions) {
    return (
      <StepFrame step="review">
        {problem ? (
          <p className="form-error" role="alert">
            {problem}
          </p>
        ) : (
          <p className="muted">Lade die Zwischenbilanzen …</p>
        )}
      </StepFrame>
    );
  }
  const current: ReviewSummary | undefined =
    reviews.find((review) => review.id === chosen) ?? reviews[0];
  const started = (id: number) => {
    setChosen(id);
    setStarting(false);
    refreshProcess();
  };

  return (
    <StepFrame step="review">
      {reviews.length > 1 && (
        <div className="panel review-choice">
          <label htmlFor={choiceId}>Zwischenbilanz</label>
          <select
            id={choiceId}
            value={current?.id}
            onChange={(event) => setChosen(Number(event.target.value))}
          >
            {reviews.map((review) => (
              <option key={review.id} value={review.id}>
                vom {formatDate(review.date)}
                {review.versionLabel ? ` – gegen „${review.versionLabel}“` : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      {current && !starting ? (
        <ReviewView
          key={current.id}
          reviewId={current.id}
          versions={versions}
          onStartAnother={() => setStarting(true)}
          onDeleted={(remaining) => {
            setReviews(remaining);
            setChosen(undefined);
            // The review and the button that deleted it are gone: the focus goes to the step's title.
            document.getElementById('step-review-title')?.focus();
          }}
        />
      ) : (
        <ReviewStart
          versions={versions}
          onStarted={started}
          onCancel={current ? () => setStarting(false) : undefined}
        />
      )}
    </StepFrame>
  );
}
