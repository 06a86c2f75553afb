export * from './codes';
export * from './reasons';
