import { COUNTRIES } from '../countries';
import { success } from '../envelope';
import { asObjects, text, type Handler } from './handler';

/** A small table of remote areas: (country, postcode) and the carriers that charge a remote fee there. */
const REMOTE_AREAS: readonly { country: string; postcode: string; carriers: readonly string[] }[] = [
  { country: 'JP', postcode: '7621094', carriers: ['ups', 'tnt', 'dhl', 'fedex'] },
  { country: 'US', postcode: '99950', carriers: ['ups', 'fedex', 'dhl'] },
  { country: 'AU', postcode: '0872', carriers: ['dhl', 'tnt'] },
  { country: 'GB', postcode: 'HS1', carriers: ['ups', 'dhl'] },
  { country: 'IT', postcode: '98050', carriers: ['dhl', 'tnt', 'ups'] },
];

function countryCode(countryOrName: string): string {
  const wanted = countryOrName.trim().toUpperCase();
  return COUNTRIES.find((c) => c.code === wanted || c.name.toUpperCase() === wanted)?.code ?? wanted;
}

/** POST /trackings/remote: one `remote` row per matching carrier; inputs that are not remote go to `other`. */
export const checkRemote: Handler = (_state, { body }) => {
  const items = asObjects(body);
  const remote: Record<string, string>[] = [];
  const other: Record<string, string>[] = [];
  for (const item of items) {
    const code = countryCode(text(item, 'country') ?? '');
    const postcode = (text(item, 'postcode') ?? '').replace(/\s|-/g, '').toUpperCase();
    const company = text(item, 'company')?.toLowerCase();
    const area = REMOTE_AREAS.find((a) => a.country === code && a.postcode === postcode);
    const carriers = area?.carriers.filter((c) => !company || c === company) ?? [];
    if (carriers.length === 0) other.push({ two_code: code, far_city_postcode: postcode });
    const name = COUNTRIES.find((c) => c.code === code)?.name ?? code;
    for (const carrier of carriers) {
      remote.push({ far_express_company: carrier, two_code: code, far_country: name, far_city_postcode: postcode });
    }
  }
  return success({ submitted: items.length, other, remote }, 200, 'The request was successful.');
};
