/**
 * Which URLs a Board may give for its signed webhook (decision 0087). Shared by the webhook
 * transport, which refuses to post anywhere else, and the Board settings form and its API, so a
 * bad URL is refused when it is typed rather than when an urgent alert is due.
 */

/** Longer than any real endpoint (a Power Automate workflow URL is about 300 characters). */
export const WEBHOOK_URL_MAX = 2048;

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);

/** 127.0.0.0/8, written the way `URL` normalises it. */
const LOOPBACK_V4 = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || LOOPBACK_V4.test(hostname);
}

/**
 * Why this URL cannot be a Board's webhook, in words for the person typing it, or `undefined`
 * when it can. Only https leaves the machine: http is allowed for a loopback address (tests and
 * a relay on the same machine), because anything else would send the signed alert in clear.
 */
export function checkWebhookUrl(input: string): string | undefined {
  const text = input.trim();
  if (text === '') return 'Enter the webhook URL';
  if (text.length > WEBHOOK_URL_MAX) {
    return `The webhook URL must be ${WEBHOOK_URL_MAX} characters or fewer`;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'Enter a full URL, starting with https://';
  }
  if (url.username !== '' || url.password !== '') {
    // fetch refuses such URLs, and a password in a settings field is shown to every admin.
    return 'The webhook URL must not contain a user name or password';
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return undefined;
  if (url.protocol === 'http:') {
    return 'The webhook URL must start with https:// (http is allowed only for this machine)';
  }
  return 'Enter a full URL, starting with https://';
}
