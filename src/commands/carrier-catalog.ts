import type Keyv from 'keyv';
import type { ApiCarrier, CarrierInfo, TrackingApi } from '../core/tracking-api';
import { TrackingMoreError } from '../trackingmore/errors';
import { closestMatch } from './suggest';

const LIST_KEY = 'carriers:list';
const LIST_TTL_MS = 24 * 60 * 60 * 1000;
const DETECT_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** A number TrackingMore cannot place yet may become detectable once the carrier scans it. */
const DETECT_EMPTY_TTL_MS = 10 * 60 * 1000;

function carrierInfo({ code, name }: ApiCarrier): CarrierInfo {
  return { code: code.toLowerCase(), name: name ?? code };
}

function detectKey(number: string): string {
  return `detect:${number.toLowerCase()}`;
}

export type CarrierResolution = { ok: true; carrier: CarrierInfo } | { ok: false; suggestion?: string };

/**
 * GET /carriers and POST /carriers/detect, both cached (detect is billed).
 * The carrier list is read on every show/watch and autocomplete keystroke, so
 * it lives in memory too; the kv stays the second level, so a restart does not refetch.
 */
export class CarrierCatalog {
  private memory: { carriers: CarrierInfo[]; expiresAt: number } | undefined;

  constructor(
    private readonly tm: Pick<TrackingApi, 'listCarriers' | 'detectCarrier'>,
    private readonly kv: Keyv,
    private readonly now: () => number = Date.now,
  ) {}

  async all(): Promise<CarrierInfo[]> {
    if (this.memory && this.memory.expiresAt > this.now()) return this.memory.carriers;
    const cached = await this.kv.getRaw<CarrierInfo[]>(LIST_KEY);
    if (cached?.value) return this.remember(cached.value, cached.expires ?? this.now() + LIST_TTL_MS);
    const carriers = (await this.tm.listCarriers()).map(carrierInfo);
    await this.kv.set(LIST_KEY, carriers, LIST_TTL_MS);
    return this.remember(carriers, this.now() + LIST_TTL_MS);
  }

  private remember(carriers: CarrierInfo[], expiresAt: number): CarrierInfo[] {
    this.memory = { carriers, expiresAt };
    return carriers;
  }

  /** Case-insensitive; an unknown code comes back with the closest known one. */
  async resolve(code: string): Promise<CarrierResolution> {
    const carriers = await this.all();
    const wanted = code.toLowerCase();
    const carrier = carriers.find((c) => c.code === wanted);
    if (carrier) return { ok: true, carrier };
    const suggestion = closestMatch(wanted, carriers.map((c) => c.code));
    return suggestion === undefined ? { ok: false } : { ok: false, suggestion };
  }

  /** Codes starting with the query first, then codes or names containing it. */
  async search(query: string, limit?: number): Promise<CarrierInfo[]> {
    const needle = query.trim().toLowerCase();
    const carriers = await this.all();
    const starts = carriers.filter((c) => c.code.startsWith(needle));
    const contains = carriers.filter(
      (c) => !c.code.startsWith(needle) && (c.code.includes(needle) || c.name.toLowerCase().includes(needle)),
    );
    const found = [...starts, ...contains];
    return limit === undefined ? found : found.slice(0, limit);
  }

  /** What detect answered before, without asking again. */
  async detected(number: string): Promise<CarrierInfo[] | undefined> {
    return (await this.kv.get<CarrierInfo[]>(detectKey(number))) ?? undefined;
  }

  /** Candidates, most likely first; empty when TrackingMore cannot tell (4032 or an empty answer). */
  async detect(number: string): Promise<CarrierInfo[]> {
    const cached = await this.detected(number);
    if (cached) return cached;
    const candidates = (await this.askDetect(number)).map(carrierInfo);
    await this.kv.set(detectKey(number), candidates, candidates.length > 0 ? DETECT_TTL_MS : DETECT_EMPTY_TTL_MS);
    return candidates;
  }

  private async askDetect(number: string): Promise<readonly ApiCarrier[]> {
    try {
      return await this.tm.detectCarrier(number);
    } catch (error) {
      if (error instanceof TrackingMoreError && error.kind === 'carrier-undetectable') return [];
      throw error;
    }
  }
}
