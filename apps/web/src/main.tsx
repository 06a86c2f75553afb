import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from '@kindling/web/data-access';
import { I18nProvider } from '@kindling/web/util';
import { App } from './app';
import './app.css';

const client = createApolloClient('/graphql');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <ApolloProvider client={client}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </ApolloProvider>
    </I18nProvider>
  </StrictMode>,
);
