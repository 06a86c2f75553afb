import { webPreset } from '../../../jest.preset.js';

export default { ...webPreset, displayName: 'web-feature-ideas', rootDir: import.meta.dirname };
