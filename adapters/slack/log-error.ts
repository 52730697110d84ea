/**
 * What of an error may be logged. Web API errors carry Slack's answer, not
 * the token; response_url failures name only the status. Anything shaped
 * like a token or a hooks.slack.com URL is masked all the same.
 */
export function loggableError(error: unknown): { name: string; message: string; code?: unknown; slackError?: unknown } {
  if (!(error instanceof Error)) return { name: 'NonError', message: mask(String(error)) };
  const { code, data } = error as { code?: unknown; data?: { error?: unknown } };
  return { name: error.name, message: mask(error.message), code, slackError: data?.error };
}

export function mask(text: string): string {
  return text.replace(/\bx(?:ox[abposr]|app)-[\w-]+/g, 'xox…').replace(/https?:\/\/[^\s]*\/(?:actions|commands)\/[^\s]*/g, '[response_url]');
}
