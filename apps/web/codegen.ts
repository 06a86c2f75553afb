// Typed documents from the committed schema (never a live server): `npm run codegen:web`.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['libs/web/**/src/**/*.{ts,tsx}', '!libs/web/data-access/src/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'libs/web/data-access/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' }, gqlTagName: 'graphql' },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        skipTypename: false,
        nonOptionalTypename: false,
        dedupeFragments: true,
      },
    },
  },
};
export default config;
