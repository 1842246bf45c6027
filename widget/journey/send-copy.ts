/** What became of asking for a copy by email (`POST /api/v1/stories/copy`, issue 13). */
export type CopyResult = 'sent' | 'bad_address' | 'already_sent' | 'too_late' | 'failed';

export type CopyRequest = { reference: string; email: string; language: string };

/**
 * Asks the server to email one copy of the reference and answers. The address travels only in
 * this request: the journey keeps it nowhere (no storage, no cookie), and the server keeps it
 * only until the message is sent. 202 accepted · 422 not an address · 409 a copy was already
 * sent · 410 too late to send one.
 */
export async function sendCopy(
  request: CopyRequest,
  fetchImpl: typeof fetch = fetch,
): Promise<CopyResult> {
  try {
    const res = await fetchImpl('/api/v1/stories/copy', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
      credentials: 'omit',
      cache: 'no-store',
    });
    if (res.status === 202 || res.status === 200) return 'sent';
    if (res.status === 422) return 'bad_address';
    if (res.status === 409) return 'already_sent';
    if (res.status === 410) return 'too_late';
    return 'failed';
  } catch {
    return 'failed';
  }
}
