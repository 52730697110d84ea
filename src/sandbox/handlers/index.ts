import type { SandboxOperationId } from '../operation-id';
import { getUserInfo } from './account';
import { getAirCargo } from './air-cargo';
import { detectCarrier, listCarriers } from './carriers';
import { getCostTime } from './cost-time';
import type { Handler } from './handler';
import { checkRemote } from './remote';
import { batchCreateTrackings, deleteTrackings, stopUpdating, updateTrackings } from './trackings-batch';
import { getStatusNumber, listTrackings } from './trackings-list';
import {
  createTracking,
  deleteTracking,
  getTracking,
  realtimeTracking,
  updateCarrier,
  updateTracking,
} from './trackings-single';

export type { Handler, HandlerRequest } from './handler';

/** One handler per operation; the type makes a missing operation a compile error. */
export const HANDLERS: Record<SandboxOperationId, Handler> = {
  createTracking,
  getTracking,
  getTrackingInLanguage: getTracking,
  updateTracking,
  deleteTracking,
  batchCreateTrackings,
  listTrackings,
  updateTrackings,
  deleteTrackings,
  realtimeTracking,
  updateCarrier,
  getUserInfo,
  getStatusNumber,
  stopUpdating,
  checkRemote,
  getCostTime,
  getAirCargo,
  listCarriers,
  detectCarrier,
};

export const OPERATION_IDS = Object.keys(HANDLERS) as SandboxOperationId[];
