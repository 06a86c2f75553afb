import preset from '../../../jest.preset.js';

export default { ...preset, displayName: 'shared-rules', rootDir: import.meta.dirname };
