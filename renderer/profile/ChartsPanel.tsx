// "Diagramme": the charts of the Kommunalprofil as the Werkstattplan shows them, charts the data
// suggests (one click takes one over), and a chart of one's own choice.
import { useMemo, useRef, useState } from 'react';
import type { Profile, ProfileChart } from '../../shared/contract';
import { chartKindLabels } from '../../shared/profile/chartSpec';
import { suggestCharts } from '../../shared/profile/chartSuggestions';
import { useStore } from '../store';
import { ChartCard } from './ChartCard';
import { ChartDialog } from './ChartDialog';
import { beforeIdFor } from './MoveButtons';
import { usePendingSwitches } from './usePendingSwitches';

export function ChartsPanel({ profile }: { profile: Profile }) {
  const changeProfile = useStore((state) => state.changeProfile);
  const showNotice = useStore((state) => state.showNotice);
  const [editing, setEditing] = useState<ProfileChart | 'new'>();
  const heading = useRef<HTMLHeadingElement>(null);
  const switches = usePendingSwitches();
  const byId = useMemo(
    () => new Map(profile.indicators.map((indicator) => [indicator.id, indicator])),
    [profile.indicators],
  );
  const suggestions = suggestCharts(profile.indicators, profile.charts);

  const run = async (change: Promise<string | undefined>) => {
    const message = await change;
    if (message) showNotice({ kind: 'error', text: message });
  };

  return (
    <section
      id="profil-diagramme"
      className="panel profile-panel"
      aria-labelledby="diagramme-heading"
    >
      <div className="section-heading">
        <h2 id="diagramme-heading" ref={heading} tabIndex={-1}>
          Diagramme
        </h2>
        <div className="panel-actions">
          <button
            type="button"
            className="button"
            disabled={profile.indicators.length === 0}
            onClick={() => setEditing('new')}
          >
            Diagramm anlegen …
          </button>
        </div>
      </div>
      {suggestions.length > 0 && (
        <div className="chart-suggestions">
          <p className="muted">Die Daten legen nahe:</p>
          <ul>
            {suggestions.map((suggestion) => (
              <li key={`${suggestion.kind}-${suggestion.indicatorIds.join('-')}`}>
                <button
                  type="button"
                  className="button small"
                  onClick={() => void run(changeProfile('profileCharts:create', suggestion))}
                >
                  + {suggestion.title}
                </button>
                <span className="muted"> {chartKindLabels[suggestion.kind]}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {profile.charts.length === 0 ? (
        <p className="muted empty-hint">
          Noch keine Diagramme. Setzen Sie bei einer Kennzahl den Haken „Diagramm“, übernehmen Sie
          einen Vorschlag oder legen Sie ein Diagramm an.
        </p>
      ) : (
        <ol className="chart-grid">
          {profile.charts.map((chart, index) => (
            <ChartCard
              key={chart.id}
              chart={chart}
              indicators={byId}
              index={index}
              count={profile.charts.length}
              inPlan={switches.shown(`chart-${chart.id}`, chart.inPlan)}
              onInPlan={(inPlan) =>
                void switches.flip(`chart-${chart.id}`, inPlan, () =>
                  run(changeProfile('profileCharts:update', { id: chart.id, changes: { inPlan } })),
                )
              }
              onMove={(step) =>
                void run(
                  changeProfile('profileCharts:move', {
                    id: chart.id,
                    beforeId: beforeIdFor(profile.charts, index, step),
                  }),
                )
              }
              onEdit={() => setEditing(chart)}
              onDelete={() =>
                // The card goes: the focus moves to the section's heading, which stays.
                void run(changeProfile('profileCharts:delete', { id: chart.id })).then(() =>
                  heading.current?.focus(),
                )
              }
            />
          ))}
        </ol>
      )}
      {editing && (
        <ChartDialog
          chart={editing === 'new' ? undefined : editing}
          indicators={profile.indicators}
          onClose={() => setEditing(undefined)}
        />
      )}
    </section>
  );
}
