import preset from '../../jest.preset.js';

export default { ...preset, displayName: 'credit', rootDir: import.meta.dirname };
