/** JSON Schemas for editors, generated from the zod schemas (the one definition of the format). */
import { z } from 'zod';
import { ActorsFileSchema, RelationsFileSchema, SourcesFileSchema } from './schema';

export function jsonSchemas(): Record<string, unknown> {
  const make = (schema: z.ZodType, title: string) => ({ title, ...z.toJSONSchema(schema, { io: 'input' }) });
  return {
    'sources.schema.json': make(SourcesFileSchema, 'Sources: the articles the graph is drawn from'),
    'actors.schema.json': make(ActorsFileSchema, 'Actors: states, blocs, movements, people and organisations'),
    'relations.schema.json': make(RelationsFileSchema, 'Relations: typed, sourced links between actors, each with verbatim claims'),
  };
}
