// The phase timer where the room can read it: the label and the minutes left, "Zeit ist um" at 0.
import { formatCountdown, usePhaseTimer } from './usePhaseTimer';

export function PhaseTimerDisplay({ large = false }: { large?: boolean }) {
  const { timer, secondsLeft } = usePhaseTimer();
  if (!timer) return null;
  const over = secondsLeft === 0;
  return (
    <div
      className={`phase-timer${large ? ' is-large' : ''}${over ? ' is-over' : ''}`}
      role="timer"
      aria-label={`${timer.label}: ${over ? 'Zeit ist um' : `noch ${formatCountdown(secondsLeft)}`}`}
    >
      <span className="phase-timer-label">{timer.label}</span>
      <span className="phase-timer-time" aria-hidden="true">
        {over ? 'Zeit ist um' : formatCountdown(secondsLeft)}
      </span>
    </div>
  );
}
