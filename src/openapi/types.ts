import type { operations, webhooks } from '../trackingmore/generated/schema';

/** Operations a client calls. Webhook operations are named like their webhook and are not among them. */
export type OperationId = Exclude<keyof operations, keyof webhooks> & string;

export interface ValidationIssue {
  where: 'path' | 'query' | 'header' | 'body';
  /** Parameter name for path/query/header; a JSON Pointer into the body ('' = the whole body). */
  field: string;
  message: string;
  /** The JSON Schema keyword that failed (e.g. `maxItems`, `pattern`, `required`). */
  keyword: string;
}

export type ValidationResult = { ok: true } | { ok: false; issues: ValidationIssue[] };

export interface RequestParts {
  pathParams?: Record<string, string>;
  query?: Record<string, string>;
  /** Header names are matched case-insensitively. */
  headers?: Record<string, string>;
  body?: unknown;
}

export interface OperationMatch {
  operationId: OperationId;
  pathParams: Record<string, string>;
}

export interface SpecValidator {
  /** `pathname` is without the `/v2` prefix; concrete paths win over templated ones. */
  matchOperation(method: string, pathname: string): OperationMatch | undefined;
  /** Query, path and header values arrive as strings and are coerced to the schema's type. */
  validateRequest(op: OperationId, req: RequestParts): ValidationResult;
  validateResponse(op: OperationId, httpStatus: number, body: unknown): ValidationResult;
  validateWebhook(body: unknown): ValidationResult;
}
