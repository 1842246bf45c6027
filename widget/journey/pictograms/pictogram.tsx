import type { PictogramId } from '../../../domain/messages/en-easy-pictograms.ts';
import { DRAWINGS } from '../../../domain/pictogram-drawings.ts';
import './pictogram.css';

export type PictogramProps = {
  id: PictogramId;
  /**
   * Text alternative, only when the picture carries meaning the text beside it does not.
   * Without one the picture is hidden from assistive technology, because beside a sentence that
   * says the same it would only repeat it (WCAG 1.1.1, decorative images).
   */
  label?: string | undefined;
};

/** One of Heard's pictograms (domain/pictogram-drawings.ts), 48 px, in the text colour. */
export function Pictogram({ id, label }: PictogramProps) {
  const drawing = DRAWINGS[id];
  const cls = `hj-picto${drawing.directional ? ' hj-picto--directional' : ''}`;
  const body = (
    <>
      {drawing.paths.map((d) => (
        <path key={d} d={d} />
      ))}
      {drawing.dots?.map((d) => (
        <path key={d} d={d} class="hj-picto__dot" />
      ))}
    </>
  );
  return label ? (
    <svg class={cls} viewBox="0 0 48 48" role="img" aria-label={label} data-pictogram={id}>
      {body}
    </svg>
  ) : (
    <svg class={cls} viewBox="0 0 48 48" aria-hidden="true" focusable="false" data-pictogram={id}>
      {body}
    </svg>
  );
}
