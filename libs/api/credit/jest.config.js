import preset from '../../../jest.preset.js';

export default { ...preset, displayName: 'api-credit', rootDir: import.meta.dirname };
