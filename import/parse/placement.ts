import type { PlanIdentity } from '../bundle/schema';
import type { CityProfile } from '../city/profile';
import { cityOfCounty, provinceOfCity } from '../city/divisions';

/**
 * Places a plan whose text leaves its province or (for a county) its city unsaid: first by the
 * plan's own city profile, then by the national division dataset when it knows exactly one region
 * of that name. What the text says is never overridden.
 */
export function placePlan(identity: PlanIdentity, profile: CityProfile): PlanIdentity {
  const own = profile.city?.name === identity.region ? profile : null;
  if (identity.level === 'county') {
    const known = cityOfCounty(identity.region);
    const parentCity = identity.parentCity ?? own?.parentCity ?? known?.city ?? null;
    const province =
      identity.province ??
      own?.province ??
      (known && known.city === parentCity ? known.province : null) ??
      (parentCity ? provinceOfCity(parentCity) : null);
    return { ...identity, parentCity, province, city: parentCity };
  }
  if (identity.level === 'city') {
    return { ...identity, province: identity.province ?? own?.province ?? provinceOfCity(identity.region) };
  }
  return identity;
}
