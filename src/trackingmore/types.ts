import type { components, operations } from './generated/schema';

/** Friendly names for the spec's request and response shapes; nothing here is hand-written. */

export type OperationId = keyof operations;
export type ErrorEnvelope = components['schemas']['ErrorEnvelope'];

type JsonContent<R> = R extends { content: { 'application/json': infer Body } } ? Body : never;
type SuccessResponses<Op extends OperationId> = operations[Op]['responses'];
type OkBody<Op extends OperationId> = JsonContent<SuccessResponses<Op>[Extract<keyof SuccessResponses<Op>, 200 | 201>]>;
/** Drops the ErrorEnvelope branch of the 200 `anyOf`, keeping the success envelope. */
type NotErrorEnvelope<Member> = Member extends unknown ? ([ErrorEnvelope] extends [Member] ? never : Member) : never;

/** The success envelope's `data` of an operation. */
export type ResponseData<Op extends OperationId> = EnvelopeData<NotErrorEnvelope<OkBody<Op>>>;
type EnvelopeData<Envelope> = Envelope extends { data: infer Data }
  ? Data
  : Envelope extends { data?: infer Data }
    ? Data | undefined
    : never;
export type RequestBody<Op extends OperationId> = JsonContent<NonNullable<operations[Op]['requestBody']>>;
export type QueryOf<Op extends OperationId> = NonNullable<operations[Op]['parameters']['query']>;

type ItemOf<List> = List extends readonly (infer Item)[] ? Item : never;

export type NewTracking = RequestBody<'createTracking'>;
export type CreatedTracking = ResponseData<'createTracking'>;
export type Tracking = ResponseData<'getTracking'>;
export type TrackingChanges = RequestBody<'updateTracking'>;
export type UpdatedTracking = ResponseData<'updateTracking'>;
export type DeleteResult = ResponseData<'deleteTracking'>;
export type BatchResult = ResponseData<'batchCreateTrackings'>;
export type TrackingListQuery = QueryOf<'listTrackings'>;
export type TrackingList = ResponseData<'listTrackings'>;
export type TrackingUpdateItem = ItemOf<RequestBody<'updateTrackings'>>;
export type BulkUpdateResult = ResponseData<'updateTrackings'>;
export type TrackingRef = ItemOf<RequestBody<'deleteTrackings'>>;
export type BulkDeleteResult = ResponseData<'deleteTrackings'>;
export type RealtimeRequest = RequestBody<'realtimeTracking'>;
export type RealtimeResult = ResponseData<'realtimeTracking'>;
export type CarrierChange = RequestBody<'updateCarrier'>;
export type CarrierChangeResult = ResponseData<'updateCarrier'>;
export type UserInfo = ResponseData<'getUserInfo'>;
export type StatusNumberQuery = QueryOf<'getStatusNumber'>;
export type StatusCounts = ResponseData<'getStatusNumber'>;
export type StopUpdatingResult = ResponseData<'stopUpdating'>;
export type RemoteQuery = ItemOf<RequestBody<'checkRemote'>>;
export type RemoteResult = ResponseData<'checkRemote'>;
export type CostTimeQuery = ItemOf<RequestBody<'getCostTime'>>;
export type CostTimeResult = ResponseData<'getCostTime'>;
export type AirCargoRequest = RequestBody<'getAirCargo'>;
export type AirCargoResult = ResponseData<'getAirCargo'>;
export type CarrierListLanguage = NonNullable<NonNullable<operations['listCarriers']['parameters']['header']>['Lang']>;
export type Carrier = ItemOf<ResponseData<'listCarriers'>>;
export type DetectCandidate = ItemOf<ResponseData<'detectCarrier'>>;
