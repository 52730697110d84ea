import type { Reply } from '../envelope';
import type { SandboxState } from '../state';

export interface HandlerRequest {
  pathParams: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON (already checked against the spec). */
  body: unknown;
}

export type Handler = (state: SandboxState, request: HandlerRequest) => Reply;

/** Request bodies passed the spec; these read their loosely typed members. */
export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : {};
}

export function asObjects(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.map(asObject) : [];
}

export function text(source: JsonObject, key: string): string | undefined {
  const value = source[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
