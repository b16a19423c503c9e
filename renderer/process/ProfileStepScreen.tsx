// Step 2, Kommunalprofil: the step frame above the profile's own content — statistics, charts,
// SWOT, Bestandsaufnahme (renderer/profile/ProfileScreen.tsx).
import { ProfileScreen } from '../profile/ProfileScreen';
import { StepFrame } from './StepFrame';

export function ProfileStepScreen() {
  return (
    <StepFrame step="profile">
      <ProfileScreen />
    </StepFrame>
  );
}
