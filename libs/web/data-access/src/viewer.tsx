import { createContext, useContext, type ReactNode } from 'react';
import { graphql } from './generated';
import type { ViewerQuery } from './generated/graphql';

export const viewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      name
      email
      title
      role
      language
      languageChosen
      department {
        id
        name
      }
    }
    authSettings {
      devSignIn
      devSignInExposed
    }
  }
`);

export type Viewer = NonNullable<ViewerQuery['viewer']>;

const ViewerContext = createContext<Viewer | null>(null);

export function ViewerProvider({ viewer, children }: { viewer: Viewer | null; children: ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

/** The signed-in person (the app shell renders pages only once there is one). */
export function useViewer(): Viewer | null {
  return useContext(ViewerContext);
}
