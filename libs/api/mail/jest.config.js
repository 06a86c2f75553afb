import preset from '../../../jest.preset.js';

export default { ...preset, displayName: 'api-mail', rootDir: import.meta.dirname };
