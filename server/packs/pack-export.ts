import { ProblemError } from '../http/errors.ts';
import type { Logger } from '../log.ts';
import type { PackModel } from './pack-model.ts';
import { renderPackDocx } from './render-docx.ts';
import { PACK_STYLE_SOURCE, renderPackHtml } from './render-html.ts';
import { chromiumPath, PdfUnavailableError, renderPackPdf } from './render-pdf.ts';

const FORMATS = {
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ext: 'docx',
  },
  html: { type: 'text/html; charset=utf-8', ext: 'html' },
  pdf: { type: 'application/pdf', ext: 'pdf' },
} as const;

export type PackFormat = keyof typeof FORMATS;
export const PACK_FORMATS = Object.keys(FORMATS) as [PackFormat, ...PackFormat[]];

/** A pack as a file to download (Word, PDF) or open (HTML), with the headers to send it. */
export type PackFile = { body: Uint8Array<ArrayBuffer>; headers: Record<string, string> };

/**
 * Renders a pack as Word, HTML or PDF. PDF needs Chromium on the server (decision 0072): without
 * it, a 503 problem says to use Word or the print version; the reason goes to the operator's log
 * only (it may name server paths).
 */
export async function exportPack(
  model: PackModel,
  format: PackFormat,
  options: { chromiumPath: string | undefined; log: Logger },
): Promise<PackFile> {
  const body = await render(model, format, options);
  const name = `heard-pack-${model.board.slug}-${model.meetingDate}${model.status === 'draft' ? '-draft' : ''}.${FORMATS[format].ext}`;
  return {
    body: typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(body),
    headers: {
      'Content-Type': FORMATS[format].type,
      'Content-Disposition': `${format === 'html' ? 'inline' : 'attachment'}; filename="${name}"`,
      'Cache-Control': 'no-store',
      // The HTML pack is self-contained: no scripts, nothing fetched; its one style element is
      // allowed by its hash, not by 'unsafe-inline' (SECURITY.md).
      ...(format === 'html'
        ? {
            'Content-Security-Policy': `default-src 'none'; style-src ${PACK_STYLE_SOURCE}; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`,
          }
        : {}),
    },
  };
}

async function render(
  model: PackModel,
  format: PackFormat,
  options: { chromiumPath: string | undefined; log: Logger },
): Promise<Buffer | string> {
  if (format === 'docx') return renderPackDocx(model);
  if (format === 'html') return renderPackHtml(model);
  try {
    return await renderPackPdf(renderPackHtml(model), chromiumPath(options.chromiumPath));
  } catch (error) {
    if (!(error instanceof PdfUnavailableError)) throw error;
    options.log.warn('pack.pdf_unavailable', { reason: error.message });
    throw new ProblemError({
      status: 503,
      title: 'PDF export is not available here',
      detail:
        'This Heard server cannot make PDFs. Download the Word document or open the print version instead, or ask your administrator to set up Chromium (docs/operations.md, "PDF Board packs").',
    });
  }
}
