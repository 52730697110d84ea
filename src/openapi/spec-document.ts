import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The parts of an OpenAPI 3.1 document that the validator reads. */
export type JsonSchema = Record<string, unknown>;

export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

export interface MediaTypeObject {
  schema?: JsonSchema;
}

export interface RequestBodyObject {
  required?: boolean;
  content?: Record<string, MediaTypeObject>;
}

export interface ResponseObject {
  content?: Record<string, MediaTypeObject>;
}

export interface OperationObject {
  operationId?: string;
  parameters?: Array<ParameterObject | RefObject>;
  requestBody?: RequestBodyObject | RefObject;
  responses?: Record<string, ResponseObject | RefObject>;
}

export type PathItemObject = Record<string, unknown> & {
  parameters?: Array<ParameterObject | RefObject>;
};

export interface RefObject {
  $ref: string;
}

export interface SpecDocument {
  paths: Record<string, PathItemObject>;
  webhooks?: Record<string, PathItemObject>;
  components?: { schemas?: Record<string, JsonSchema> } & Record<string, unknown>;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const SPEC_URL = new URL('../../openapi/trackingmore-v2.yaml', import.meta.url);

export function readSpecDocument(): SpecDocument {
  return parse(readFileSync(SPEC_URL, 'utf8')) as SpecDocument;
}

function isRef(value: unknown): value is RefObject {
  return typeof value === 'object' && value !== null && typeof (value as RefObject).$ref === 'string';
}

/** Follows a local `#/...` reference (parameters, request bodies, responses). */
export function deref<T>(doc: SpecDocument, value: T | RefObject): T {
  if (!isRef(value)) return value;
  const pointer = value.$ref;
  if (!pointer.startsWith('#/')) throw new Error(`Only local references are supported: ${pointer}`);
  let node: unknown = doc;
  for (const raw of pointer.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, unknown> | undefined)?.[key];
  }
  if (node === undefined) throw new Error(`Unresolved reference: ${pointer}`);
  return deref(doc, node as T | RefObject);
}
