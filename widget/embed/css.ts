/**
 * Styles through the CSSOM only: `element.style` is not governed by a host's CSP, where a
 * `<style>` element or `style` attribute would need `unsafe-inline` (issue 3). `important`
 * so a host stylesheet's broad rules (`dialog {…}`, `iframe {…}`) cannot break the widget.
 */
export function css(el: HTMLElement, rules: Record<string, string>): void {
  for (const name in rules) el.style.setProperty(name, rules[name] ?? '', 'important');
}

const FOCUS = { outline: '3px solid #ffdd00', 'box-shadow': '0 0 0 6px #0b0c0c' };
const BLUR = { outline: '0', 'box-shadow': 'none' };

/**
 * A visible focus indicator the host's CSS cannot remove (WCAG 2.4.7, 2.4.11): yellow and
 * black like GOV.UK, readable on any background; forced-colours mode repaints the outline.
 */
export function focusRing(el: HTMLElement): void {
  el.addEventListener('focus', () => css(el, FOCUS));
  el.addEventListener('blur', () => css(el, BLUR));
}
