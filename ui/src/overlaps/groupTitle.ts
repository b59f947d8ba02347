import type { Lang } from '../i18n/messages';

/**
 * An overlap group's heading: a facility kind by its name in the UI's language (its key is an id),
 * other keys as they are (they are names from the plan).
 */
export function groupTitle(
  group: { key: string; facilityKind?: { zh: string; en: string } | null },
  lang: Lang,
): string {
  if (!group.facilityKind) return group.key;
  return lang === 'en' ? group.facilityKind.en : group.facilityKind.zh;
}
