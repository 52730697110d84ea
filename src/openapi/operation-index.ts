import {
  HTTP_METHODS,
  deref,
  type OperationObject,
  type ParameterObject,
  type SpecDocument,
} from './spec-document';
import type { OperationId, OperationMatch } from './types';

/** One operation with its path-level and operation-level parameters merged. */
export interface IndexedOperation {
  operationId: OperationId;
  method: string;
  pathTemplate: string;
  parameters: ParameterObject[];
  operation: OperationObject;
}

interface Route {
  method: string;
  segments: string[];
  templateCount: number;
  operationId: OperationId;
}

const TEMPLATE = /^\{(.+)\}$/;

function splitPath(pathname: string): string[] {
  return pathname.split('/').filter((segment) => segment !== '');
}

function mergeParameters(doc: SpecDocument, pathLevel: unknown[], opLevel: unknown[]): ParameterObject[] {
  const byKey = new Map<string, ParameterObject>();
  for (const raw of [...pathLevel, ...opLevel]) {
    const param = deref<ParameterObject>(doc, raw as ParameterObject);
    byKey.set(`${param.in}:${param.name}`, param);
  }
  return [...byKey.values()];
}

export function indexOperations(doc: SpecDocument): Map<OperationId, IndexedOperation> {
  const index = new Map<OperationId, IndexedOperation>();
  for (const [pathTemplate, pathItem] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method] as OperationObject | undefined;
      if (!operation?.operationId) continue;
      const operationId = operation.operationId as OperationId;
      index.set(operationId, {
        operationId,
        method,
        pathTemplate,
        parameters: mergeParameters(doc, pathItem.parameters ?? [], operation.parameters ?? []),
        operation,
      });
    }
  }
  return index;
}

export function createRouter(operations: Iterable<IndexedOperation>) {
  const routes: Route[] = [...operations]
    .map((op) => {
      const segments = splitPath(op.pathTemplate);
      const templateCount = segments.filter((segment) => TEMPLATE.test(segment)).length;
      return { method: op.method, segments, templateCount, operationId: op.operationId };
    })
    // Concrete paths (/trackings/get) must win over templates of the same length.
    .sort((a, b) => a.templateCount - b.templateCount);

  return function matchOperation(method: string, pathname: string): OperationMatch | undefined {
    const wanted = splitPath(pathname);
    const verb = method.toLowerCase();
    for (const route of routes) {
      if (route.method !== verb || route.segments.length !== wanted.length) continue;
      const pathParams: Record<string, string> = {};
      const matches = route.segments.every((segment, i) => {
        const actual = wanted[i] as string;
        const name = TEMPLATE.exec(segment)?.[1];
        if (name === undefined) return segment === actual;
        pathParams[name] = decodeURIComponent(actual);
        return true;
      });
      if (matches) return { operationId: route.operationId, pathParams };
    }
    return undefined;
  };
}
