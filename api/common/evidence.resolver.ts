import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { Evidence } from './evidence';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => String, { nullable: true })
  documentTitle(@Root() evidence: Evidence, @Ctx() ctx: ApiContext): Promise<string | null> | null {
    if (!evidence.document) return null;
    return ctx.loaders.documentTitle.load(evidence.document);
  }
}
