import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { JsonSchema, SpecDocument } from './spec-document';

const COMPONENTS_ID = 'trackingmore-v2-components';
const LOCAL_SCHEMA_REF = '#/components/schemas/';
// Keywords OpenAPI 3.1 allows in a Schema Object that are not JSON Schema 2020-12.
const OPENAPI_SCHEMA_KEYWORDS = ['discriminator', 'xml', 'externalDocs', 'example'];

/** Rewrites `#/components/schemas/X` to a reference into the registered components schema. */
function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] =
      key === '$ref' && typeof value === 'string' && value.startsWith(LOCAL_SCHEMA_REF)
        ? `${COMPONENTS_ID}#/$defs/${value.slice(LOCAL_SCHEMA_REF.length)}`
        : rewriteRefs(value);
  }
  return out;
}

export interface SchemaCompiler {
  compile(schema: JsonSchema): ValidateFunction;
}

/** An Ajv 2020 instance that knows the spec's component schemas; compiled validators are cached by identity. */
export function createSchemaCompiler(doc: SpecDocument, options: { coerceTypes: boolean }): SchemaCompiler {
  const ajv = new Ajv2020({
    allErrors: true,
    allowUnionTypes: true,
    strictTypes: false,
    coerceTypes: options.coerceTypes,
  });
  addFormats(ajv);
  ajv.addVocabulary(OPENAPI_SCHEMA_KEYWORDS);
  ajv.addSchema({ $id: COMPONENTS_ID, $defs: rewriteRefs(doc.components?.schemas ?? {}) });
  const cache = new Map<JsonSchema, ValidateFunction>();
  return {
    compile(schema) {
      let validate = cache.get(schema);
      if (!validate) {
        validate = ajv.compile(rewriteRefs(schema) as JsonSchema);
        cache.set(schema, validate);
      }
      return validate;
    },
  };
}
