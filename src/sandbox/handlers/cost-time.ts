import { findCarrier } from '../carriers';
import { findCountry } from '../countries';
import { success } from '../envelope';
import { seededRandom } from '../seeded-random';
import { asObjects, text, type Handler } from './handler';

/**
 * Made-up but stable statistics for a route, in the documented fields only:
 * percent delivered within 0-7 (range1), 7-15 (range3), 16-30 (range4) and
 * 31-60 days (range5). The docs name no range2.
 */
function routeStatistics(carrierCode: string, original: string, destination: string) {
  const random = seededRandom(`${carrierCode}:${original}>${destination}`);
  const total = 200 + Math.floor(random() * 5000);
  const delivered = Math.floor(total * (0.85 + random() * 0.14));
  const weights = [random() * 5 + 1, random() * 4 + 1, random() * 2, random()];
  const sum = weights.reduce((a, b) => a + b, 0);
  const [range1, range3, range4, range5] = weights.map((w) => Math.round((w / sum) * 10000) / 100);
  return { carrier_code: carrierCode, original, destination, total, delivered, range1, range3, range4, range5 };
}

/** POST /trackings/costtime: statistics for each known carrier and route pair; unknown pairs are left out. */
export const getCostTime: Handler = (_state, { body }) => {
  const rows = asObjects(body).flatMap((item) => {
    const carrier = findCarrier(text(item, 'carrier_code') ?? '');
    const original = findCountry(text(item, 'original') ?? '');
    const destination = findCountry(text(item, 'destination') ?? '');
    return carrier && original && destination ? [routeStatistics(carrier.code, original.code, destination.code)] : [];
  });
  return success(rows);
};
