import { describe, expect, it } from 'vitest';
import { loadSpecValidator, type ValidationResult } from '../../src/openapi/spec-validator';

const validator = loadSpecValidator();

function trackingRef(i: number) {
  return { tracking_number: `LX${String(i).padStart(9, '0')}CN`, carrier_code: 'china-post' };
}

function issuesOf(outcome: ValidationResult) {
  return outcome.ok ? [] : outcome.issues.map(({ where, field, keyword }) => ({ where, field, keyword }));
}

describe('validateRequest: bodies', () => {
  it('accepts a batch of 40 and rejects 41', () => {
    const forty = Array.from({ length: 40 }, (_, i) => trackingRef(i));
    expect(validator.validateRequest('batchCreateTrackings', { body: forty })).toEqual({ ok: true });
    const fortyOne = [...forty, trackingRef(40)];
    expect(issuesOf(validator.validateRequest('batchCreateTrackings', { body: fortyOne }))).toEqual([
      { where: 'body', field: '', keyword: 'maxItems' },
    ]);
  });

  it('limits delete and notupdate lists to 40 too', () => {
    const fortyOne = Array.from({ length: 41 }, (_, i) => trackingRef(i));
    expect(validator.validateRequest('deleteTrackings', { body: fortyOne }).ok).toBe(false);
    expect(validator.validateRequest('stopUpdating', { body: fortyOne }).ok).toBe(false);
  });

  it('requires tracking_number on create and names the missing field', () => {
    const outcome = validator.validateRequest('createTracking', { body: { carrier_code: 'dhl' } });
    expect(issuesOf(outcome)).toEqual([{ where: 'body', field: '/tracking_number', keyword: 'required' }]);
  });

  it('rejects a carrier code with characters outside [0-9A-Za-z_-]', () => {
    const outcome = validator.validateRequest('createTracking', {
      body: { tracking_number: 'RN123456789CN', carrier_code: 'china post' },
    });
    expect(issuesOf(outcome)).toEqual([{ where: 'body', field: '/carrier_code', keyword: 'pattern' }]);
  });

  it('accepts a full create body and rejects unknown fields', () => {
    const good = {
      tracking_number: '300403513351',
      carrier_code: '4px',
      destination_code: 'us',
      title: 'cute pillow',
      order_create_time: '2017/8/27 16:51',
      tracking_ship_date: '20181001',
      lang: 'en',
      auto_correct: 1,
    };
    expect(validator.validateRequest('createTracking', { body: good })).toEqual({ ok: true });
    const typo = { ...good, tracking_numbr: 'x' };
    expect(issuesOf(validator.validateRequest('createTracking', { body: typo }))).toEqual([
      { where: 'body', field: '/tracking_numbr', keyword: 'additionalProperties' },
    ]);
  });

  it('allows PUT status 4, 7 and 8 only, and archived as "true"/"false"', () => {
    const path = { carrier_code: 'dhl', tracking_number: '1234567890' };
    for (const status of [4, 7, 8]) {
      expect(validator.validateRequest('updateTracking', { pathParams: path, body: { status } })).toEqual({ ok: true });
    }
    const five = validator.validateRequest('updateTracking', { pathParams: path, body: { status: 5 } });
    expect(issuesOf(five)).toEqual([{ where: 'body', field: '/status', keyword: 'enum' }]);
    const archived = validator.validateRequest('updateTracking', { pathParams: path, body: { archived: true } });
    expect(archived.ok).toBe(false);
  });

  it('accepts updatemore status as a string "4"/"7"/"8" but not "5"', () => {
    const item = trackingRef(1);
    expect(validator.validateRequest('updateTrackings', { body: [{ ...item, status: '7' }] })).toEqual({ ok: true });
    expect(validator.validateRequest('updateTrackings', { body: [{ ...item, status: '5' }] }).ok).toBe(false);
  });

  it('checks air waybill numbers, alone or in a list', () => {
    expect(validator.validateRequest('getAirCargo', { body: { track_number: '172-28891936' } })).toEqual({ ok: true });
    expect(validator.validateRequest('getAirCargo', { body: { track_number: ['17228891936'], lang: 'en' } })).toEqual({
      ok: true,
    });
    expect(validator.validateRequest('getAirCargo', { body: { track_number: '17-28891936' } }).ok).toBe(false);
  });

  it('reports a missing required body', () => {
    expect(issuesOf(validator.validateRequest('detectCarrier', {}))).toEqual([
      { where: 'body', field: '', keyword: 'required' },
    ]);
  });
});

