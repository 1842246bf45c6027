import type { PictogramId } from './messages/en-easy-pictograms.ts';

/**
 * Pictograms drawn for Heard (issue 8): simple line drawings on a 48 × 48 grid, stroked in
 * `currentColor` so they follow the text colour, including Windows high-contrast and forced
 * colours (WCAG 1.4.11). Each is a list of SVG path `d` strings; `dot` paths are filled.
 * `directional` drawings show movement and are mirrored in right-to-left languages.
 * Pure data in domain/, because both the journey (`widget/journey/pictograms/pictogram.tsx`) and
 * the server-rendered pages (`server/journey/say.ts`) draw them and neither may import the other.
 */
export type Drawing = { paths: readonly string[]; dots?: readonly string[]; directional?: boolean };

export const DRAWINGS: Readonly<Record<PictogramId, Drawing>> = {
  person: {
    paths: ['M24 8a6 6 0 1 0 0 12a6 6 0 1 0 0-12z', 'M11 41c0-8 6-14 13-14s13 6 13 14'],
  },
  speech: {
    paths: ['M9 9h30a4 4 0 0 1 4 4v17a4 4 0 0 1-4 4H23l-9 7v-7H9a4 4 0 0 1-4-4V13a4 4 0 0 1 4-4z'],
    dots: [
      'M16 20a2 2 0 1 0 0 4a2 2 0 1 0 0-4z',
      'M24 20a2 2 0 1 0 0 4a2 2 0 1 0 0-4z',
      'M32 20a2 2 0 1 0 0 4a2 2 0 1 0 0-4z',
    ],
  },
  house: {
    paths: ['M5 24 24 7l19 17', 'M10 20v21h28V20', 'M20 41V29h8v12'],
  },
  phone: {
    paths: [
      'M16 5h16a3 3 0 0 1 3 3v32a3 3 0 0 1-3 3H16a3 3 0 0 1-3-3V8a3 3 0 0 1 3-3z',
      'M21 37h6',
    ],
  },
  safe: {
    paths: ['M24 5 40 11v12c0 10-7 17-16 20C15 40 8 33 8 23V11z', 'M17 24l5 5 9-10'],
  },
  tick: {
    paths: ['M24 5a19 19 0 1 0 0 38a19 19 0 1 0 0-38z', 'M15 24l6 6 12-13'],
  },
  question: {
    paths: [
      'M24 5a19 19 0 1 0 0 38a19 19 0 1 0 0-38z',
      'M18.5 19a5.5 5.5 0 1 1 8 4.9c-1.6.8-2.5 2-2.5 3.7V29',
    ],
    dots: ['M24 32.5a2 2 0 1 0 0 4a2 2 0 1 0 0-4z'],
  },
  help: {
    paths: [
      'M24 21c-2.5-4-9-3.5-9 1.5 0 4.5 9 9.5 9 9.5s9-5 9-9.5c0-5-6.5-5.5-9-1.5z',
      'M4 37h9l6 4h13c2 0 3.5-1 5-2l7-6',
      'M13 37v-3c0-1.5 1-2.5 2.5-2.5H22',
    ],
  },
  clock: {
    paths: ['M24 5a19 19 0 1 0 0 38a19 19 0 1 0 0-38z', 'M24 13v11l8 5'],
  },
  lock: {
    paths: [
      'M13 21h22a2 2 0 0 1 2 2v17a2 2 0 0 1-2 2H13a2 2 0 0 1-2-2V23a2 2 0 0 1 2-2z',
      'M17 21v-6a7 7 0 0 1 14 0v6',
      'M24 29v5',
    ],
  },
  story: {
    paths: ['M12 4h17l9 9v31H12z', 'M29 4v9h9', 'M18 22h14', 'M18 29h14', 'M18 36h9'],
  },
  meeting: {
    paths: [
      'M14 12a5 5 0 1 0 0 10a5 5 0 1 0 0-10z',
      'M34 12a5 5 0 1 0 0 10a5 5 0 1 0 0-10z',
      'M4 38c0-7 4.5-11 10-11s10 4 10 11',
      'M24 38c0-7 4.5-11 10-11s10 4 10 11',
    ],
  },
  door: {
    paths: ['M8 6h18v36H8z', 'M26 9l-9 3v30', 'M31 24h13', 'M39 19l5 5-5 5'],
    directional: true,
  },
};
