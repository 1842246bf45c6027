import { deflateSync } from 'node:zlib';
import { BAR_W, type BarChart, ROW } from '../../domain/bar-chart.ts';

// The SVG chart lives in domain/ so the admin screens draw the same one (issue 5).
export {
  type BarChart,
  type BarSeries,
  chartDescription,
  chartSvg,
} from '../../domain/bar-chart.ts';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/**
 * The same bars as a PNG, for Word versions that cannot show SVG (docx needs a raster
 * fallback). Drawn and encoded here with node:zlib: no native image library. It carries no text;
 * Word shows the alt text and the table beside it.
 */
export function chartPng(chart: BarChart): { png: Buffer; width: number; height: number } {
  const rows = chart.categories.length * chart.series.length;
  const width = BAR_W + 20;
  const height = rows * ROW + chart.categories.length * 8 + 10;
  const px = Buffer.alloc(width * height * 3, 0xff);
  const rect = (
    x0: number,
    y0: number,
    w: number,
    h: number,
    pattern: 'solid' | 'stripes' | 'edge',
  ) => {
    for (let y = y0; y < y0 + h; y++) {
      for (let x = x0; x < x0 + w; x++) {
        const edge = x === x0 || x === x0 + w - 1 || y === y0 || y === y0 + h - 1;
        let rgb: [number, number, number] = [0x1d, 0x70, 0xb8];
        if (pattern === 'stripes') rgb = (x + y) % 6 < 3 ? [0x0b, 0x0c, 0x0c] : [0xff, 0xff, 0xff];
        if (edge) rgb = [0x0b, 0x0c, 0x0c];
        const i = (y * width + x) * 3;
        px[i] = rgb[0];
        px[i + 1] = rgb[1];
        px[i + 2] = rgb[2];
      }
    }
  };
  let y = 5;
  for (const [ci] of chart.categories.entries()) {
    for (const s of chart.series) {
      const v = s.values[ci] ?? null;
      const w = v === null ? 0 : Math.max(2, Math.round((v / 100) * BAR_W));
      if (w) rect(10, y + 3, w, ROW - 6, s.pattern);
      y += ROW;
    }
    y += 8;
  }
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let r = 0; r < height; r++)
    px.copy(raw, r * (width * 3 + 1) + 1, r * width * 3, (r + 1) * width * 3);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return { png, width, height };
}
