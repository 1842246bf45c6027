/**
 * Accessible SVG bar charts, shared by Board packs (server/packs) and the admin measures screen,
 * so a figure looks and reads the same everywhere. Pure: no Node or DOM APIs.
 */
export type BarSeries = { name: string; values: (number | null)[]; pattern: 'solid' | 'stripes' };
export type BarChart = { title: string; categories: string[]; series: BarSeries[] };

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A sentence giving every number in the chart: the chart's alt text and SVG description. */
export function chartDescription(chart: BarChart): string {
  const parts = chart.series.map(
    (s) =>
      `${s.name}: ${chart.categories.map((c, i) => `${c} ${s.values[i] === null ? '[c] (withheld)' : `${s.values[i]}%`}`).join(', ')}`,
  );
  return `${chart.title}. ${parts.join('. ')}.`;
}

export const ROW = 22;
/** Room for a series name ("Representatives") beside its bar. */
const LABEL_W = 130;
export const BAR_W = 300;
/** A category's name has a line of its own above its bars, so a long one is never cut off. */
const CATEGORY_H = 20;

/**
 * Horizontal percentage bars as accessible SVG: role="img" with a title and a description that
 * hold every number, a text label on every bar, and a stripe pattern for the second series, so
 * colour is never the only cue (WCAG 1.4.1). The same numbers are always given in a table too.
 */
export function chartSvg(chart: BarChart, id: string): string {
  const rows = chart.categories.length * chart.series.length;
  const height = rows * ROW + chart.categories.length * (8 + CATEGORY_H) + 30;
  // Wide enough for the bars and their labels, and for the title drawn at the top (about 8 px
  // a character at 14 px bold), so nothing is cut off.
  const width = Math.max(LABEL_W + BAR_W + 60, Math.ceil(chart.title.length * 8));
  let y = 26;
  let body = '';
  for (const [ci, category] of chart.categories.entries()) {
    body += `<text x="0" y="${y + 15}" font-size="12" font-weight="bold">${esc(category)}</text>`;
    y += CATEGORY_H;
    for (const s of chart.series) {
      const v = s.values[ci] ?? null;
      const w = v === null ? 0 : Math.round((v / 100) * BAR_W);
      const fill = s.pattern === 'stripes' ? `url(#${id}-stripes)` : '#1d70b8';
      body += `<text x="${LABEL_W - 6}" y="${y + 15}" text-anchor="end" font-size="12">${esc(s.name)}</text>`;
      body += `<rect x="${LABEL_W}" y="${y + 3}" width="${w}" height="${ROW - 6}" fill="${fill}" stroke="#0b0c0c" stroke-width="${w ? 1 : 0}"/>`;
      body += `<text x="${LABEL_W + w + 6}" y="${y + 15}" font-size="12">${v === null ? '[c]' : `${v}%`}</text>`;
      y += ROW;
    }
    y += 8;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="Arial, sans-serif"><title id="${id}-title">${esc(chart.title)}</title><desc id="${id}-desc">${esc(chartDescription(chart))}</desc><defs><pattern id="${id}-stripes" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="3" height="6" fill="#0b0c0c"/></pattern></defs><text x="0" y="16" font-size="14" font-weight="bold">${esc(chart.title)}</text>${body}</svg>`;
}
