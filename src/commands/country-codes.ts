/** Country names as TrackingMore writes them in trackings, to the 2-letter codes /trackings/costtime wants. */
const CODES: Readonly<Record<string, string>> = {
  china: 'CN', 'hong kong': 'HK', taiwan: 'TW', singapore: 'SG', japan: 'JP', 'south korea': 'KR', korea: 'KR',
  india: 'IN', thailand: 'TH', vietnam: 'VN', malaysia: 'MY', indonesia: 'ID', philippines: 'PH',
  'united states': 'US', usa: 'US', canada: 'CA', mexico: 'MX', brazil: 'BR', argentina: 'AR', chile: 'CL',
  colombia: 'CO', peru: 'PE', 'united kingdom': 'GB', ireland: 'IE', germany: 'DE', netherlands: 'NL',
  belgium: 'BE', luxembourg: 'LU', france: 'FR', italy: 'IT', spain: 'ES', portugal: 'PT', switzerland: 'CH',
  austria: 'AT', poland: 'PL', czechia: 'CZ', 'czech republic': 'CZ', sweden: 'SE', norway: 'NO',
  denmark: 'DK', finland: 'FI', greece: 'GR', turkey: 'TR', russia: 'RU', ukraine: 'UA', israel: 'IL',
  'united arab emirates': 'AE', 'saudi arabia': 'SA', 'south africa': 'ZA', egypt: 'EG', australia: 'AU',
  'new zealand': 'NZ',
};

/** "Hong Kong [CN]" -> "HK", "us" -> "US"; undefined when unknown. */
export function countryCode(nameOrCode: string | null | undefined): string | undefined {
  const cleaned = (nameOrCode ?? '').replace(/\[.*?\]/g, '').trim().toLowerCase();
  if (/^[a-z]{2}$/.test(cleaned)) return cleaned.toUpperCase();
  return CODES[cleaned];
}
