// Step 4, Werkstattplan: the step frame above the plan's export and its Fassungen.
import { PlanScreen } from '../plan/PlanScreen';
import { StepFrame } from './StepFrame';

export function PlanStepScreen() {
  return (
    <StepFrame step="plan">
      <PlanScreen />
    </StepFrame>
  );
}
