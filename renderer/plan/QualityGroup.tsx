// One group of the quality check: a count as its summary, its entries folded away when many.
import type { ReactNode } from 'react';

export interface QualityItem {
  key: string;
  text: ReactNode;
  /**
   * The button that leads to where the gap is filled; `name` says which entry it is for, beginning
   * with the visible label (so speech input finds it by what it shows).
   */
  action?: { label: string; name?: string; run(): void };
}

/** Up to this many entries a group shows them at once; a longer one opens on request. */
const shownAtOnce = 5;

export function QualityGroup({
  summary,
  items,
  action,
}: {
  summary: string;
  items: QualityItem[];
  /** One button for the whole group (e.g. the SWOT), beside the entries. */
  action?: { label: string; run(): void };
}) {
  if (items.length === 0) return null;
  return (
    <li className="quality-group">
      <details open={items.length <= shownAtOnce}>
        <summary>{summary}</summary>
        <ul>
          {items.map((item) => (
            <li key={item.key}>
              <span>{item.text}</span>
              {item.action && (
                <button
                  type="button"
                  className="button small"
                  aria-label={item.action.name}
                  onClick={item.action.run}
                >
                  {item.action.label}
                </button>
              )}
            </li>
          ))}
        </ul>
      </details>
      {action && (
        <button type="button" className="button small" onClick={action.run}>
          {action.label}
        </button>
      )}
    </li>
  );
}
