// The Anhang: every idea of the Zukunftswerkstatt by phase, grouped by the project (cluster) it
// went into, with its dots; ideas still in the Ideenspeicher come last. Then the photos of the
// paper pinboards, each with its alt text and a caption saying where and when.
import { phaseLabels, phaseQuestions, phases } from '../../../../shared/domain';
import { Paragraph } from 'docx';
import { formatDate, formatNumber } from '../../../../shared/plan';
import type { PlanChapter, PlanIdea, PlanPhoto } from '../../../../shared/plan';
import type { Blocks, CellSpec } from '../blocks';
import { chapterHeading, dataTable, heading, paragraph, textWidth } from '../blocks';
import { figureCaption, tableCaption } from '../captions';
import type { PlanContext } from '../context';
import { pictureRun } from '../image';
import { colors, styleIds } from '../styles';

const dotsWidth = 1000;

export function anhang(context: PlanContext, chapter: PlanChapter): Blocks {
  const { plan } = context;
  const blocks: Blocks = [
    chapterHeading(chapter),
    paragraph(
      `${formatNumber(plan.ideas.length)} Ideen, geordnet nach den drei Phasen der Zukunftswerkstatt und nach dem Projekt, in das sie eingeflossen sind, jeweils mit den vergebenen Punkten.`,
    ),
  ];
  const projectOrder = new Map(
    context.fields.flatMap(({ projects }) => projects).map((p, i) => [p.id, i]),
  );
  const projectTitle = new Map(plan.projects.map((project) => [project.id, project]));
  for (const phase of phases) {
    const ideas = plan.ideas.filter((idea) => idea.phase === phase);
    if (ideas.length === 0) continue;
    blocks.push(heading(2, `${phaseLabels[phase]}: ${phaseQuestions[phase]}`, 'annex'));
    const clusters = new Map<number | null, PlanIdea[]>();
    for (const idea of ideas) {
      const list = clusters.get(idea.projectId);
      if (list) list.push(idea);
      else clusters.set(idea.projectId, [idea]);
    }
    const order = (id: number | null) =>
      id === null ? Infinity : (projectOrder.get(id) ?? Infinity);
    const rows: (CellSpec | string)[][] = [];
    for (const [projectId, members] of [...clusters].sort(([a], [b]) => order(a) - order(b))) {
      const project = projectId === null ? undefined : projectTitle.get(projectId);
      const label = project
        ? `${context.projectNumber.get(project.id) ?? 'Projekt:'} ${project.title} (${context.fieldName.get(project.actionFieldId) ?? ''})`
        : 'Ideenspeicher (keinem Projekt zugeordnet)';
      rows.push([
        { content: label, columnSpan: 2, fill: colors.groupFill, style: styleIds.tableHead },
      ]);
      for (const idea of [...members].sort((a, b) => b.dots - a.dots)) {
        rows.push([idea.text, formatNumber(idea.dots)]);
      }
    }
    blocks.push(
      tableCaption(`Ideen der Phase „${phaseLabels[phase]}“ nach Projekten`),
      dataTable({
        columns: [
          { title: 'Idee', width: textWidth.portrait - dotsWidth },
          { title: 'Punkte', width: dotsWidth },
        ],
        rows,
      }),
    );
  }
  const photos = plan.photos ?? [];
  if (photos.length > 0) {
    blocks.push(
      heading(2, 'Fotos der Pinnwände', 'annex'),
      ...photos.flatMap((photo) => photoBlocks(context, photo)),
    );
  }
  return blocks;
}

/** The text width in pixels (96 per inch) and a height that leaves room for the caption. */
const photoBox = { width: Math.floor((textWidth.portrait / 1440) * 96), height: 760 };

function photoBlocks(context: PlanContext, photo: PlanPhoto): Blocks {
  const picture = pictureRun(
    Buffer.from(photo.image.base64, 'base64'),
    { title: photo.altText, description: photo.altText },
    photoBox.width,
    photoBox.height,
  );
  const workshop = context.plan.workshops.find((entry) => entry.id === photo.workshopId);
  const where = [workshop?.title, formatDate(photo.createdAt)].filter(Boolean).join(', ');
  if (!picture) return [];
  return [
    new Paragraph({ style: styleIds.figure, children: [picture] }),
    figureCaption(`Pinnwand${where ? ` – ${where}` : ''}`),
  ];
}
