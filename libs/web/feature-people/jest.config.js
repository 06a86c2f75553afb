import { webPreset } from '../../../jest.preset.js';

export default { ...webPreset, displayName: 'web-feature-people', rootDir: import.meta.dirname };
