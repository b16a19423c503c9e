// Step 2, Kommunalprofil: the step frame. The profile's own content — statistics, charts, SWOT,
// Bestandsaufnahme (renderer/profile/ProfileScreen.tsx) — is the frame's child here.
import { StepFrame } from './StepFrame';

export function ProfileStepScreen() {
  return <StepFrame step="profile" />;
}
