import { webPreset } from '../../../jest.preset.js';

export default { ...webPreset, displayName: 'web-util', rootDir: import.meta.dirname };
