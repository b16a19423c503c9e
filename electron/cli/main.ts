// `npm run cli -- <command> …`: workspace files from the command line, same messages as the app.
import path from 'node:path';
import { AppFailure } from '../../shared/errors';
import { defaultDataDir } from '../backend/paths';
import {
  backup,
  check,
  demoWorkspace,
  exportPlan,
  exportProjects,
  exportReview,
  importProjectsInto,
  newWorkspace,
  restore,
  stats,
} from './commands';
import { importStatisticsInto, listIndicators } from './statistics';
import { exchangeExtension } from '../../shared/library';

const usage = `Aufruf: npm run cli -- <Befehl> …

  new FILE --name NAME      neue, leere Werkstatt anlegen; dazu wahlweise
      --ags 8 ZIFFERN       Amtlicher Gemeindeschlüssel, z. B. 15089999
      --state LAND          Bundesland, z. B. „Sachsen-Anhalt“
      --district KREIS      Landkreis
      --inhabitants ZAHL    Einwohnerzahl, z. B. 11800 oder 11.800
  demo FILE                 Beispiel-Werkstatt Musterstadt anlegen
  check FILE                Datei prüfen (ändert nichts); Exit-Code 0 = in Ordnung
  stats FILE                Anzahl aller Einträge als JSON
  backup FILE               Sicherung im Datenordner anlegen
  restore BACKUP FILE       Sicherung (Datei oder Kennung) nach FILE zurückspielen
  export FILE OUT.docx      Werkstattplan als Word-Dokument speichern (mit den in der
                            Werkstatt gespeicherten Optionen; OUT wird ersetzt)
      --version-label TEXT  Fassung auf dem Deckblatt, z. B. „Beschluss des Stadtrats“
  export-review FILE OUT.docx
                            die neueste Zwischenbilanz als Word-Dokument speichern
      --date JJJJ-MM-TT     die Zwischenbilanz dieses Tages
  export-projects FILE OUT  alle Projekte als Projektdatei (.werkstatt-projekte) für eine
                            andere Kommune speichern, ohne personenbezogene Daten
                            (OUT wird ersetzt)
  import-projects FILE IN   alle Projekte einer Projektdatei in FILE übernehmen (in einem
                            Schritt, mit Sicherung vorher; Dubletten werden genannt)
  import-statistics FILE IN alle Reihen einer Statistik-Datei (GENESIS-Tabelle oder Flatfile,
                            CSV oder ZIP) als Kennzahlen übernehmen, für das Gebiet der
                            Kommune (AGS, sonst Kreis, Land, Deutschland); ein neuerer Download
                            derselben Tabelle aktualisiert die Werte und nennt die Änderungen
      --region CODE         stattdessen dieses Gebiet, z. B. 14521 oder 14
  indicators FILE           alle Kennzahlen mit ihren Werten je Jahr oder Stichtag
      --json                als JSON

Optionen: --data-dir DIR (Datenordner für Sicherungen)`;

class UsageError extends Error {}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index === -1) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--'))
    throw new UsageError(`${name} erwartet einen Wert.`);
  args.splice(index, 2);
  return value;
}

function flag(args: string[], name: string): boolean {
  const index = args.indexOf(name);
  if (index !== -1) args.splice(index, 1);
  return index !== -1;
}

async function run(argv: string[]): Promise<string> {
  const args = [...argv];
  const dataDir = option(args, '--data-dir') ?? defaultDataDir();
  const name = option(args, '--name');
  const ags = option(args, '--ags');
  const state = option(args, '--state');
  const district = option(args, '--district');
  const inhabitants = option(args, '--inhabitants');
  const versionLabel = option(args, '--version-label');
  const region = option(args, '--region');
  const json = flag(args, '--json');
  const date = option(args, '--date');
  const [command, first, second] = args;
  const need = (value: string | undefined, what: string) => {
    if (!value) throw new UsageError(`Es fehlt: ${what}.`);
    return value;
  };
  switch (command) {
    case 'new':
      return newWorkspace(need(first, 'FILE'), {
        name: need(name, '--name NAME'),
        ags,
        state,
        district,
        inhabitants,
      });
    case 'demo':
      return demoWorkspace(need(first, 'FILE'));
    case 'check':
      return check(need(first, 'FILE'));
    case 'stats':
      return stats(need(first, 'FILE'));
    case 'backup':
      return backup(need(first, 'FILE'), { dataDir });
    case 'restore':
      return restore(need(first, 'BACKUP'), need(second, 'FILE'), { dataDir });
    case 'export': {
      const out = need(second, 'OUT.docx');
      const format = /\.pdf$/i.test(out) ? 'pdf' : 'docx';
      if (!/\.(docx|pdf)$/i.test(out)) {
        throw new UsageError('Die Ausgabedatei muss auf .docx oder .pdf enden.');
      }
      return exportPlan(need(first, 'FILE'), out, {
        ...(versionLabel === undefined ? {} : { versionLabel }),
        format,
        officeFolder: path.join(dataDir, 'LibreOffice'),
      });
    }
    case 'export-review': {
      const out = need(second, 'OUT.docx');
      if (!/\.docx$/i.test(out)) throw new UsageError('Die Ausgabedatei muss auf .docx enden.');
      return exportReview(need(first, 'FILE'), out, date, path.join(dataDir, 'LibreOffice'));
    }
    case 'export-projects': {
      const out = need(second, 'OUT');
      if (!out.toLowerCase().endsWith(exchangeExtension)) {
        throw new UsageError(`Die Ausgabedatei muss auf ${exchangeExtension} enden.`);
      }
      return exportProjects(need(first, 'FILE'), out);
    }
    case 'import-projects':
      return importProjectsInto(need(first, 'FILE'), need(second, 'IN'), { dataDir });
    case 'import-statistics':
      return importStatisticsInto(need(first, 'FILE'), need(second, 'IN'), region, { dataDir });
    case 'indicators':
      return listIndicators(need(first, 'FILE'), json);
    case undefined:
    case 'help':
    case '--help':
      return usage;
    default:
      throw new UsageError(`Unbekannter Befehl: ${command}`);
  }
}

run(process.argv.slice(2)).then(
  (output) => console.log(output),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${usage}`);
      process.exit(2);
    }
    if (error instanceof AppFailure) {
      console.error(error.message);
      console.error(`(Fehlercode ${error.code})`);
      process.exit(1);
    }
    console.error(error);
    process.exit(1);
  },
);
