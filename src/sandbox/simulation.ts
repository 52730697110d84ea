import type { TrackingStatus } from '../messages/model';
import { forcedStep, type JourneyStep } from './journeys';
import { HOUR_MS } from './time-format';
import { isMoving, type TrackingRecord } from './tracking-record';

/** Back-dated scans of set-up trackings are this far apart, so they look like a real parcel's history. */
const HISTORY_SPACING_MS = 7 * HOUR_MS;
/** Statuses after which a forced scan ends the journey. */
const FINAL_STATUSES: readonly TrackingStatus[] = ['delivered', 'exception', 'expired'];
const ENDINGS: readonly TrackingStatus[] = [...FINAL_STATUSES, 'undelivered'];

function record(target: TrackingRecord, step: JourneyStep, atMs: number): void {
  target.events.push({ ...step, atMs });
  target.status = step.status;
  target.substatus = step.substatus;
  target.updatedAtMs = atMs;
}

/** Moves one planned step; false when the journey is over or paused. */
export function stepForward(target: TrackingRecord, atMs: number, stepMs: number): boolean {
  const next = target.journey.steps[target.reached];
  if (!next || !isMoving(target) || target.statusBeforeOverride) return false;
  target.reached += 1;
  record(target, next, atMs);
  target.nextStepAtMs = atMs + stepMs;
  return true;
}

/** Lazily plays the steps that simulated time has made due; true when anything changed. */
export function catchUp(target: TrackingRecord, nowMs: number, stepMs: number): boolean {
  let changed = false;
  while (target.nextStepAtMs <= nowMs && stepForward(target, target.nextStepAtMs, stepMs)) changed = true;
  return changed;
}

/** How many planned steps until `status` (its first or last consecutive step); -1 when none is ahead. */
function stepsTo(target: TrackingRecord, status: TrackingStatus, stopAt: 'first' | 'last'): number {
  const ahead = target.journey.steps.slice(target.reached);
  const first = ahead.findIndex((s) => s.status === status);
  if (first < 0) return -1;
  let last = first;
  while (stopAt === 'last' && ahead[last + 1]?.status === status) last++;
  return last + 1;
}

/** Steps until the tracking shows `status`, or adds a forced scan when the plan has none ahead. */
export function advanceTo(
  target: TrackingRecord,
  status: TrackingStatus,
  nowMs: number,
  stepMs: number,
): void {
  const count = stepsTo(target, status, 'first');
  if (count < 0) {
    force(target, status, nowMs);
    target.nextStepAtMs = nowMs + stepMs;
    return;
  }
  for (let i = 0; i < count; i++) stepForward(target, nowMs, stepMs);
}

/**
 * Gives a new set-up tracking a back-dated history that ends in `status` (as far into it as the plan goes).
 * An ending the plan lacks (delivered instead of exception...) replaces the plan's last step; any other
 * missing status is a single forced scan.
 */
export function seedHistory(target: TrackingRecord, status: TrackingStatus, nowMs: number, stepMs: number): void {
  if (status === 'pending') return;
  const planned = stepsTo(target, status, 'last');
  const count = planned >= 0 ? planned : ENDINGS.includes(status) ? target.journey.steps.length - 1 : 0;
  const firstAt = nowMs - count * HISTORY_SPACING_MS;
  target.createdAtMs = firstAt - HOUR_MS;
  for (let i = 0; i < count; i++) stepForward(target, firstAt + i * HISTORY_SPACING_MS, stepMs);
  if (planned < 0) force(target, status, nowMs);
  target.nextStepAtMs = nowMs + stepMs;
}


function force(target: TrackingRecord, status: TrackingStatus, atMs: number): void {
  record(target, forcedStep(status, lastLocation(target)), atMs);
  if (FINAL_STATUSES.includes(status)) target.reached = target.journey.steps.length;
}

function lastLocation(target: TrackingRecord): string {
  return target.events.at(-1)?.location ?? target.journey.origin.cities[0];
}
