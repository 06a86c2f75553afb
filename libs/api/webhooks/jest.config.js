import preset from '../../../jest.preset.js';

export default { ...preset, displayName: 'api-webhooks', rootDir: import.meta.dirname };
