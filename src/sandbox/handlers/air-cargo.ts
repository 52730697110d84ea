import { success } from '../envelope';
import { pick, seededRandom } from '../seeded-random';
import { DAY_MS, eventDate, HOUR_MS } from '../time-format';
import { asObject, type Handler } from './handler';

/** AWB prefix -> airline, route and flight-number prefix. */
const AIRLINES: Record<string, { flight: string; route: readonly [string, string, string] }> = {
  '172': { flight: 'CV', route: ['HKG', 'LUX', 'MXP'] },
  '020': { flight: 'LH', route: ['PVG', 'FRA', 'JFK'] },
  '176': { flight: 'EK', route: ['CAN', 'DXB', 'LHR'] },
  '180': { flight: 'KE', route: ['SZX', 'ICN', 'LAX'] },
  '784': { flight: 'CZ', route: ['CAN', 'AMS', 'CDG'] },
};
const FALLBACK_AIRLINE = { flight: 'XX', route: ['HKG', 'DOH', 'FRA'] } as const;

/** A made-up, stable flight history for one air waybill number. */
function airWaybill(trackNumber: string, nowMs: number) {
  const random = seededRandom(trackNumber);
  const airline = AIRLINES[trackNumber.slice(0, 3)] ?? FALLBACK_AIRLINE;
  const [origin, hub, destination] = airline.route;
  const flight = () => `${airline.flight}${100 + Math.floor(random() * 899)}`;
  const start = nowMs - (2 + Math.floor(random() * 3)) * DAY_MS;
  const legs = [
    { event: 'Received from shipper', station: origin, flight_number: '' },
    { event: 'Departed', station: origin, flight_number: flight() },
    { event: 'Arrived', station: hub, flight_number: '' },
    { event: 'Departed', station: hub, flight_number: flight() },
    { event: 'Arrived', station: destination, flight_number: '' },
  ];
  const track_info = legs.map((leg, i) => ({
    plan_date: eventDate(start + i * 9 * HOUR_MS),
    actual_date: eventDate(start + i * 9 * HOUR_MS + Math.floor(random() * 90) * 60_000),
    ...leg,
  }));
  return {
    track_number: trackNumber,
    weight: `${(5 + random() * 400).toFixed(1)}`,
    piece: 1 + Math.floor(random() * 20),
    origin,
    destination,
    status_number: pick(random, ['5', '6']),
    track_info,
  };
}

/** POST /trackings/aircargo: `track_number` is one AWB or a list of them. */
export const getAirCargo: Handler = (state, { body }) => {
  const requested = asObject(body)['track_number'];
  const numbers = (Array.isArray(requested) ? requested : [requested]).filter((n) => typeof n === 'string');
  return success(numbers.map((n) => airWaybill(n, state.now())));
};
