import preset from '../../../jest.preset.js';

export default { ...preset, displayName: 'api-ledger', rootDir: import.meta.dirname };
