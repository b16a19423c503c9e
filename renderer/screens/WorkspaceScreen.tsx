// An open workspace: the Übersicht, one tab per process step, and the Projektbibliothek.
import type { JSX, ReactNode } from 'react';
import { stepLabels } from '../../shared/domain';
import { LibraryScreen } from '../library/LibraryScreen';
import { KickoffScreen } from '../process/KickoffScreen';
import { PlanStepScreen } from '../process/PlanStepScreen';
import { ProfileStepScreen } from '../process/ProfileStepScreen';
import { useSteps } from '../process/StepFrame';
import { WorkshopStepScreen } from '../process/WorkshopStepScreen';
import { ReviewScreen } from '../review/ReviewScreen';
import { useStore } from '../store';
import type { WorkspaceView } from '../store/appSlice';
import { OverviewScreen } from './OverviewScreen';

const stepTabs: { view: WorkspaceView; step: keyof typeof stepLabels }[] = [
  { view: 'kickoff', step: 'kickoff' },
  { view: 'profile', step: 'profile' },
  { view: 'board', step: 'workshop' },
  { view: 'plan', step: 'plan' },
  { view: 'review', step: 'review' },
];

const screens: Record<WorkspaceView, () => JSX.Element | null> = {
  overview: OverviewScreen,
  kickoff: KickoffScreen,
  profile: ProfileStepScreen,
  board: WorkshopStepScreen,
  plan: PlanStepScreen,
  review: ReviewScreen,
  library: LibraryScreen,
};

export function WorkspaceScreen() {
  const view = useStore((state) => state.view);
  const setView = useStore((state) => state.setView);
  const presentation = useStore((state) => state.boardUi.presentation);
  const name = useStore((state) => state.workspace?.name);
  const steps = useSteps();
  const Screen = screens[view];
  const tab = (target: WorkspaceView, label: string, extra?: ReactNode) => (
    <button
      key={target}
      type="button"
      className="tab"
      aria-current={view === target ? 'page' : undefined}
      onClick={() => setView(target)}
    >
      {label}
      {extra}
    </button>
  );
  return (
    <main className={`workspace-screen view-${view}`}>
      {/* Every step screen and the Übersicht bring their own heading; the library's is its tab. */}
      {view === 'library' && <h1 className="visually-hidden">Projektbibliothek – {name}</h1>}
      {!presentation && (
        <nav className="tabs" aria-label="Bereiche der Werkstatt">
          {tab('overview', 'Übersicht')}
          <span className="tab-group" role="group" aria-label="Die fünf Schritte">
            {stepTabs.map(({ view: target, step }) => {
              const status = steps?.find((detail) => detail.key === step)?.status;
              return tab(
                target,
                stepLabels[step],
                status && <span className={`tab-status status-${status}`} aria-hidden="true" />,
              );
            })}
          </span>
          {tab('library', 'Projektbibliothek')}
        </nav>
      )}
      <Screen />
    </main>
  );
}
