/**
 * What of an error may be logged. Discord REST errors carry the request URL,
 * and interaction webhook URLs contain the interaction token: keep it out.
 */
export function loggableError(error: unknown): { name: string; message: string; status?: unknown; code?: unknown } {
  if (!(error instanceof Error)) return { name: 'NonError', message: String(error) };
  const { status, code } = error as { status?: unknown; code?: unknown };
  return { name: error.name, message: error.message.replace(/\/webhooks\/\d+\/[^/\s]+/g, '/webhooks/:id/:token'), status, code };
}
