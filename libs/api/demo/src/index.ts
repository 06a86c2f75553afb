export * from './demo-loader';
export { DEMO_DEPARTMENTS, DEMO_IDEAS, DEMO_PEOPLE } from './demo-data';
