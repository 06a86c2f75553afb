import { graphql } from './generated';

/** People search for pickers (signed in; the sign-in page has its own, names-only query). */
export const peopleSearchQuery = graphql(`
  query PeopleSearch($search: String, $first: Int!, $after: String) {
    people(search: $search, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          name
          title
          department {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
