import { createHmac } from 'node:crypto';

/** The headers Slack sends with a request: `v0=` + hex HMAC-SHA256 over `v0:{ts}:{raw body}`. */
export function slackSignatureHeaders(signingSecret: string, rawBody: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${signature}` };
}
