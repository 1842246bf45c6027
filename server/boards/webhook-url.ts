/**
 * Whether a Board's webhook address may be used (issue 13): https, or plain http only to this
 * machine (a local relay, tests), never credentials in the address. The `outbox-transports`
 * work exports `checkWebhookUrl` from server/messages/transports/webhook.ts with the same rule;
 * once both are merged, this should call it so there is one rule.
 * Returns what is wrong, or null.
 */
export function webhookUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter a full web address, like https://hooks.example.org/heard';
  }
  if (url.username || url.password) return 'The address must not contain a user name or password';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return null;
  return 'The address must start with https:// (http:// only for this machine)';
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
