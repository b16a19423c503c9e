// Which region of a statistics download to import: the Kommune's own by default (AGS, else Kreis,
// Land, Deutschland), any other one on request (a filter narrows long lists of Gemeinden), and
// the regions above it to import beside it for comparison.
import { useId, useState } from 'react';
import type { StatisticsPreview } from '../../shared/contract';
import { foldLabel } from '../../shared/statistics';

/** More regions than this get a filter field above the list. */
const filterFrom = 40;
/** A list shows at most this many matches (all Kreise fit); the filter finds the rest. */
const maxShown = 1_000;

interface RegionChoiceProps {
  preview: StatisticsPreview;
  comparisons: string[];
  onRegion(code: string): void;
  onComparisons(codes: string[]): void;
}

export function RegionChoice({ preview, comparisons, onRegion, onComparisons }: RegionChoiceProps) {
  const id = useId();
  const [filter, setFilter] = useState('');
  if (preview.regions.length === 0) {
    return (
      <p className="muted">
        Die Tabelle ist nicht nach Gebieten gegliedert; sie wird als Ganzes übernommen.
      </p>
    );
  }
  const wanted = foldLabel(filter);
  const matches = preview.regions.filter(
    (region) =>
      region.code === preview.region ||
      wanted === '' ||
      region.code.startsWith(filter.trim()) ||
      foldLabel(region.label).includes(wanted),
  );
  const current = preview.regions.find((region) => region.code === preview.region);
  // The chosen region stays in the list, however far down the file has it.
  const shown = matches.slice(0, maxShown);
  if (current && !shown.includes(current)) shown.unshift(current);
  return (
    <div className="region-choice">
      <div className="region-row">
        {preview.regions.length > filterFrom && (
          <div className="region-field">
            <label htmlFor={`${id}-filter`}>Gebiet suchen</label>
            <input
              id={`${id}-filter`}
              type="search"
              value={filter}
              placeholder="Name oder Schlüssel"
              onChange={(event) => setFilter(event.target.value)}
            />
          </div>
        )}
        <div className="region-field">
          <label htmlFor={`${id}-region`}>Gebiet</label>
          <select
            id={`${id}-region`}
            value={preview.region ?? ''}
            aria-describedby={`${id}-hint`}
            onChange={(event) => event.target.value && onRegion(event.target.value)}
          >
            {preview.region === null && <option value="">– bitte wählen –</option>}
            {shown.map((region) => (
              <option key={region.code} value={region.code}>
                {region.label} ({region.code})
              </option>
            ))}
          </select>
        </div>
      </div>
      {matches.length > maxShown && (
        <p className="muted">
          Die Liste zeigt {maxShown.toLocaleString('de-DE')} von{' '}
          {matches.length.toLocaleString('de-DE')} Gebieten; das Suchfeld findet jedes.
        </p>
      )}
      <p id={`${id}-hint`} className={preview.region === null ? 'form-error' : 'muted'}>
        {preview.region === null
          ? `Weder Ihre Kommune noch ihr Kreis, ihr Land oder Deutschland kommen in der Datei vor (${preview.regions.length.toLocaleString('de-DE')} Gebiete). Bitte wählen Sie ein Gebiet.`
          : preview.regionIsDefault
            ? `Vorausgewählt nach dem Gemeindeschlüssel der Werkstatt: ${current?.label ?? ''}. Jedes andere Gebiet lässt sich wählen, z. B. das Land zum Vergleich.`
            : `Gewählt: ${current?.label ?? ''}.`}
      </p>
      {preview.comparisonRegions.length > 0 && (
        <fieldset className="checks comparison-regions">
          <legend>Zum Vergleich auch importieren</legend>
          {preview.comparisonRegions.map((region) => (
            <label key={region.code}>
              <input
                type="checkbox"
                checked={comparisons.includes(region.code)}
                onChange={(event) =>
                  onComparisons(
                    event.target.checked
                      ? [...comparisons, region.code]
                      : comparisons.filter((code) => code !== region.code),
                  )
                }
              />
              {region.label} ({region.code})
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
