/**
 * The natural features a plan's prose names by how it speaks of them: a mountain by its slopes and
 * foothills (霰山北坡, 发源于霰山北麓), a river by its source, reaches and banks (镩河发源于…, 镩河北岸),
 * a lake or a grassland by what it is (黪泡为县境内最大湖泊, 驵林草原是全盟最大的天然草原), a desert by
 * its edges and the areas it spans (旎丹沙地南缘, 旎丹沙地位于甲旗和乙旗交界地带). A project named after one
 * (霰山国际滑雪度假区) has a proper name, as one named after an area does; the prose, not a list of the country's
 * features, says which.
 */

/** The kinds of feature a name ends in. */
const KINDS = '山|岭|峰|河|江|溪|湖|泡|淖|海子|水库|草原|沙地|沙漠|戈壁';
const KIND_END = new RegExp(`(?:${KINDS})$`, 'u');
/** A feature: a stem of one or two characters and the kind of feature it is. */
const FEATURE = `(\\p{Script=Han}{1,2}(?:${KINDS}))`;
/** What the prose says of a mountain, a river or a lake, right after its name. */
const SAID_OF = [
  '[东南西北]麓',
  '[东南西北]坡',
  '主峰',
  '发源',
  '干流',
  '[上中下]游',
  '流域',
  '沿岸',
  '两岸',
  '[东南西北]岸',
  '入海口',
  '流经',
  '自[东南西北]向[东南西北]',
  '横亘',
  '[东南西北]缘',
  '跨[^，。；]{2,12}和',
  '位于[^，。；]{2,16}交界',
  '[为是][^，。；]{0,12}(?:湖泊|河流|山峰|山脉|最高峰|水域|草原|沙漠|沙地)',
].join('|');
const FEATURE_SAID = new RegExp(`${FEATURE}(?:${SAID_OF})`, 'gu');
/** A feature's name stands after the words that speak of it (发源于X, 位于X); a stem holds none of them. */
const NOT_A_STEM =
  /[的于在和与及沿进推实施建设等大小内外江河湖山水海岭峰溪一二三四五六七八九十全各本市县区镇乡省城村]/u;

/**
 * The natural features the lines name (霰山, 镩河, 黪泡), each once, longest first. A stem is one
 * character or two: both readings are kept where the one before the name could be either (于霰山北麓
 * gives 霰山 only, its 于 being no stem character).
 */
export function readFeatures(lines: readonly { text: string }[]): string[] {
  const found = new Set<string>();
  for (const { text } of lines) {
    for (const match of text.matchAll(FEATURE_SAID)) {
      const feature = match[1];
      const kindAt = feature.search(KIND_END);
      for (const start of [0, 1]) {
        const stem = feature.slice(start, kindAt);
        if (stem.length === 0 || NOT_A_STEM.test(stem)) continue;
        found.add(feature.slice(start));
      }
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}
