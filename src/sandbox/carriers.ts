/** A carrier as GET /carriers shows it, plus the home country the journeys start from. */
export interface SandboxCarrier {
  name: string;
  code: string;
  phone: string;
  homepage: string;
  type: 'express' | 'globalpost';
  picture: string;
  /** Two-letter code of the country its parcels usually start in. */
  country: string;
}

const ICONS = '//cdn.trackingmore.com/images/icons/express';

function carrier(
  code: string,
  name: string,
  type: SandboxCarrier['type'],
  country: string,
  phone: string,
  homepage: string,
): SandboxCarrier {
  return { name, code, phone, homepage, type, picture: `${ICONS}/${code}.png`, country };
}

export const CARRIERS: readonly SandboxCarrier[] = [
  carrier('4px', '4PX', 'express', 'CN', '86 755 23508000', '//www.4px.com/'),
  carrier('dhl', 'DHL', 'express', 'DE', '1 800 225 5345', '//www.dhl.com/'),
  carrier('ups', 'UPS', 'express', 'US', '1 800 742 5877', '//www.ups.com/'),
  carrier('usps', 'USPS', 'globalpost', 'US', '1 800 275 8777', '//www.usps.com/'),
  carrier('fedex', 'Fedex', 'express', 'US', '1 800 247 4747', '//www.fedex.com/'),
  carrier('tnt', 'TNT', 'express', 'NL', '1 800 558 5555', '//www.tnt.com/'),
  carrier('china-post', 'China post', 'globalpost', 'CN', '86 20 11185', '//intmail.183.com.cn/'),
  carrier('china-ems', 'China EMS', 'globalpost', 'CN', '86 20 11183', '//www.ems.com.cn/'),
  carrier('cainiao', 'Cainiao', 'globalpost', 'CN', '86 571 95338', '//global.cainiao.com/'),
  carrier('yanwen', 'Yanwen', 'express', 'CN', '86 400 108 5656', '//www.yw56.com.cn/'),
  carrier('yunexpress', 'YunExpress', 'express', 'CN', '86 400 026 2126', '//www.yuntrack.com/'),
  carrier('wishpost', 'WishPost', 'globalpost', 'CN', '86 400 888 0000', '//www.wishpost.cn/'),
  carrier('royal-mail', 'United Kingdom Royal Mail', 'globalpost', 'GB', '44 1752387112', '//www.royalmail.com/'),
  carrier('deutsche-post', 'Deutsche Post', 'express', 'DE', '49 228 4333112', '//www.deutschepost.de/'),
  carrier('dhl-germany', 'Deutsche Post DHL', 'globalpost', 'DE', '49 228 4333112', '//www.dhl.de/'),
  carrier('poste-italiane', 'Poste Italiane', 'globalpost', 'IT', '39 803 160', '//www.poste.it/'),
  carrier('postnl-3s', 'PostNL International 3S', 'express', 'NL', '31 900 0990', '//www.postnl.nl/'),
  carrier('hong-kong-post', 'Hong Kong Post', 'globalpost', 'HK', '852 2921 2222', '//www.hongkongpost.hk/'),
  carrier('singapore-post', 'Singapore Post', 'globalpost', 'SG', '65 6841 2000', '//www.singpost.com/'),
  carrier('bestex', 'Best Express', 'express', 'CN', '86 4009 565656', '//www.800bestex.com/'),
  carrier('mondialrelay', 'Mondial Relay', 'express', 'FR', '33 969 32 23 32', '//www.mondialrelay.fr/'),
  carrier('colombia-post', 'Colombia Post', 'globalpost', 'CO', '57 1 4722000', '//www.4-72.com.co/'),
  carrier('zto', 'ZTO Express', 'express', 'CN', '86 95311', '//www.zto.com/'),
  carrier('sto', 'STO Express', 'express', 'CN', '86 95543', '//www.sto.cn/'),
  carrier('yto', 'YTO Express', 'express', 'CN', '86 95554', '//www.yto.net.cn/'),
  carrier('sf-express', 'S.F. Express', 'express', 'CN', '86 95338', '//www.sf-express.com/'),
  carrier('canada-post', 'Canada Post', 'globalpost', 'CA', '1 866 607 6301', '//www.canadapost.ca/'),
  carrier('australia-post', 'Australia Post', 'globalpost', 'AU', '61 13 13 18', '//auspost.com.au/'),
  carrier('la-poste', 'La Poste', 'globalpost', 'FR', '33 36 31', '//www.laposte.fr/'),
  carrier('correos-spain', 'Spain Correos', 'globalpost', 'ES', '34 902197197', '//www.correos.es/'),
  carrier('japan-post', 'Japan Post', 'globalpost', 'JP', '81 570 046111', '//www.post.japanpost.jp/'),
  carrier('aramex', 'Aramex', 'express', 'AE', '971 600 544000', '//www.aramex.com/'),
];

const BY_CODE = new Map(CARRIERS.map((c) => [c.code, c]));

export function findCarrier(code: string): SandboxCarrier | undefined {
  return BY_CODE.get(code.toLowerCase());
}

/** The public part, as GET /carriers and POST /carriers/detect show it. */
export function carrierListing({ country: _country, ...listing }: SandboxCarrier): Omit<SandboxCarrier, 'country'> {
  return listing;
}

/** The national post that hands a postal item over in its country (destination_info). */
export function postOfCountry(countryCode: string): SandboxCarrier | undefined {
  return CARRIERS.find((c) => c.type === 'globalpost' && c.country === countryCode);
}
