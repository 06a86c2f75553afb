import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Flame, LogIn, Search } from 'lucide-react';
import { graphql, describeError, retryFor } from '@kindling/web/data-access';
import { Avatar, Button, EmptyState, ErrorState, LoadingState, Notice, TextInput } from '@kindling/web/ui';
import { useDebounced, useI18n, useDocumentTitle } from '@kindling/web/util';

export const devSignInMutation = graphql(`
  mutation DevSignIn($input: DevSignInInput!) {
    devSignIn(input: $input) {
      viewer {
        id
        name
      }
    }
  }
`);

/** The picker's people: names and departments only (all a signed-out client may read). */
export const devSignInPeopleQuery = graphql(`
  query DevSignInPeople($search: String, $first: Int!, $after: String) {
    devSignInPeople(search: $search, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          name
          departmentName
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const signOutMutation = graphql(`
  mutation SignOut {
    signOut {
      signedOut
    }
  }
`);

/** The demo sign-in: choose a person of the organisation to act as (only when the server allows it). */
export function SignInPage({ devSignIn }: { devSignIn: boolean }) {
  const { t, setLocale, locale } = useI18n();
  const client = useApolloClient();
  useDocumentTitle(t('signIn.title'));
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 250);
  const { data, loading, error, refetch, fetchMore } = useQuery(devSignInPeopleQuery, { variables: { search: search || null, first: 24 }, skip: !devSignIn });
  const [signIn, signInState] = useMutation(devSignInMutation);
  const people = data?.devSignInPeople.edges.map((e) => e.node) ?? [];

  return (
    <main className="k-signin" id="main">
      <div className="k-signin__panel">
        <div className="k-row" style={{ justifyContent: 'space-between' }}>
          <span className="k-brand">
            <span className="k-brand__mark">
              <Flame size={18} aria-hidden />
            </span>
            {t('app.name')}
          </span>
          <div className="k-segmented" role="group" aria-label={t('nav.language')}>
            <button type="button" aria-pressed={locale === 'en'} onClick={() => setLocale('en')} lang="en">
              EN<span className="k-sr-only"> English</span>
            </button>
            <button type="button" aria-pressed={locale === 'nl'} onClick={() => setLocale('nl')} lang="nl">
              NL<span className="k-sr-only"> Nederlands</span>
            </button>
          </div>
        </div>
        <h1 style={{ marginTop: 24 }}>{t('signIn.title')}</h1>
        <p className="k-meta">{t('app.tagline')}</p>
        {!devSignIn ? (
          <Notice tone="info">{t('signIn.disabled')}</Notice>
        ) : (
          <>
            <p>{t('signIn.lead')}</p>
            <label htmlFor="signin-search" className="k-sr-only">
              {t('signIn.search')}
            </label>
            <TextInput id="signin-search" type="search" autoFocus icon={<Search size={16} aria-hidden />} placeholder={t('signIn.search')} value={text} onChange={(e) => setText(e.target.value)} />
            {signInState.error && (
              <div style={{ marginTop: 12 }}>
                <Notice tone="error">{t('signIn.failed', { message: describeError(t, signInState.error) })}</Notice>
              </div>
            )}
            <div style={{ marginTop: 16 }}>
              {error && !data ? (
                <ErrorState message={describeError(t, error)} onRetry={retryFor(error, refetch)} />
              ) : !data && loading ? (
                <LoadingState lines={4} />
              ) : people.length === 0 ? (
                <EmptyState title={t('signIn.none')} />
              ) : (
                <ul className="k-signin__people">
                  {people.map((p) => (
                    <li key={p.id}>
                      <button
                        type="button"
                        className="k-signin__person"
                        disabled={signInState.loading}
                        onClick={async () => {
                          const result = await signIn({ variables: { input: { personId: p.id } } }).catch(() => null);
                          if (result?.data) await client.resetStore().catch(() => undefined);
                        }}
                      >
                        <Avatar id={p.id} name={p.name} size={40} />
                        <span style={{ minWidth: 0, textAlign: 'left' }}>
                          <span className="k-sr-only">{t('signIn.asPrefix')} </span>
                          <strong>{p.name}</strong>
                          <span className="k-person__meta">{p.departmentName}</span>
                        </span>
                        <LogIn size={16} aria-hidden className="k-signin__go" />
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              {data?.devSignInPeople.pageInfo.hasNextPage && (
                <div className="k-row" style={{ justifyContent: 'center', marginTop: 12 }}>
                  <Button onClick={() => void fetchMore({ variables: { after: data.devSignInPeople.pageInfo.endCursor } })}>{t('common.loadMore')}</Button>
                </div>
              )}
            </div>
          </>
        )}
      </div>
    </main>
  );
}
