import { readFileSync } from 'node:fs';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';

const SPEC = new URL('../../openapi/trackingmore-v2.yaml', import.meta.url);
const GENERATED = new URL('../../src/trackingmore/generated/schema.ts', import.meta.url);

describe('src/trackingmore/generated/schema.ts', () => {
  it('is what `npm run generate` writes from the current spec (run it if this fails)', async () => {
    const fresh = COMMENT_HEADER + astToString(await openapiTS(SPEC, { silent: true }));
    expect(readFileSync(GENERATED, 'utf8')).toBe(fresh);
  });
});
