import {
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatCount } from '../../domain/suppression.ts';
import { formatDay } from '../measures/periods.ts';
import { chartDescription, chartPng, chartSvg } from './chart.ts';
import { METHOD_TEXT } from './labels.ts';
import { packCharts } from './pack-charts.ts';
import type { PackModel } from './pack-model.ts';
import { measureTables, type PackTable, youSaidWeDid } from './pack-tables.ts';
import { NOTE_TEXT } from './render-html.ts';

const heading = (text: string, level: 1 | 2 | 3 | 4) =>
  new Paragraph({
    text,
    heading: [
      HeadingLevel.HEADING_1,
      HeadingLevel.HEADING_2,
      HeadingLevel.HEADING_3,
      HeadingLevel.HEADING_4,
    ][level - 1],
  });

const paragraphs = (text: string, fallback?: string): Paragraph[] => {
  const parts = text.split(/\n{2,}/).filter((p) => p.trim());
  if (parts.length === 0) return fallback ? [new Paragraph(fallback)] : [];
  return parts.map(
    (p) =>
      new Paragraph({
        children: p.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })),
      }),
  );
};

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

/** A Word table whose first row repeats as a header row on each page (`tableHeader`), so screen readers announce column headers. */
function table(t: PackTable): (Paragraph | Table)[] {
  return [
    new Paragraph({ text: t.caption, style: 'Caption' }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: t.head.map((h) => cell(h, true)) }),
        ...t.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
      ],
    }),
  ];
}

/**
 * The pack as a Word document: built-in heading styles (so the navigation pane and screen
 * readers see the structure), tables with header rows, charts as SVG with a PNG fallback and
 * alt text giving every number, and document properties (title, creator, description).
 */
export async function renderPackDocx(p: PackModel): Promise<Buffer> {
  const said = youSaidWeDid(p.actions);
  const charts = packCharts(p.measures).flatMap((c, i) => {
    const { png, width, height } = chartPng(c);
    const scale = Math.min(1, 600 / width);
    return [
      new Paragraph({
        children: [
          new ImageRun({
            type: 'svg',
            data: Buffer.from(chartSvg(c, `chart-${i + 1}`)),
            fallback: { type: 'png', data: png },
            transformation: {
              width: Math.round(width * scale),
              height: Math.round(height * scale),
            },
            altText: { name: `Chart ${i + 1}`, title: c.title, description: chartDescription(c) },
          }),
        ],
      }),
    ];
  });
  const children: (Paragraph | Table)[] = [
    heading(p.title, 1),
    new Paragraph(
      `${p.board.name}. Meeting on ${formatDay(p.meetingDate)}. Period: ${p.period.label}.`,
    ),
    new Paragraph(
      p.status === 'issued'
        ? `Issued on ${formatDay((p.issuedAt ?? '').slice(0, 10))}${p.issuedBy ? ` by ${p.issuedBy}` : ''}. This is the record as issued.`
        : 'Draft: not yet issued.',
    ),
    ...p.notes.map(
      (n) =>
        new Paragraph({
          children: [new TextRun({ text: NOTE_TEXT[n.kind] ?? n.kind, bold: true })],
        }),
    ),
    heading('Priorities and principles', 2),
    ...paragraphs(p.priorities, 'No priorities recorded.'),
    new Paragraph(`Principles addressed: ${p.principles.join(', ') || 'None recorded'}`),
    heading('What people told us', 2),
    new Paragraph('Self-reported answers, adults and representatives apart.'),
    ...charts,
    ...measureTables(p.measures).flatMap(table),
    heading('Stories', 2),
    ...(p.stories.length === 0 ? [new Paragraph('No stories chosen.')] : []),
    ...p.stories.flatMap((s) => [
      heading(`Story ${s.position}: ${s.title}`, 3),
      new Paragraph(
        `Told by: ${s.respondent === 'adult' ? 'the adult themselves' : 'someone on their behalf'}`,
      ),
      ...paragraphs(s.text),
      ...(s.quotes.length
        ? [
            heading('In their own words', 4),
            ...s.quotes.map((q) => new Paragraph({ text: q, style: 'Quote' })),
          ]
        : []),
      new Paragraph(`Principles: ${s.tags.principles.join(', ') || 'None recorded'}`),
      new Paragraph(`Wellbeing: ${s.tags.wellbeingAreas.join(', ') || 'None recorded'}`),
      new Paragraph(`Kinds of harm: ${s.tags.harmKinds.join(', ') || 'None recorded'}`),
      new Paragraph(`Themes: ${s.tags.themes.join(', ') || 'None recorded'}`),
      heading('What this tells us', 4),
      ...paragraphs(s.tellsUs, 'Not written yet.'),
      heading('Questions for the Board', 4),
      ...paragraphs(s.questions, 'Not written yet.'),
    ]),
    heading(said.heading, 2),
    ...(said.table ? table(said.table) : [new Paragraph(said.empty)]),
    heading('Who we heard from', 2),
    ...table({
      caption: 'Responses by partner',
      head: ['Partner', 'Responses'],
      rows: p.reach.map((r) => [r.partner, formatCount(r.responses)]),
    }),
    heading('Method and caveats', 2),
    ...METHOD_TEXT.map((t) => new Paragraph(t)),
    ...paragraphs(p.caveats),
  ];
  const doc = new Document({
    title: p.title,
    creator: 'Heard',
    description: `Board pack for ${p.board.name}, meeting on ${formatDay(p.meetingDate)}, covering ${p.period.label}.`,
    subject: 'Safeguarding Adults Board pack',
    styles: {
      paragraphStyles: [
        { id: 'Caption', name: 'Caption', basedOn: 'Normal', next: 'Normal', run: { bold: true } },
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          run: { italics: true },
          paragraph: { indent: { left: 720 } },
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
