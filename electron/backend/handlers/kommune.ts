// Handlers of the kommune:* methods: the Kommune's data and logo, each change one undoable action
// answered with the workspace summary.
import type { KommuneChanges } from '../../../shared/contract/kommune';
import type { Handler } from '../dispatch';
import { prepareLogo } from '../logo';
import { readLogo, setLogo, updateKommune } from '../repositories/kommune';
import { readSummary } from '../repositories/workspace';
import type { Writer } from '../store/changes';
import type { WorkspaceService } from '../workspace/service';

type KommuneHandlers = {
  [M in 'kommune:update' | 'kommune:setLogo' | 'kommune:removeLogo' | 'kommune:logo']: Handler<M>;
};

const fieldLabels: Record<keyof KommuneChanges, string> = {
  name: 'Name',
  officialKey: 'Gemeindeschlüssel',
  state: 'Bundesland',
  district: 'Landkreis',
  inhabitants: 'Einwohnerzahl',
  consultant: 'Prozessbegleitung',
  periodStart: 'Beginn des Projektzeitraums',
  periodEnd: 'Ende des Projektzeitraums',
};

/** "Kommune ändern: Einwohnerzahl" when one field changes, else "Kommune ändern". */
function updateLabel(changes: KommuneChanges): string {
  const fields = Object.keys(changes) as (keyof KommuneChanges)[];
  return fields.length === 1 && fields[0]
    ? `Kommune ändern: ${fieldLabels[fields[0]]}`
    : 'Kommune ändern';
}

export function kommuneHandlers(workspaces: WorkspaceService): KommuneHandlers {
  const change = (label: string, action: (writer: Writer) => void) => {
    const session = workspaces.current();
    session.act(label, action);
    return readSummary(session.db, session.file);
  };
  return {
    'kommune:update': ({ changes }) =>
      change(updateLabel(changes), (writer) => updateKommune(writer, changes)),
    'kommune:setLogo': ({ base64 }) => {
      // Checked (and an SVG drawn) before the transaction: a refused file writes nothing.
      const logo = prepareLogo(Buffer.from(base64, 'base64'));
      return change('Logo ändern', (writer) => setLogo(writer, logo));
    },
    'kommune:removeLogo': () => change('Logo entfernen', (writer) => setLogo(writer, null)),
    'kommune:logo': () => readLogo(workspaces.current().db),
  };
}
