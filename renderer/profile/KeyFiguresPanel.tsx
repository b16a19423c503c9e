// "Kennzahlen": the indicators as a table with the years as columns (German numbers, the offices'
// symbols explained below), each with its place in the plan and its chart; statistics come in by
// the import dialog or by dropping a download onto the panel, own figures by hand.
import { useRef, useState } from 'react';
import type { DragEvent } from 'react';
import type { Indicator, Profile } from '../../shared/contract';
import { valueLegend } from '../../shared/profile/format';
import { valueInYear, yearColumns } from '../../shared/profile/years';
import { useStore } from '../store';
import { IndicatorDialog } from './IndicatorDialog';
import { FigureRow } from './FigureRow';
import { beforeIdFor } from './MoveButtons';
import { StatisticsImportDialog } from './StatisticsImportDialog';
import { usePendingSwitches } from './usePendingSwitches';

/** Years shown until the user asks for all: what fits 1280 pixels beside name and switches. */
const recentYears = 5;

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

export function KeyFiguresPanel({ profile }: { profile: Profile }) {
  const changeProfile = useStore((state) => state.changeProfile);
  const showNotice = useStore((state) => state.showNotice);
  const [importing, setImporting] = useState<{ file?: File } | undefined>();
  const [editing, setEditing] = useState<Indicator | 'new'>();
  const [allYears, setAllYears] = useState(false);
  const [dropping, setDropping] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const switches = usePendingSwitches();

  const { indicators, charts } = profile;
  const years = yearColumns(indicators);
  const shownYears = allYears ? years : years.slice(-recentYears);
  const charted = new Set(charts.flatMap((chart) => chart.indicatorIds));
  const legend = valueLegend(
    indicators.flatMap((indicator) =>
      shownYears.flatMap((year) => valueInYear(indicator.values, year) ?? []),
    ),
  );

  const run = async (error: Promise<string | undefined>) => {
    const message = await error;
    if (message) showNotice({ kind: 'error', text: message });
  };
  const remove = async (indicator: Indicator) => {
    await run(changeProfile('indicators:delete', { id: indicator.id }));
    // The row and its buttons are gone: the focus goes to the section's heading.
    heading.current?.focus();
    showNotice({ kind: 'info', text: `„${indicator.name}“ gelöscht (Strg + Z nimmt das zurück).` });
  };

  return (
    <section
      id="profil-kennzahlen"
      className={`panel profile-panel${dropping ? ' drop-target' : ''}`}
      aria-labelledby="kennzahlen-heading"
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDropping(false);
        const file = event.dataTransfer.files[0];
        if (file) setImporting({ file });
      }}
    >
      <div className="section-heading">
        <h2 id="kennzahlen-heading" ref={heading} tabIndex={-1}>
          Kennzahlen
        </h2>
        <div className="panel-actions">
          <button type="button" className="button primary" onClick={() => setImporting({})}>
            Statistik importieren …
          </button>
          <button type="button" className="button" onClick={() => setEditing('new')}>
            Kennzahl eingeben …
          </button>
        </div>
      </div>
      {indicators.length === 0 ? (
        <p className="muted empty-hint">
          Noch keine Kennzahlen. Laden Sie eine Tabelle bei GENESIS-Online, der Regionalstatistik
          oder der Zensus-Datenbank als CSV oder Flatfile herunter und ziehen Sie sie hierher – oder
          geben Sie Zahlen aus eigenen Registern ein.
        </p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="figures-table">
              <thead>
                <tr>
                  <th scope="col">Kennzahl</th>
                  <th scope="col">Einheit</th>
                  {shownYears.map((year) => (
                    <th key={year} scope="col" className="number">
                      {year}
                    </th>
                  ))}
                  <th scope="col">Im Plan</th>
                  <th scope="col">Diagramm</th>
                  <th scope="col">
                    <span className="visually-hidden">Aktionen</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {indicators.map((indicator, index) => (
                  <FigureRow
                    key={indicator.id}
                    indicator={indicator}
                    years={shownYears}
                    index={index}
                    count={indicators.length}
                    inPlan={switches.shown(`plan-${indicator.id}`, indicator.inPlan)}
                    charted={switches.shown(`chart-${indicator.id}`, charted.has(indicator.id))}
                    onInPlan={(inPlan) =>
                      void switches.flip(`plan-${indicator.id}`, inPlan, () =>
                        run(
                          changeProfile('indicators:update', {
                            id: indicator.id,
                            changes: { inPlan },
                          }),
                        ),
                      )
                    }
                    onChart={(chart) =>
                      void switches.flip(`chart-${indicator.id}`, chart, () =>
                        run(changeProfile('indicators:setChart', { id: indicator.id, chart })),
                      )
                    }
                    onMove={(step) =>
                      void run(
                        changeProfile('indicators:move', {
                          id: indicator.id,
                          beforeId: beforeIdFor(indicators, index, step),
                        }),
                      )
                    }
                    onEdit={() => setEditing(indicator)}
                    onDelete={() => void remove(indicator)}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <div className="table-notes">
            {years.length > recentYears && (
              <button type="button" className="link-button" onClick={() => setAllYears(!allYears)}>
                {allYears
                  ? `Nur die letzten ${recentYears} Jahre zeigen`
                  : `Alle ${years.length} Jahre zeigen`}
              </button>
            )}
            {legend.length > 0 && <p className="muted">Zeichenerklärung: {legend.join('; ')}</p>}
          </div>
        </>
      )}
      {importing && (
        <StatisticsImportDialog file={importing.file} onClose={() => setImporting(undefined)} />
      )}
      {editing && (
        <IndicatorDialog
          indicator={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </section>
  );
}
