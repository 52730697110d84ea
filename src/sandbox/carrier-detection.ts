import { findCarrier, type SandboxCarrier } from './carriers';

/** Number patterns and the carriers they suggest, most likely first. */
const RULES: readonly { pattern: RegExp; codes: readonly string[] }[] = [
  { pattern: /^[A-Z]{2}\d{9}CN$/i, codes: ['china-post', 'china-ems'] },
  { pattern: /^1Z[0-9A-Z]{16}$/i, codes: ['ups'] },
  { pattern: /^\d{12}$/, codes: ['4px', 'fedex'] },
  { pattern: /^\d{22}$/, codes: ['usps'] },
  { pattern: /^\d{10}$/, codes: ['dhl'] },
  { pattern: /^\d{14}$/, codes: ['bestex'] },
  { pattern: /^LP\d{14}$/i, codes: ['cainiao'] },
  { pattern: /^YT\d{16}$/i, codes: ['yunexpress'] },
  { pattern: /^SF\d{12}$/i, codes: ['sf-express'] },
  { pattern: /^[A-Z]{2}\d{9}GB$/i, codes: ['royal-mail'] },
  { pattern: /^[A-Z]{2}\d{9}DE$/i, codes: ['dhl-germany', 'deutsche-post'] },
  { pattern: /^[A-Z]{2}\d{9}IT$/i, codes: ['poste-italiane'] },
  { pattern: /^[A-Z]{2}\d{9}NL$/i, codes: ['postnl-3s'] },
  { pattern: /^[A-Z]{2}\d{9}HK$/i, codes: ['hong-kong-post'] },
  { pattern: /^[A-Z]{2}\d{9}SG$/i, codes: ['singapore-post', 'cainiao'] },
  { pattern: /^[A-Z]{2}\d{9}CO$/i, codes: ['colombia-post'] },
  { pattern: /^[A-Z]{2}\d{9}FR$/i, codes: ['la-poste'] },
  { pattern: /^[A-Z]{2}\d{9}CA$/i, codes: ['canada-post'] },
  { pattern: /^[A-Z]{2}\d{9}AU$/i, codes: ['australia-post'] },
  { pattern: /^[A-Z]{2}\d{9}JP$/i, codes: ['japan-post'] },
  { pattern: /^[A-Z]{2}\d{9}ES$/i, codes: ['correos-spain'] },
];

/** Candidate carriers for a tracking number; empty when nothing matches (the API then says 4032). */
export function detectCarriers(trackingNumber: string): SandboxCarrier[] {
  const rule = RULES.find((r) => r.pattern.test(trackingNumber.trim()));
  return (rule?.codes ?? []).flatMap((code) => findCarrier(code) ?? []);
}
