import preset from '../../../jest.preset.js';

export default { ...preset, displayName: 'api-core', rootDir: import.meta.dirname };
