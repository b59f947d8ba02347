import 'reflect-metadata';
import fs from 'node:fs';
import { SCHEMA_FILE, buildApiSchema, schemaFileText } from './schema';

/** Writes api/schema.graphql from the type-graphql classes (`npm run api:schema`). */
async function main(): Promise<void> {
  fs.writeFileSync(SCHEMA_FILE, schemaFileText(await buildApiSchema()));
  console.log(`wrote ${SCHEMA_FILE}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
