import createClient, { type Client } from 'openapi-fetch';
import { TrackingMoreError } from './errors';
import { unwrapEnvelope, type RawResult } from './envelope';
import type { paths } from './generated/schema';
import { Transport, type FetchFn, type TransportOptions } from './transport';
import type {
  AirCargoRequest,
  AirCargoResult,
  BatchResult,
  BulkDeleteResult,
  BulkUpdateResult,
  Carrier,
  CarrierListLanguage,
  CarrierChange,
  CarrierChangeResult,
  CostTimeQuery,
  CostTimeResult,
  CreatedTracking,
  DeleteResult,
  DetectCandidate,
  NewTracking,
  OperationId,
  RealtimeRequest,
  RealtimeResult,
  RemoteQuery,
  RemoteResult,
  ResponseData,
  StatusCounts,
  StatusNumberQuery,
  StopUpdatingResult,
  Tracking,
  TrackingChanges,
  TrackingList,
  TrackingListQuery,
  TrackingRef,
  TrackingUpdateItem,
  UpdatedTracking,
  UserInfo,
} from './types';

export interface TrackingMoreClientOptions extends Omit<TransportOptions, 'fetch'> {
  apiKey: string;
  /** e.g. https://api.trackingmore.com/v2 or the sandbox's url */
  baseUrl: string;
}

/** What every request carries besides its own params: the transport for its operation and raw parsing. */
interface CallInit {
  fetch: FetchFn;
  parseAs: 'text';
}

/** One method per TrackingMore v2 operation: each returns the envelope's `data` or throws TrackingMoreError. */
export class TrackingMoreClient {
  private readonly http: Client<paths>;
  private readonly transport: Transport;

  constructor({ apiKey, baseUrl, ...transportOptions }: TrackingMoreClientOptions) {
    this.transport = new Transport(transportOptions);
    this.http = createClient<paths>({ baseUrl, headers: { 'Trackingmore-Api-Key': apiKey } });
  }

  createTracking(body: NewTracking): Promise<CreatedTracking> {
    return this.call('createTracking', (init) => this.http.POST('/trackings/post', { ...init, body }));
  }

  getTracking(carrier: string, number: string): Promise<Tracking> {
    return this.call('getTracking', (init) =>
      this.http.GET('/trackings/{carrier_code}/{tracking_number}', { ...init, params: { path: ref(carrier, number) } }),
    );
  }

  getTrackingInLanguage(carrier: string, number: string, lang: string): Promise<Tracking> {
    return this.call('getTrackingInLanguage', (init) =>
      this.http.GET('/trackings/{carrier_code}/{tracking_number}/{lang}', {
        ...init,
        params: { path: { ...ref(carrier, number), lang } },
      }),
    );
  }

  updateTracking(carrier: string, number: string, body: TrackingChanges): Promise<UpdatedTracking> {
    return this.call('updateTracking', (init) =>
      this.http.PUT('/trackings/{carrier_code}/{tracking_number}', { ...init, params: { path: ref(carrier, number) }, body }),
    );
  }

  deleteTracking(carrier: string, number: string): Promise<DeleteResult> {
    return this.call('deleteTracking', (init) =>
      this.http.DELETE('/trackings/{carrier_code}/{tracking_number}', { ...init, params: { path: ref(carrier, number) } }),
    );
  }

  batchCreateTrackings(items: NewTracking[]): Promise<BatchResult> {
    return this.call('batchCreateTrackings', (init) => this.http.POST('/trackings/batch', { ...init, body: items }));
  }

  listTrackings(query: TrackingListQuery = {}): Promise<TrackingList> {
    return this.call('listTrackings', (init) => this.http.GET('/trackings/get', { ...init, params: { query } }));
  }

  updateTrackings(items: TrackingUpdateItem[]): Promise<BulkUpdateResult> {
    return this.call('updateTrackings', (init) => this.http.POST('/trackings/updatemore', { ...init, body: items }));
  }

  deleteTrackings(items: TrackingRef[]): Promise<BulkDeleteResult> {
    return this.call('deleteTrackings', (init) => this.http.POST('/trackings/delete', { ...init, body: items }));
  }

  realtimeTracking(body: RealtimeRequest): Promise<RealtimeResult> {
    return this.call('realtimeTracking', (init) => this.http.POST('/trackings/realtime', { ...init, body }));
  }

  updateCarrier(body: CarrierChange): Promise<CarrierChangeResult> {
    return this.call('updateCarrier', (init) => this.http.POST('/trackings/update', { ...init, body }));
  }

  getUserInfo(): Promise<UserInfo> {
    return this.call('getUserInfo', (init) => this.http.GET('/trackings/getuserinfo', { ...init }));
  }

  getStatusNumber(query: StatusNumberQuery = {}): Promise<StatusCounts> {
    return this.call('getStatusNumber', (init) => this.http.GET('/trackings/getstatusnumber', { ...init, params: { query } }));
  }

  stopUpdating(items: TrackingRef[]): Promise<StopUpdatingResult> {
    return this.call('stopUpdating', (init) => this.http.POST('/trackings/notupdate', { ...init, body: items }));
  }

  checkRemote(items: RemoteQuery[]): Promise<RemoteResult> {
    return this.call('checkRemote', (init) => this.http.POST('/trackings/remote', { ...init, body: items }));
  }

  getCostTime(items: CostTimeQuery[]): Promise<CostTimeResult> {
    return this.call('getCostTime', (init) => this.http.POST('/trackings/costtime', { ...init, body: items }));
  }

  getAirCargo(body: AirCargoRequest): Promise<AirCargoResult> {
    return this.call('getAirCargo', (init) => this.http.POST('/trackings/aircargo', { ...init, body }));
  }

  listCarriers(lang?: CarrierListLanguage): Promise<Carrier[]> {
    return this.call('listCarriers', (init) => this.http.GET('/carriers', { ...init, params: { header: { Lang: lang } } }));
  }

  detectCarrier(number: string): Promise<DetectCandidate[]> {
    return this.call('detectCarrier', (init) => this.http.POST('/carriers/detect', { ...init, body: { tracking_number: number } }));
  }

  private async call<Op extends OperationId>(
    operation: Op,
    send: (init: CallInit) => Promise<RawResult>,
  ): Promise<ResponseData<Op>> {
    let result: RawResult;
    try {
      result = await send({ fetch: this.transport.fetchFor(operation), parseAs: 'text' });
    } catch (error) {
      if (error instanceof TrackingMoreError) throw error;
      throw TrackingMoreError.clientSide('network', operation);
    }
    // The spec ties each operation's path to its envelope type; the body itself is the server's word.
    return unwrapEnvelope(operation, result) as ResponseData<Op>;
  }
}

function ref(carrier: string, number: string) {
  return { carrier_code: carrier, tracking_number: number };
}
