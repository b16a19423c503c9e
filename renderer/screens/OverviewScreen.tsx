// The workspace overview: the Kommune, the five steps with their status, what it holds.
import { stepLabels, stepStatuses, stepStatusLabels } from '../../shared/domain';
import type { StepKey, StepStatus } from '../../shared/domain';
import { api } from '../api/client';
import { BackupsPanel } from '../components/BackupsPanel';
import { formatNumber } from '../format';
import { useStore } from '../store';

export function OverviewScreen() {
  const workspace = useStore((state) => state.workspace);
  const setWorkspace = useStore((state) => state.setWorkspace);
  const showNotice = useStore((state) => state.showNotice);
  if (!workspace) return null;

  async function setStatus(step: StepKey, status: StepStatus) {
    const result = await api.call('workspace:setStepStatus', { step, status });
    if (result.ok) setWorkspace(result.value);
    else showNotice({ kind: 'error', text: result.error.message });
  }

  const { counts } = workspace;
  const facts = [
    workspace.state,
    workspace.district,
    workspace.inhabitants !== null ? `${formatNumber(workspace.inhabitants)} Einwohner` : '',
  ].filter(Boolean);

  return (
    <div className="overview-screen">
      <header className="workspace-header">
        <h1>{workspace.name}</h1>
        {facts.length > 0 && <p className="lead">{facts.join(' · ')}</p>}
        {workspace.consultant && <p className="muted">Prozessbegleitung: {workspace.consultant}</p>}
      </header>

      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">Prozessschritte</h2>
        <ol className="steps">
          {workspace.steps.map((step, index) => (
            <li key={step.key} className={`step step-${step.status}`}>
              <span className="step-number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="step-name">{stepLabels[step.key]}</span>
              <label className="step-status">
                <span className="visually-hidden">Status {stepLabels[step.key]}</span>
                <select
                  value={step.status}
                  onChange={(event) => void setStatus(step.key, event.target.value as StepStatus)}
                >
                  {stepStatuses.map((status) => (
                    <option key={status} value={status}>
                      {stepStatusLabels[status]}
                    </option>
                  ))}
                </select>
              </label>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="contents-heading">
        <h2 id="contents-heading">Inhalt der Werkstatt</h2>
        <dl className="counts">
          <Count label="Ideen" value={counts.ideas} />
          <Count label="im Ideenspeicher" value={counts.ideasInInbox} />
          <Count label="Projekte" value={counts.projects} />
          <Count label="Zukunftswerkstätten" value={counts.workshops} />
          <Count label="Handlungsfelder" value={counts.actionFields} />
          <Count label="Leitziele" value={counts.strategicGoals} />
        </dl>
      </section>

      <BackupsPanel />
      <p className="muted file-path">Datei: {workspace.path}</p>
    </div>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div className="count">
      <dt>{label}</dt>
      <dd>{formatNumber(value)}</dd>
    </div>
  );
}
