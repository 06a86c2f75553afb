import { webPreset } from '../../../jest.preset.js';

export default { ...webPreset, displayName: 'web-ui', rootDir: import.meta.dirname };
