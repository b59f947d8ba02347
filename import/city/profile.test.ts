import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PlanInputError } from '../errors';
import { CityProfile, loadCityProfile, loadIndustries } from './profile';

describe('city profile', () => {
  it('loads the bundled profile of 景德镇 and says it is city knowledge', () => {
    const profile = loadCityProfile();
    expect(profile.about).toMatch(/City knowledge/);
    expect(profile.city?.government.aliases).toContain('市人民政府');
    expect(profile.districts.map((d) => d.name)).toEqual([
      '珠山区',
      '昌江区',
      '浮梁县',
      '乐平市',
      '高新区',
      '昌南新区',
    ]);
    expect(profile.ambiguousShortForms.map((a) => a.form)).toEqual(expect.arrayContaining(['昌江', '昌南', '珠山']));
    for (const place of profile.places) {
      if (place.district) expect(profile.districts.map((d) => d.name)).toContain(place.district);
    }
  });

  it('accepts an empty profile', () => {
    const profile = CityProfile.parse({});
    expect(profile.city).toBeNull();
    expect(profile.districts).toEqual([]);
  });

  it('names the file and the field when a profile is malformed', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'profile-')), 'bad.json');
    fs.writeFileSync(file, JSON.stringify({ districts: [{ name: '甲县', kind: 'village' }] }));
    expect(() => loadCityProfile(file)).toThrow(PlanInputError);
    expect(() => loadCityProfile(file)).toThrow(/bad\.json: districts\.0\.kind/);
  });
});

describe('industries', () => {
  it('reads the taxonomy', () => {
    const industries = loadIndustries();
    expect(industries).toHaveLength(27);
    expect(industries[0]).toEqual({ code: 'ceramics', zh: '陶瓷', en: 'Ceramics' });
  });

  it('refuses a file without the header', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'industries-')), 'i.tsv');
    fs.writeFileSync(file, 'ceramics\t陶瓷\tCeramics\n');
    expect(() => loadIndustries(file)).toThrow(PlanInputError);
  });
});
