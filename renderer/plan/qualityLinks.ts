// Where the quality check's links lead: the place in the app where each gap is filled.
import type { PlanSectionKey } from '../../shared/plan';
import { useStore } from '../store';
import type { WorkspaceView } from '../store/appSlice';

/** The project's Steckbrief in the Projektbibliothek. */
export function openSheet(projectId: number): void {
  const { setLibrary, setView } = useStore.getState();
  setLibrary({ openProjectId: projectId, catalogDialog: undefined });
  setView('library');
}

/** The Leitziele catalogue, where each shows how many projects serve it. */
export function openGoals(): void {
  const { setLibrary, setView } = useStore.getState();
  setLibrary({ openProjectId: undefined, catalogDialog: 'strategicGoals' });
  setView('library');
}

/** The Kommunalprofil scrolled to its SWOT, where unanswered entries are marked. */
export function openSwot(): void {
  useStore.getState().setView('profile');
  scrollWhenShown('profil-swot');
}

/** The screen where a chapter's content is entered, with the words of its button. */
export const chapterPlaces: Record<PlanSectionKey, { label: string; open(): void }> = {
  ausgangslage: { label: 'Kommunalprofil öffnen', open: () => show('profile') },
  prozess: { label: 'Kick-Off öffnen', open: () => show('kickoff') },
  leitziele: { label: 'Leitziele bearbeiten', open: openGoals },
  massnahmen: { label: 'Zukunftswerkstatt öffnen', open: () => show('board') },
  uebersicht: { label: 'Projektbibliothek öffnen', open: () => show('library') },
  zwischenbilanz: { label: 'Zwischenbilanz öffnen', open: () => show('review') },
};

const show = (view: WorkspaceView) => useStore.getState().setView(view);

/** The profile reads its data after it is shown: wait (a few seconds at most) for the section. */
function scrollWhenShown(id: string, deadline = performance.now() + 5000): void {
  const target = document.getElementById(id);
  if (target) target.scrollIntoView({ block: 'start' });
  else if (performance.now() < deadline) requestAnimationFrame(() => scrollWhenShown(id, deadline));
}
