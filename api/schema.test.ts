import fs from 'node:fs';
import { SCHEMA_FILE, buildApiSchema, schemaFileText } from './schema';

describe('api/schema.graphql', () => {
  it('is what the type-graphql classes emit (run `npm run api:schema` after changing them)', async () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaFileText(await buildApiSchema()));
  });
});
