import { bodyIssues, parameterIssues } from './issues';
import { createRouter, indexOperations, type IndexedOperation } from './operation-index';
import { createSchemaCompiler } from './schema-compiler';
import {
  deref,
  readSpecDocument,
  type JsonSchema,
  type MediaTypeObject,
  type OperationObject,
  type RequestBodyObject,
  type ResponseObject,
  type SpecDocument,
} from './spec-document';
import type { OperationId, RequestParts, SpecValidator, ValidationIssue, ValidationResult } from './types';

export type { OperationId, OperationMatch, RequestParts, SpecValidator, ValidationIssue, ValidationResult } from './types';

type ParameterLocation = 'path' | 'query' | 'header';

const WEBHOOK_NAME = 'trackingUpdate';

/** Drops repeats: a value checked by both a `$ref` and its siblings can fail the same way twice. */
function result(issues: ValidationIssue[]): ValidationResult {
  if (issues.length === 0) return { ok: true };
  const unique = new Map(issues.map((issue) => [JSON.stringify(issue), issue]));
  return { ok: false, issues: [...unique.values()] };
}

function jsonSchemaOf(content: Record<string, MediaTypeObject> | undefined): JsonSchema | undefined {
  return content?.['application/json']?.schema;
}

/** One object schema per parameter location, so a single Ajv run reports every bad parameter. */
function parameterObjectSchema(op: IndexedOperation, location: ParameterLocation): JsonSchema {
  const params = op.parameters.filter((p) => p.in === location);
  // Header names are case-insensitive; request headers are lower-cased before validation.
  const keyOf = (name: string) => (location === 'header' ? name.toLowerCase() : name);
  return {
    type: 'object',
    properties: Object.fromEntries(params.map((p) => [keyOf(p.name), p.schema ?? {}])),
    required: params.filter((p) => p.required).map((p) => keyOf(p.name)),
    // Clients send many headers (auth, content type); unknown path or query parameters are mistakes.
    additionalProperties: location === 'header',
  };
}

function lowerCaseKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key.toLowerCase(), value]));
}

function responseFor(responses: OperationObject['responses'], httpStatus: number) {
  const status = String(httpStatus);
  return responses?.[status] ?? responses?.[`${status[0]}XX`] ?? responses?.default;
}

export function createSpecValidator(doc: SpecDocument): SpecValidator {
  const operations = indexOperations(doc);
  const matchOperation = createRouter(operations.values());
  const bodyCompiler = createSchemaCompiler(doc, { coerceTypes: false });
  const parameterCompiler = createSchemaCompiler(doc, { coerceTypes: true });
  const parameterSchemas = new Map<string, JsonSchema>();

  function operation(op: OperationId): IndexedOperation {
    const found = operations.get(op);
    if (!found) throw new Error(`Unknown operationId: ${op}`);
    return found;
  }

  function validateBody(schema: JsonSchema, body: unknown): ValidationIssue[] {
    const validate = bodyCompiler.compile(schema);
    return validate(body) ? [] : bodyIssues(validate.errors ?? []);
  }

  function validateParameters(
    op: IndexedOperation,
    location: ParameterLocation,
    values: Record<string, string>,
  ): ValidationIssue[] {
    const key = `${op.operationId}:${location}`;
    let schema = parameterSchemas.get(key);
    if (!schema) {
      schema = parameterObjectSchema(op, location);
      parameterSchemas.set(key, schema);
    }
    const validate = parameterCompiler.compile(schema);
    // Coercion rewrites values in place: validate a copy.
    const copy = location === 'header' ? lowerCaseKeys(values) : { ...values };
    return validate(copy) ? [] : parameterIssues(location, validate.errors ?? []);
  }

  function validateRequestBody(requestBody: RequestBodyObject | undefined, body: unknown): ValidationIssue[] {
    const schema = jsonSchemaOf(requestBody?.content);
    if (!requestBody || !schema) return [];
    if (body === undefined) {
      return requestBody.required
        ? [{ where: 'body', field: '', message: 'request body is required', keyword: 'required' }]
        : [];
    }
    return validateBody(schema, body);
  }

  return {
    matchOperation,

    validateRequest(op, req) {
      const indexed = operation(op);
      const requestBody = indexed.operation.requestBody
        ? deref<RequestBodyObject>(doc, indexed.operation.requestBody)
        : undefined;
      return result([
        ...validateParameters(indexed, 'path', req.pathParams ?? {}),
        ...validateParameters(indexed, 'query', req.query ?? {}),
        ...validateParameters(indexed, 'header', req.headers ?? {}),
        ...validateRequestBody(requestBody, req.body),
      ]);
    },

    validateResponse(op, httpStatus, body) {
      const raw = responseFor(operation(op).operation.responses, httpStatus);
      if (!raw) {
        return result([
          { where: 'body', field: '', message: `HTTP ${httpStatus} is not documented for ${op}`, keyword: 'status' },
        ]);
      }
      const schema = jsonSchemaOf(deref<ResponseObject>(doc, raw).content);
      return result(schema ? validateBody(schema, body) : []);
    },

    validateWebhook(body) {
      const webhook = doc.webhooks?.[WEBHOOK_NAME]?.post as OperationObject | undefined;
      const requestBody = webhook?.requestBody && deref<RequestBodyObject>(doc, webhook.requestBody);
      const schema = jsonSchemaOf(requestBody?.content);
      if (!schema) throw new Error(`The spec has no JSON body for webhook ${WEBHOOK_NAME}`);
      return result(validateBody(schema, body));
    },
  };
}

let cached: SpecValidator | undefined;

/** The validator for openapi/trackingmore-v2.yaml, built once per process. */
export function loadSpecValidator(): SpecValidator {
  cached ??= createSpecValidator(readSpecDocument());
  return cached;
}
