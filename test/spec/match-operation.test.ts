import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createSpecValidator, loadSpecValidator, type OperationId } from '../../src/openapi/spec-validator';

/** The operation table of docs/architecture.md, with a concrete request for each. */
const REQUESTS = {
  createTracking: ['POST', '/trackings/post', {}],
  getTracking: ['GET', '/trackings/4px/300403513351', { carrier_code: '4px', tracking_number: '300403513351' }],
  getTrackingInLanguage: [
    'GET',
    '/trackings/4px/300403513351/en',
    { carrier_code: '4px', tracking_number: '300403513351', lang: 'en' },
  ],
  updateTracking: ['PUT', '/trackings/dhl/1234567890', { carrier_code: 'dhl', tracking_number: '1234567890' }],
  deleteTracking: ['DELETE', '/trackings/dhl/1234567890', { carrier_code: 'dhl', tracking_number: '1234567890' }],
  batchCreateTrackings: ['POST', '/trackings/batch', {}],
  listTrackings: ['GET', '/trackings/get', {}],
  updateTrackings: ['POST', '/trackings/updatemore', {}],
  deleteTrackings: ['POST', '/trackings/delete', {}],
  realtimeTracking: ['POST', '/trackings/realtime', {}],
  updateCarrier: ['POST', '/trackings/update', {}],
  getUserInfo: ['GET', '/trackings/getuserinfo', {}],
  getStatusNumber: ['GET', '/trackings/getstatusnumber', {}],
  stopUpdating: ['POST', '/trackings/notupdate', {}],
  checkRemote: ['POST', '/trackings/remote', {}],
  getCostTime: ['POST', '/trackings/costtime', {}],
  getAirCargo: ['POST', '/trackings/aircargo', {}],
  listCarriers: ['GET', '/carriers', {}],
  detectCarrier: ['POST', '/carriers/detect', {}],
} satisfies Record<OperationId, [string, string, Record<string, string>]>;

const validator = loadSpecValidator();

describe('matchOperation', () => {
  it('the spec has exactly the operations of docs/architecture.md', () => {
    const doc = parse(readFileSync(new URL('../../openapi/trackingmore-v2.yaml', import.meta.url), 'utf8')) as {
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    const ids = Object.values(doc.paths).flatMap((item) =>
      Object.values(item).flatMap((op) => (op.operationId ? [op.operationId] : [])),
    );
    expect(ids.sort()).toEqual(Object.keys(REQUESTS).sort());
  });

  it.each(Object.entries(REQUESTS))('%s', (operationId, [method, pathname, pathParams]) => {
    expect(validator.matchOperation(method, pathname)).toEqual({ operationId, pathParams });
  });

  it('ignores method case and a trailing slash, and decodes path parameters', () => {
    expect(validator.matchOperation('get', '/carriers/')?.operationId).toBe('listCarriers');
    expect(validator.matchOperation('GET', '/trackings/dhl/AB%2DCD123')).toEqual({
      operationId: 'getTracking',
      pathParams: { carrier_code: 'dhl', tracking_number: 'AB-CD123' },
    });
  });

  it('returns undefined for an unknown path or a method the path does not have', () => {
    expect(validator.matchOperation('GET', '/trackings/post')).toBeUndefined();
    expect(validator.matchOperation('PATCH', '/trackings/dhl/1234567890')).toBeUndefined();
    expect(validator.matchOperation('GET', '/v2/carriers')).toBeUndefined();
  });

  it('prefers a concrete path over a template of the same length, whatever the order in the spec', () => {
    const ok = { '200': { description: 'ok' } };
    const spec = createSpecValidator({
      paths: {
        '/things/{id}': { get: { operationId: 'getThing', responses: ok } },
        '/things/special': { get: { operationId: 'getSpecial', responses: ok } },
      },
    });
    expect(spec.matchOperation('GET', '/things/special')?.operationId).toBe('getSpecial');
    expect(spec.matchOperation('GET', '/things/other')).toEqual({ operationId: 'getThing', pathParams: { id: 'other' } });
  });
});
