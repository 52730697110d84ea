import type { TrackingStatus } from '../messages/model';
import type { SandboxCarrier } from './carriers';
import { COUNTRIES, DESTINATIONS, findCountry, type Country } from './countries';
import { pick, seededRandom, type Random } from './seeded-random';

export const MILESTONES = [
  'ItemReceived',
  'ItemDispatched',
  'DepartfromAirport',
  'ArrivalfromAbroad',
  'CustomsClearance',
  'DestinationArrived',
] as const;
export type Milestone = (typeof MILESTONES)[number];

/** One scan the carrier will report when the journey reaches it. */
export interface JourneyStep {
  status: TrackingStatus;
  substatus: string;
  description: string;
  location: string;
  /** Scans after arrival in the destination country of a postal item come from the destination post. */
  leg: 'origin' | 'destination';
  milestone?: Milestone;
}

export interface Journey {
  origin: Country;
  destination: Country;
  steps: JourneyStep[];
}

type Ending = Omit<JourneyStep, 'location' | 'leg'>;

const DELIVERED: readonly [Ending, ...Ending[]] = [
  { status: 'delivered', substatus: 'delivered001', description: 'Delivered' },
  { status: 'delivered', substatus: 'delivered003', description: 'Delivered, signed for by the recipient' },
  { status: 'delivered', substatus: 'delivered004', description: 'Delivered, In/At Mailbox' },
];
const EXCEPTIONS: readonly [Ending, ...Ending[]] = [
  { status: 'exception', substatus: 'exception009', description: 'Delivery refused by the recipient' },
  { status: 'exception', substatus: 'exception010', description: 'Returned to sender' },
  { status: 'exception', substatus: 'exception007', description: 'Item damaged or lost' },
];
const UNDELIVERED: Ending = {
  status: 'undelivered',
  substatus: 'undelivered001',
  description: 'Delivery attempt failed, the recipient was not at home',
};

/** The same carrier and number always get the same journey. */
export function planJourney(carrier: SandboxCarrier, trackingNumber: string, destinationCode?: string): Journey {
  const random = seededRandom(`${carrier.code}/${trackingNumber.toUpperCase()}`);
  const origin = findCountry(carrier.country) ?? COUNTRIES[0]!;
  const destination = chooseDestination(random, origin, destinationCode);
  const from = pick(random, origin.cities);
  const to = pick(random, destination.cities);
  const international = origin.code !== destination.code;
  const arrivalLeg = international && carrier.type === 'globalpost' ? 'destination' : 'origin';
  const steps: JourneyStep[] = [
    random() < 0.5
      ? step('notfound', 'notfound001', 'Electronic shipping information received', from, 'origin', 'ItemReceived')
      : step('transit', 'transit001', 'Shipment picked up', from, 'origin', 'ItemReceived'),
    step('transit', 'transit002', 'Arrived at the sorting centre', from, 'origin', 'ItemDispatched'),
  ];
  if (international) {
    steps.push(
      step('transit', 'transit007', 'Handed over to the airline', from, 'origin', 'DepartfromAirport'),
      step('transit', 'transit004', `Arrived in ${destination.name}`, to, arrivalLeg, 'ArrivalfromAbroad'),
      step('transit', 'transit005', 'Customs clearance completed', to, arrivalLeg, 'CustomsClearance'),
    );
  }
  steps.push(
    step('transit', 'transit003', 'Arrived at the delivery facility', to, arrivalLeg, 'DestinationArrived'),
    step('pickup', 'pickup001', 'Out for delivery', to, arrivalLeg),
  );
  const ending = chooseEnding(random);
  steps.push({ ...ending, location: to, leg: arrivalLeg });
  return { origin, destination, steps };
}

/** A scan that puts a tracking in `status` when its plan has none (tests force statuses). */
export function forcedStep(status: TrackingStatus, location: string): JourneyStep {
  const ending: Record<TrackingStatus, Ending> = {
    pending: { status, substatus: 'notfound002', description: 'Tracking re-queued' },
    notfound: { status, substatus: 'notfound002', description: 'No tracking information yet' },
    transit: { status, substatus: 'transit001', description: 'In transit' },
    pickup: { status, substatus: 'pickup001', description: 'Ready for pickup at the local facility' },
    delivered: DELIVERED[0],
    undelivered: UNDELIVERED,
    exception: EXCEPTIONS[0],
    expired: { status, substatus: 'expired001', description: 'No update for a long time: tracking expired' },
  };
  return { ...ending[status], location, leg: 'origin' };
}

function chooseDestination(random: Random, origin: Country, destinationCode?: string): Country {
  const asked = destinationCode ? findCountry(destinationCode) : undefined;
  const choices = DESTINATIONS.filter((code) => code !== origin.code);
  const code = pick(random, choices as unknown as [string, ...string[]]);
  return asked ?? findCountry(code) ?? origin;
}

function chooseEnding(random: Random): Ending {
  const roll = random();
  if (roll < 0.1) return UNDELIVERED;
  if (roll < 0.22) return pick(random, EXCEPTIONS);
  return pick(random, DELIVERED);
}

function step(
  status: TrackingStatus,
  substatus: string,
  description: string,
  location: string,
  leg: JourneyStep['leg'],
  milestone?: Milestone,
): JourneyStep {
  const scan = { status, substatus, description, location, leg };
  return milestone ? { ...scan, milestone } : scan;
}
