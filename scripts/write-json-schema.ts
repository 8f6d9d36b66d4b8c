/**
 * `npm run data:schema`: writes graph-data/schema/*.schema.json from the zod schemas, so
 * editors can validate and complete the authored files. A test checks they are up to date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from './graph-data-files';
import { jsonSchemas } from '../src/model/json-schema';

const dir = join(DEFAULT_DATA_DIR, 'schema');
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote graph-data/schema/${name}`);
}
