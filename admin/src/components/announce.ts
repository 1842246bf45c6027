/**
 * Speaks a message through the app's live region. The region exists from start-up (created by
 * the layout, empty), because screen readers ignore live regions inserted with their message.
 */
export function announce(message: string, politeness: 'polite' | 'assertive' = 'polite'): void {
  const region = document.getElementById(
    politeness === 'assertive' ? 'heard-announcer-assertive' : 'heard-announcer',
  );
  if (!region) return;
  region.textContent = '';
  // A fresh text node a tick later makes NVDA and VoiceOver repeat an identical message.
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}
