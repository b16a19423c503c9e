// Synthetic workspaces for benchmarks: N ideas in P projects over the 16 default Handlungsfelder.
import { seedDefaultCatalogues } from '../electron/backend/repositories/catalogues';
import { createIdea } from '../electron/backend/repositories/ideas';
import { insertWorkspace } from '../electron/backend/repositories/workspace';
import { Writer } from '../electron/backend/store/changes';
import { createWorkspaceFile } from '../electron/backend/store/connection';
import { phases } from '../shared/domain';
import { seededRandom } from '../test/support/random';

/** The texts of a synthetic workspace, by running number. */
export interface SeedTexts {
  projectTitle(index: number): string;
  projectDescription(index: number): string;
  idea(index: number): string;
}

export interface SeedOptions {
  ideas: number;
  projects: number;
  /** Share of ideas left in the Ideenspeicher (0: none). */
  inboxShare: number;
  /** Default: the same short texts everywhere (enough for board and file benchmarks). */
  texts?: SeedTexts;
}

const uniformTexts: SeedTexts = {
  projectTitle: (i) => `Projekt ${i + 1}: Treffpunkt für Jung und Alt`,
  projectDescription: () => '',
  idea: (i) => `Idee ${i + 1}: Es wäre schön, wenn der Bus auch abends nach Benchstadt fährt.`,
};

export async function seedWorkspace(file: string, options: SeedOptions): Promise<void> {
  const texts = options.texts ?? uniformTexts;
  await createWorkspaceFile(file, (db) => {
    const writer = new Writer(db);
    insertWorkspace(writer, {
      name: 'Benchstadt',
      officialKey: '',
      state: 'Sachsen',
      district: '',
      inhabitants: 20000,
      consultant: '',
    });
    seedDefaultCatalogues(writer);
    const fields = (db.prepare('SELECT id FROM action_fields').all() as { id: number }[]).map(
      (row) => row.id,
    );
    const projects: number[] = [];
    for (let i = 0; i < options.projects; i++) {
      const stamp = new Date().toISOString();
      projects.push(
        writer.insert('projects', {
          action_field_id: fields[i % fields.length],
          position: i,
          title: texts.projectTitle(i),
          description: texts.projectDescription(i),
          created_at: stamp,
          updated_at: stamp,
        }),
      );
    }
    const inboxEvery = options.inboxShare > 0 ? Math.round(1 / options.inboxShare) : 0;
    for (let i = 0; i < options.ideas; i++) {
      createIdea(writer, {
        text: texts.idea(i),
        phase: phases[i % 3] as (typeof phases)[number],
        workshopId: null,
        groupId: null,
        author: '',
        dots: i % 5,
        projectId:
          inboxEvery > 0 && i % inboxEvery === 0
            ? null
            : (projects[i % options.projects] as number),
      });
    }
  });
}

const subjects = (
  'Rufbus|Bahnhof|Jugendclub|Kita|Grundschule|Ärztehaus|Dorfladen|Marktplatz|Radweg|Mitfahrbank|' +
  'Seniorentreff|Pflegestützpunkt|Sportverein|Feuerwehr|Bücherei|Spielplatz|Freibad|' +
  'Coworking-Space|Wochenmarkt|Leerstandsbörse|Bauland|Straßenfest|Frühstückstreff|' +
  'Nachbarschaftshilfe|Ehrenamtsbörse|Willkommenspaket|Ausbildungsmesse|Gründerzentrum|' +
  'Gemeindehaus|Breitbandausbau|Carsharing|Lastenrad|Tagespflege|Hausarztpraxis|Schulweg|' +
  'Ortsmitte|Kulturscheune|Heimatverein|Jugendparlament|Familienbüro|Mehrgenerationenhaus|' +
  'Bürgerbus|Dorfgemeinschaftshaus|Repair-Café|Fahrradstraße|Nahversorgung|Quartierstreff'
).split('|');

const qualifiers = (
  'für Jung und Alt|am Wochenende|in den Ortsteilen|für junge Familien|für Senioren|' +
  'mit Ehrenamtlichen|am Abend|barrierefrei|im Zentrum|für Rückkehrer|für Auszubildende|' +
  'mit digitaler Buchung|mit den Vereinen|an der Oberschule|im alten Bahnhof|' +
  'zwischen den Dörfern|für Neubürger|mit dem Landkreis|in der Altstadt|für Pendler'
).split('|');

const words = (
  'Anbindung Angebot Arbeitsplatz Ausbau Begegnung Beratung Betreuung Bürgerbeteiligung ' +
  'Busverbindung Dorfentwicklung Einkaufen Einwohner Fachkräfte Fahrplan Förderung ' +
  'Freizeit Gastronomie Gemeinschaft Gesundheit Grünfläche Handwerk Haltestelle ' +
  'Jugendliche Kinderbetreuung Kirche Kommune Kultur Landkreis Lebensqualität Mobilität ' +
  'Nachbarn Öffnungszeiten Parkplatz Pflege Praxis Rathaus Regionalbahn Ruhe Schüler ' +
  'Sicherheit Sozialarbeit Spielgeräte Stadtrat Treffpunkt Umbau Unternehmen Verkehr ' +
  'Vereinsleben Versorgung Wohnraum Zukunft Zuzug Straßenbeleuchtung Grundstück Miete ' +
  'Ausbildung Berufsschule Hofladen Wanderweg Tourismus Naherholung Sprachkurs Integration'
).split(' ');

const ideaTemplates = [
  (s: string, q: string) => `Es wäre schön, wenn es ${s} ${q} gäbe.`,
  (s: string, q: string) => `Wir brauchen dringend ${s} ${q}.`,
  (s: string, q: string) => `${s} fehlt ${q} – das muss sich ändern.`,
  (s: string, q: string) => `Warum gibt es ${s} nicht ${q}?`,
  (s: string, q: string) => `Idee: ${s} ${q}, organisiert von Freiwilligen.`,
  (s: string, q: string) => `Mehr Werbung für ${s} ${q}, viele kennen das gar nicht.`,
];

/**
 * Varied German texts of a demography strategy, from a seed: titles like "Rufbus am Abend",
 * descriptions of three sentences, ideas of one or two sentences (80–200 characters).
 */
export function germanTexts(seed = 42): SeedTexts {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const some = (count: number) => Array.from({ length: count }, () => pick(words)).join(', ');
  return {
    projectTitle: () => `${pick(subjects)} ${pick(qualifiers)}`,
    projectDescription: () =>
      `${pick(subjects)} ${pick(qualifiers)} soll ${pick(words)} und ${pick(words)} verbessern. ` +
      `Dazu arbeiten Verwaltung und ${pick(subjects)} zusammen. Wichtig sind ${some(3)}.`,
    idea: () => {
      const sentence = pick(ideaTemplates)(pick(subjects), pick(qualifiers));
      return random() < 0.5
        ? `${sentence} Stichworte: ${some(2 + Math.floor(random() * 4))}.`
        : sentence;
    },
  };
}
