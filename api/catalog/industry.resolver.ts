import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { Indicator, Industry } from './catalog.type';

/** An industry's indicators, read only when a query asks for them (all industries of a response in one statement). */
@Resolver(() => Industry)
export class IndustryResolver {
  @FieldResolver(() => [Indicator], {
    description: 'The 专栏 1 indicators that measure it, of the plans its count was read within.',
  })
  indicators(@Root() industry: Industry, @Ctx() ctx: ApiContext): Promise<Indicator[]> {
    return ctx.loaders.industryIndicators.load({ code: industry.code, scope: industry.scope });
  }
}
