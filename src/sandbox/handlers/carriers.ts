import { CARRIERS, carrierListing } from '../carriers';
import { detectCarriers } from '../carrier-detection';
import { failure, success } from '../envelope';
import { asObject, text, type Handler } from './handler';

/** GET /carriers */
export const listCarriers: Handler = () => success(CARRIERS.map(carrierListing));

/** POST /carriers/detect: candidates by likelihood, 4032 when the number fits no rule. */
export const detectCarrier: Handler = (_state, { body }) => {
  const candidates = detectCarriers(text(asObject(body), 'tracking_number') ?? '');
  return candidates.length > 0 ? success(candidates.map(({ name, code }) => ({ name, code }))) : failure(4032);
};
