import { registerEnumType } from 'type-graphql';

/** The languages the product speaks: Chinese first, English complete too. */
export enum Lang {
  ZH = 'zh',
  EN = 'en',
}
registerEnumType(Lang, { name: 'Lang', description: 'Language of a text the API words itself.' });
