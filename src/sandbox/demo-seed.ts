import type { TrackingStatus } from '../messages/model';
import { findCarrier } from './carriers';
import type { SandboxState } from './state';

/** What a newcomer sees on `npm start` without an API key; `4px 300403513351` is the one the README uses. */
export const DEMO_TRACKINGS: readonly { carrier: string; number: string; status: TrackingStatus; title: string }[] = [
  { carrier: '4px', number: '300403513351', status: 'transit', title: 'cute pillow' },
  { carrier: 'ups', number: '1Z999AA10123456784', status: 'delivered', title: 'running shoes' },
  { carrier: 'china-post', number: 'RR123456785CN', status: 'pickup', title: 'phone case' },
  { carrier: 'dhl', number: '1234567890', status: 'exception', title: 'headphones' },
  { carrier: 'usps', number: '9400111899223197428490', status: 'notfound', title: 'paperback book' },
];

export function seedDemo(state: SandboxState): void {
  for (const demo of DEMO_TRACKINGS) {
    const carrier = findCarrier(demo.carrier);
    if (carrier) state.seed(carrier, demo.number, demo.status, { title: demo.title });
  }
}
