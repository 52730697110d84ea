import { createHmac } from 'node:crypto';
import { metaOf } from './envelope';
import { unixSeconds } from './time-format';

/** hex HMAC-SHA256 with the account e-mail as key and the unix-seconds string as message (v2 webhooks). */
export function webhookSignature(email: string, timeStr: number | string): string {
  return createHmac('sha256', email).update(String(timeStr)).digest('hex');
}

/** The v2 webhook body: the tracking plus `verifyInfo`. */
export function webhookBody(email: string, tracking: Record<string, unknown>, nowMs: number) {
  const timeStr = unixSeconds(nowMs);
  return { meta: metaOf(200), data: tracking, verifyInfo: { timeStr, signature: webhookSignature(email, timeStr) } };
}

/** POSTs a webhook body; resolves with the receiver's HTTP status. */
export async function postWebhook(url: string, body: unknown): Promise<{ status: number }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return { status: response.status };
}
