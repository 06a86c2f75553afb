import { webPreset } from '../../../jest.preset.js';

export default { ...webPreset, displayName: 'web-feature-notifications', rootDir: import.meta.dirname };
