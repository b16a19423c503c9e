// Which tab of the workspace shows which process step.
import type { StepKey } from '../../shared/domain';
import type { WorkspaceView } from '../store/appSlice';

export const stepViews: Record<StepKey, WorkspaceView> = {
  kickoff: 'kickoff',
  profile: 'profile',
  workshop: 'board',
  plan: 'plan',
  review: 'review',
};
