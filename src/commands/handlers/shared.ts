import type { CreateTrackingBody, Tracking } from '../../core/tracking-api';
import { unknownCarrierView } from '../../messages/error-view';
import type { BotMessage } from '../../messages/model';
import { trackingView } from '../../messages/tracking-view';
import type { Actor } from '../../platform/actor';
import type { ChannelAddress } from '../../platform/adapter';
import type { TrackingRef } from '../../subscriptions/store';
import { TrackingMoreError } from '../../trackingmore/errors';
import { ReplyWith } from '../context';
import { countryCode } from '../country-codes';
import type { HandlerInputBase } from './types';

export function addressOf(actor: Actor): ChannelAddress {
  return { platform: actor.platform, workspaceId: actor.workspaceId, channelId: actor.channelId };
}

export function isKind(error: unknown, kind: TrackingMoreError['kind']): boolean {
  return error instanceof TrackingMoreError && error.kind === kind;
}

/** The carrier code as TrackingMore knows it, or an end to the command with "did you mean…". */
export async function knownCarrier(input: HandlerInputBase, code: string, example: (carrier: string) => string): Promise<string> {
  const resolution = await input.ctx.carriers.resolve(code);
  if (resolution.ok) return resolution.carrier.code;
  const suggestion = resolution.suggestion === undefined ? undefined : { code: resolution.suggestion, example: example(resolution.suggestion) };
  throw new ReplyWith(unknownCarrierView(code, suggestion, input.locale));
}

/** Prepends a short note (what just happened) to a view's text. */
export function withNote(view: BotMessage, note: string): BotMessage {
  return { ...view, text: [note, view.text].filter(Boolean).join('\n') };
}

/**
 * The tracking as TrackingMore names it: its `tracking_number` is the one the
 * watcher looks subscribers up by, whatever case the user typed.
 */
export function canonicalRef(tracking: Tracking, asked: TrackingRef): TrackingRef {
  return { carrier: tracking.carrier_code ?? asked.carrier, number: tracking.tracking_number ?? asked.number };
}

export type Fetched =
  | { tracking: Tracking; created: false }
  /** `owner`: who owns it now (the actor, or whoever raced us to it). */
  | { tracking: Tracking; created: true; owner: string };

/** GET the tracking; when TrackingMore does not know it yet, create it (claiming it for the adder) and GET it again. */
export async function fetchOrCreate(input: HandlerInputBase, body: CreateTrackingBody): Promise<Fetched> {
  const { tm, owners } = input.ctx;
  const asked = { carrier: body.carrier_code, number: body.tracking_number };
  try {
    return { tracking: await tm.getTracking(asked.carrier, asked.number), created: false };
  } catch (error) {
    if (!isKind(error, 'not-found')) throw error;
  }
  try {
    await tm.createTracking(body);
  } catch (error) {
    // Someone else created it between our GET and POST: just show it (and keep their ownership).
    if (!isKind(error, 'already-exists')) throw error;
  }
  const tracking = await tm.getTracking(asked.carrier, asked.number);
  const owner = await owners.claim(input.actor, canonicalRef(tracking, asked));
  return { tracking, created: true, owner };
}

async function transitOf(input: HandlerInputBase, tracking: Tracking, carrier: string) {
  const from = countryCode(tracking.original_country);
  const to = countryCode(tracking.destination_code) ?? countryCode(tracking.destination_country);
  if (!from || !to) return undefined;
  try {
    const row = await input.ctx.transit.lookup(carrier, from, to);
    return row ? { from, to, row } : undefined;
  } catch (error) {
    // The footer is a nicety: a failed statistics call must not hide the tracking.
    if (error instanceof TrackingMoreError) return undefined;
    throw error;
  }
}

/** The full tracking view: watch state of this channel, detected carriers, transit footer. */
export async function showTracking(input: HandlerInputBase, tracking: Tracking, created = false): Promise<BotMessage> {
  const carrier = tracking.carrier_code ?? '';
  const number = tracking.tracking_number ?? '';
  const [subscription, candidates, transit] = await Promise.all([
    input.ctx.subscriptions.get(addressOf(input.actor), { carrier, number }),
    input.ctx.carriers.detected(number),
    transitOf(input, tracking, carrier),
  ]);
  return trackingView(tracking, {
    locale: input.locale,
    created,
    watching: subscription !== undefined,
    carrierCandidates: candidates ?? [],
    ...(transit ? { transit } : {}),
  });
}
