import { createRequire } from 'node:module';
import type { FastifyServerOptions } from 'fastify';

type Factories = NonNullable<
  NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
>;
type ValidatorFactory = NonNullable<Factories['buildValidator']>;
type SerializerFactory = NonNullable<Factories['buildSerializer']>;

// Fastify's own dependencies, resolved from where Fastify is installed.
const fromFastify = createRequire(createRequire(import.meta.url).resolve('fastify'));

/**
 * Fastify's default schema compilers (Ajv with its formats, and fast-json-stringify), loaded
 * when a route with a schema is first compiled instead of when the server is made: wharf's own
 * routes declare no schema, and the two cost about 1.3 MB of heap and 115 modules for nothing
 * in a process that runs for months. The dashboard's queue view (bull-board) does declare
 * schemas, and gets the same compilers Fastify would have made.
 */
export function lazySchemaCompilers(): { compilersFactory: Factories } {
  let validator: ValidatorFactory | undefined;
  let serializer: SerializerFactory | undefined;
  return {
    compilersFactory: {
      buildValidator: (externalSchemas, options) => {
        validator ??= (fromFastify('@fastify/ajv-compiler') as () => ValidatorFactory)();
        return validator(externalSchemas, options);
      },
      buildSerializer: (externalSchemas, options) => {
        serializer ??= (
          fromFastify('@fastify/fast-json-stringify-compiler') as () => SerializerFactory
        )();
        return serializer(externalSchemas, options);
      },
    },
  };
}
