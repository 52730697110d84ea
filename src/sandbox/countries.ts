/** Countries the simulated journeys travel between: name as TrackingMore writes it, and a few cities. */
export interface Country {
  code: string;
  name: string;
  cities: readonly [string, ...string[]];
}

export const COUNTRIES: readonly Country[] = [
  { code: 'CN', name: 'China', cities: ['Shenzhen', 'Guangzhou', 'Shanghai', 'Yiwu'] },
  { code: 'HK', name: 'Hong Kong [CN]', cities: ['Hong Kong', 'Kowloon'] },
  { code: 'SG', name: 'Singapore', cities: ['Singapore'] },
  { code: 'JP', name: 'Japan', cities: ['Tokyo', 'Osaka'] },
  { code: 'US', name: 'United States', cities: ['New York', 'Los Angeles', 'Chicago', 'Shreveport'] },
  { code: 'CA', name: 'Canada', cities: ['Toronto', 'Vancouver'] },
  { code: 'CO', name: 'Colombia', cities: ['Bogota', 'Medellin'] },
  { code: 'GB', name: 'United Kingdom', cities: ['London', 'Manchester'] },
  { code: 'DE', name: 'Germany', cities: ['Leipzig', 'Frankfurt', 'Berlin'] },
  { code: 'NL', name: 'Netherlands', cities: ['Amsterdam', 'Rotterdam'] },
  { code: 'FR', name: 'France', cities: ['Paris', 'Lyon'] },
  { code: 'IT', name: 'Italy', cities: ['Milano', 'Roma', 'Bologna'] },
  { code: 'ES', name: 'Spain', cities: ['Madrid', 'Barcelona'] },
  { code: 'AU', name: 'Australia', cities: ['Sydney', 'Melbourne'] },
  { code: 'AE', name: 'United Arab Emirates', cities: ['Dubai'] },
];

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));

export function findCountry(code: string): Country | undefined {
  return BY_CODE.get(code.toUpperCase());
}

/** Where most simulated parcels go (the origin is removed from the pick). */
export const DESTINATIONS = ['US', 'GB', 'DE', 'IT', 'FR', 'ES', 'CA', 'AU', 'NL'] as const;
