import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { ruleText } from '../../graph/rules';
import type { ApiContext } from '../context';
import { Evidence, EvidenceKind } from './evidence';
import { Lang } from './lang';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => String, { nullable: true })
  documentTitle(@Root() evidence: Evidence, @Ctx() ctx: ApiContext): Promise<string | null> | null {
    if (!evidence.document || evidence.kind === EvidenceKind.PROFILE) return null;
    return ctx.loaders.documentTitle.load(evidence.document);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Line within the document (1 = its first line); null for a profile entry.',
  })
  async documentLine(@Root() evidence: Evidence, @Ctx() ctx: ApiContext): Promise<number | null> {
    if (!evidence.document || evidence.kind === EvidenceKind.PROFILE || evidence.line <= 0) return null;
    const start = await ctx.loaders.documentStart.load(evidence.document);
    return start === null ? null : evidence.line - start + 1;
  }

  @FieldResolver(() => String, {
    description: 'Why the fact holds: for a derived fact the rule’s reason; for a stated one, the rule that read it.',
  })
  why(@Root() evidence: Evidence, @Arg('lang', () => Lang, { defaultValue: Lang.ZH }) lang: Lang): string {
    const stored = lang === Lang.EN ? evidence.whyEn : evidence.whyZh;
    return stored ?? ruleText(evidence.rule, lang);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'For a profile entry: the source the profile gives for it, in the language asked for; null for a gazette sentence.',
  })
  source(@Root() evidence: Evidence, @Arg('lang', () => Lang, { defaultValue: Lang.ZH }) lang: Lang): string | null {
    return lang === Lang.EN ? evidence.source : evidence.sourceZh;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'For a profile entry: what the entry says, in words; null for a gazette sentence.',
  })
  says(@Root() evidence: Evidence, @Arg('lang', () => Lang, { defaultValue: Lang.ZH }) lang: Lang): string | null {
    return lang === Lang.EN ? evidence.saysEn : evidence.saysZh;
  }

  @FieldResolver(() => String, { description: 'The provenance rule described for people, never its id.' })
  ruleName(@Root() evidence: Evidence, @Arg('lang', () => Lang, { defaultValue: Lang.ZH }) lang: Lang): string {
    return ruleText(evidence.rule, lang);
  }
}
