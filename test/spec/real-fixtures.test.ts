import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSpecValidator, type OperationId } from '../../src/openapi/spec-validator';

const FIXTURE_DIR = new URL('../fixtures/real-v2/', import.meta.url);

function readFixture(file: string): unknown {
  return JSON.parse(readFileSync(new URL(file, FIXTURE_DIR), 'utf8'));
}

const SUCCESS_META = { code: 200, type: 'Success', message: 'Success' };

/** Each real fixture and the operation whose 200 response must accept it. */
const RESPONSE_FIXTURES: Record<string, { op: OperationId; body: () => unknown }> = {
  'list-2019.json': { op: 'listTrackings', body: () => readFixture('list-2019.json') },
  // Only the `data` member survived in the source: wrap it in an envelope.
  'create-2017.data.json': {
    op: 'createTracking',
    body: () => ({ meta: SUCCESS_META, data: readFixture('create-2017.data.json') }),
  },
  'delete-single.json': { op: 'deleteTracking', body: () => readFixture('delete-single.json') },
  'batch-2019.json': { op: 'batchCreateTrackings', body: () => readFixture('batch-2019.json') },
  'realtime-2020.json': { op: 'realtimeTracking', body: () => readFixture('realtime-2020.json') },
  'update-carrier.json': { op: 'updateCarrier', body: () => readFixture('update-carrier.json') },
  'getuserinfo-doc.json': { op: 'getUserInfo', body: () => readFixture('getuserinfo-doc.json') },
  'remote-doc.json': { op: 'checkRemote', body: () => readFixture('remote-doc.json') },
  'carriers-doc.json': { op: 'listCarriers', body: () => readFixture('carriers-doc.json') },
  'detect-doc.json': { op: 'detectCarrier', body: () => readFixture('detect-doc.json') },
};
const WEBHOOK_FIXTURES = ['webhook-2017.json'];

describe('real TrackingMore v2 bodies', () => {
  const validator = loadSpecValidator();

  it('covers every fixture file', () => {
    const files = readdirSync(FIXTURE_DIR).filter((name) => name.endsWith('.json'));
    expect(files.sort()).toEqual([...Object.keys(RESPONSE_FIXTURES), ...WEBHOOK_FIXTURES].sort());
  });

  it.each(Object.entries(RESPONSE_FIXTURES))('%s matches the 200 response of %o', (_file, { op, body }) => {
    expect(validator.validateResponse(op, 200, body())).toEqual({ ok: true });
  });

  it.each(WEBHOOK_FIXTURES)('%s matches the trackingUpdate webhook', (file) => {
    expect(validator.validateWebhook(readFixture(file))).toEqual({ ok: true });
  });

  it('rejects a webhook whose signature is not lowercase hex', () => {
    const body = readFixture('webhook-2017.json') as { verifyInfo: { signature: string } };
    body.verifyInfo.signature = body.verifyInfo.signature.toUpperCase();
    const outcome = validator.validateWebhook(body);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok || outcome.issues.map((i) => i.field)).toContain('/verifyInfo/signature');
  });

  it('accepts an error envelope with HTTP 200 and rejects a success code in it', () => {
    const notFound = { meta: { code: 4031, type: 'No Content', message: 'never created' }, data: [] };
    expect(validator.validateResponse('getTracking', 200, notFound)).toEqual({ ok: true });
    expect(validator.validateResponse('getTracking', 429, { meta: { code: 429 }, data: [] })).toEqual({ ok: true });
    const bogus = { meta: { code: 200 }, data: [] };
    expect(validator.validateResponse('getTracking', 200, bogus).ok).toBe(false);
  });

  it('rejects an undocumented meta code and an undocumented HTTP status', () => {
    expect(validator.validateResponse('getTracking', 200, { meta: { code: 4999 }, data: [] }).ok).toBe(false);
    const outcome = validator.validateResponse('getTracking', 302, readFixture('delete-single.json'));
    expect(outcome).toMatchObject({ ok: false, issues: [{ keyword: 'status' }] });
  });
});
