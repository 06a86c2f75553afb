export { PersonPage } from './person-page';
export { PeoplePage } from './people-page';
