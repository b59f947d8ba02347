import { Arg, FieldResolver, Resolver, Root } from 'type-graphql';
import { Lang } from '../common/lang';
import { ChainPath, ChainStep } from './chain.type';
import { relationName } from './relation-names';

/** A chain's words in the reader's language: why it stops, and each step's relation. */
@Resolver(() => ChainPath)
export class ChainPathWordsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why the chain stops where it does; null when it reaches the top.',
  })
  note(@Root() path: ChainPath, @Arg('lang', () => Lang, { defaultValue: Lang.ZH }) lang: Lang): string | null {
    return lang === Lang.EN ? path.noteEn : path.noteZh;
  }
}

@Resolver(() => ChainStep)
export class ChainStepWordsResolver {
  @FieldResolver(() => String, {
    description: 'The relation in words, read from `from` to `to` (the direction of travel).',
  })
  relationName(@Root() step: ChainStep, @Arg('lang', () => Lang, { defaultValue: Lang.ZH }) lang: Lang): string {
    return relationName(step.type, step.forward, lang);
  }
}
