// Step 1, Kick-Off: the step frame, the meeting with its agreements, the Akteure, and the
// Zukunftswerkstatt sessions agreed there.
import { ActorsPanel } from './ActorsPanel';
import { KickoffMeeting } from './KickoffMeeting';
import { StepFrame } from './StepFrame';
import { useProcessData } from './useProcessData';
import { WorkshopSessions } from './WorkshopSessions';

export function KickoffScreen() {
  const { data, setData, problem } = useProcessData('kickoff:load', {});
  return (
    <StepFrame step="kickoff">
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {data ? (
        <>
          <KickoffMeeting data={data} onSaved={setData} />
          <ActorsPanel data={data} onSaved={setData} />
        </>
      ) : (
        !problem && <p className="muted">Lade den Kick-Off …</p>
      )}
      <WorkshopSessions />
    </StepFrame>
  );
}
