export { CriteriaPage } from './criteria-page';
