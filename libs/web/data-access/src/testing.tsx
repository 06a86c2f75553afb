import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { createCache } from './client';
import { ViewerProvider, type Viewer } from './viewer';
import { I18nProvider, type Locale } from '@kindling/web/util';

/** Test helpers for components that use Kindling's data layer (import from '@kindling/web/data-access/testing'). */
export const testViewer: Viewer = {
  __typename: 'Person',
  id: 'UGVyc29uOjE',
  name: 'Ann de Wit',
  email: 'ann@example.com',
  title: 'Planner',
  role: 'MEMBER',
  language: 'EN',
  languageChosen: false,
  department: { __typename: 'Department', id: 'RGVwOjE', name: 'Planning' },
};

/** Renders UI as the app does: language, a mocked Apollo client with the app's cache rules, a router, a viewer. */
export function renderWithProviders(ui: ReactElement, { mocks = [], route = '/', locale = 'en' }: { mocks?: readonly MockLink.MockedResponse[]; route?: string; locale?: Locale } = {}) {
  return render(
    <I18nProvider locale={locale}>
      <MockedProvider mocks={mocks} cache={createCache()} mockLinkDefaultOptions={{ delay: 0 }}>
        <MemoryRouter initialEntries={[route]}>
          <ViewerProvider viewer={testViewer}>{ui}</ViewerProvider>
        </MemoryRouter>
      </MockedProvider>
    </I18nProvider>,
  );
}
