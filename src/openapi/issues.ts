import type { ErrorObject } from 'ajv';
import type { ValidationIssue } from './types';

/** The property an error is about, for errors reported on the parent object. */
function namedProperty(error: ErrorObject): string | undefined {
  const params = error.params as Record<string, unknown>;
  const name = params.missingProperty ?? params.additionalProperty ?? params.propertyName;
  return typeof name === 'string' ? name : undefined;
}

function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Body issues: `field` is a JSON Pointer into the body. */
export function bodyIssues(errors: ErrorObject[]): ValidationIssue[] {
  return errors.map((error) => {
    const name = namedProperty(error);
    const field = name === undefined ? error.instancePath : `${error.instancePath}/${escapePointerToken(name)}`;
    return { where: 'body', field, message: error.message ?? error.keyword, keyword: error.keyword };
  });
}

/** Parameter issues: `field` is the parameter name (the first token of the pointer). */
export function parameterIssues(where: 'path' | 'query' | 'header', errors: ErrorObject[]): ValidationIssue[] {
  return errors.map((error) => {
    const first = error.instancePath.split('/')[1];
    const field = first === undefined ? (namedProperty(error) ?? '') : first.replace(/~1/g, '/').replace(/~0/g, '~');
    return { where, field, message: error.message ?? error.keyword, keyword: error.keyword };
  });
}