describe('validateRequest: parameters arrive as strings', () => {
  it('coerces limit and enforces 1..2000', () => {
    expect(validator.validateRequest('listTrackings', { query: { limit: '2000', page: '1' } })).toEqual({ ok: true });
    expect(issuesOf(validator.validateRequest('listTrackings', { query: { limit: '2001' } }))).toEqual([
      { where: 'query', field: 'limit', keyword: 'maximum' },
    ]);
    expect(issuesOf(validator.validateRequest('listTrackings', { query: { page: '0' } }))).toEqual([
      { where: 'query', field: 'page', keyword: 'minimum' },
    ]);
    expect(issuesOf(validator.validateRequest('listTrackings', { query: { limit: 'ten' } }))).toEqual([
      { where: 'query', field: 'limit', keyword: 'type' },
    ]);
  });

  it('checks status, archived, unix-second filters and unknown names', () => {
    const query = { status: 'delivered', archived: 'false', created_at_min: '1441314361', update_time_max: '1446949161' };
    expect(validator.validateRequest('listTrackings', { query })).toEqual({ ok: true });
    const bad = { status: 'lost', archived: 'yes', created_at_min: 'yesterday', colour: 'red' };
    expect(issuesOf(validator.validateRequest('listTrackings', { query: bad }))).toEqual(
      expect.arrayContaining([
        { where: 'query', field: 'status', keyword: 'enum' },
        { where: 'query', field: 'archived', keyword: 'enum' },
        { where: 'query', field: 'created_at_min', keyword: 'type' },
        { where: 'query', field: 'colour', keyword: 'additionalProperties' },
      ]),
    );
  });

  it('allows at most 40 comma-separated numbers', () => {
    const numbers = (n: number) => Array.from({ length: n }, (_, i) => trackingRef(i).tracking_number).join(',');
    expect(validator.validateRequest('listTrackings', { query: { numbers: numbers(40) } })).toEqual({ ok: true });
    expect(validator.validateRequest('listTrackings', { query: { numbers: numbers(41) } }).ok).toBe(false);
  });

  it('checks path parameters: carrier code, tracking number and lang', () => {
    const good = { carrier_code: '4px', tracking_number: '300403513351', lang: 'en' };
    expect(validator.validateRequest('getTrackingInLanguage', { pathParams: good })).toEqual({ ok: true });
    const bad = { carrier_code: 'dhl!', tracking_number: '1234', lang: 'english' };
    expect(issuesOf(validator.validateRequest('getTrackingInLanguage', { pathParams: bad }))).toEqual([
      { where: 'path', field: 'carrier_code', keyword: 'pattern' },
      { where: 'path', field: 'tracking_number', keyword: 'pattern' },
      { where: 'path', field: 'lang', keyword: 'pattern' },
    ]);
  });

  it('reads the Lang header case-insensitively and ignores other headers', () => {
    const headers = { lang: 'it', 'Trackingmore-Api-Key': 'k' };
    expect(validator.validateRequest('listCarriers', { headers })).toEqual({ ok: true });
    expect(issuesOf(validator.validateRequest('listCarriers', { headers: { LANG: 'xx' } }))).toEqual([
      { where: 'header', field: 'lang', keyword: 'enum' },
    ]);
  });

  it('throws on an operation id the spec does not have', () => {
    expect(() => validator.validateRequest('nope' as never, {})).toThrow(/Unknown operationId/);
  });
});
