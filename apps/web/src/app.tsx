import { Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link, NavLink, Navigate, Route, Routes, useLocation } from 'react-router';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Braces, ChartLine, HelpCircle, Contact, ClipboardCheck, Flame, KeyRound, Lightbulb, ListChecks, LogOut, Megaphone, Menu, PenLine, ShieldAlert, Trophy, Webhook } from 'lucide-react';
import { ViewerProvider, describeError, retryFor, useViewerLanguage, viewerQuery, type Viewer } from '@kindling/web/data-access';
import { DevSignInBanner, SignInPage, TokensPage, signOutMutation } from '@kindling/web/auth';
import { BoardPage } from '@kindling/web/board';
import { DashboardPage } from '@kindling/web/dashboard';
import { CampaignPage, CampaignsPage, OpenCampaignPage } from '@kindling/web/campaigns';
import { ComposePage, FeedPage, HowCreditWorksPage, IdeaPage, LineageLabPage } from '@kindling/web/ideas';
import { NotificationBell, NotificationSettingsPage, NotificationsPage } from '@kindling/web/notifications';
import { PeoplePage, PersonPage } from '@kindling/web/people';
import { CriteriaPage, DeadLettersPage, ReviewQueuePage, ModerationPage } from '@kindling/web/review';
import { WebhookPage, WebhooksPage } from '@kindling/web/webhooks';
import { Avatar, Button, ButtonLink, Card, ErrorState, LoadingState, NotFoundState } from '@kindling/web/ui';
import { useI18n, type Locale } from '@kindling/web/util';

/** EN/NL; `choose` also stores the choice for the signed-in person (their e-mail follows it). */
function LanguageSwitch({ choose }: { choose: (locale: Locale) => void }) {
  const { locale, t } = useI18n();
  const options: { value: Locale; label: string; name: string }[] = [
    { value: 'en', label: 'EN', name: 'English' },
    { value: 'nl', label: 'NL', name: 'Nederlands' },
  ];
  return (
    <div className="k-segmented" role="group" aria-label={t('nav.language')}>
      {options.map((o) => (
        <button key={o.value} type="button" lang={o.value} aria-pressed={locale === o.value} title={o.name} onClick={() => choose(o.value)}>
          {o.label}
          <span className="k-sr-only"> {o.name}</span>
        </button>
      ))}
    </div>
  );
}

function Shell({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const location = useLocation();
  const [signOut, signOutState] = useMutation(signOutMutation);
  const isReviewer = viewer.role === 'REVIEWER' || viewer.role === 'ADMIN';
  const chooseLanguage = useViewerLanguage(viewer);
  // on a phone the main menu folds behind one button, so the header keeps to two rows
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const closeMenuOnEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    menuButton.current?.focus();
  };
  useEffect(() => {
    if (!menuOpen) return;
    const closeOutside = (e: PointerEvent) => {
      if (!(e.target instanceof Node && menuButton.current?.parentElement?.contains(e.target))) setMenuOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [menuOpen]);
  useEffect(() => {
    setMenuOpen(false);
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);
  return (
    <div className="k-shell">
      <a className="k-skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="k-header">
        <div className="k-header__inner">
          <Link to="/" className="k-brand">
            <span className="k-brand__mark">
              <Flame size={18} aria-hidden />
            </span>
            {t('app.name')}
          </Link>
          <nav className="k-nav" aria-label={t('nav.main')} data-open={menuOpen || undefined} onKeyDown={closeMenuOnEscape}>
            <button ref={menuButton} type="button" className="k-nav__toggle" aria-expanded={menuOpen} aria-controls="main-menu" onClick={() => setMenuOpen((open) => !open)}>
              <Menu size={18} aria-hidden /> {t('nav.menu')}
            </button>
            {/* a link to the page one is on changes no path, so a click closes the menu itself */}
            <div id="main-menu" className="k-nav__links" onClick={(e) => (e.target as Element).closest('a') && setMenuOpen(false)}>
              <NavLink to="/" end>
                <Lightbulb size={16} aria-hidden /> {t('nav.feed')}
              </NavLink>
              <NavLink to="/board">
                <Trophy size={16} aria-hidden /> {t('nav.board')}
              </NavLink>
              <NavLink to="/campaigns">
                <Megaphone size={16} aria-hidden /> {t('campaigns.nav')}
              </NavLink>
              <NavLink to="/compose">
                <PenLine size={16} aria-hidden /> {t('nav.compose')}
              </NavLink>
              {isReviewer && (
                <>
                  <NavLink to="/review">
                    <ClipboardCheck size={16} aria-hidden /> {t('review.nav')}
                  </NavLink>
                  <NavLink to="/dashboard">
                    <ChartLine size={16} aria-hidden /> {t('dashboard.nav')}
                  </NavLink>
                </>
              )}
              {viewer.role === 'ADMIN' && (
                <>
                  <NavLink to="/moderation">
                    <ShieldAlert size={16} aria-hidden /> {t('moderation.nav')}
                  </NavLink>
                  <NavLink to="/admin/criteria">
                    <ListChecks size={16} aria-hidden /> {t('nav.criteria')}
                  </NavLink>
                </>
              )}
            </div>
          </nav>
          <div className="k-header__tools">
            <LanguageSwitch choose={chooseLanguage} />
            <NotificationBell />
            <Link to={`/people/${encodeURIComponent(viewer.id)}`} className="k-person k-header__me" title={t('nav.profile')}>
              <Avatar id={viewer.id} name={viewer.name} size={32} />
              <span className="k-header__name">{viewer.name}</span>
            </Link>
            <ButtonLink to="/settings/tokens" variant="ghost" icon={<KeyRound size={18} aria-hidden />} aria-label={t('nav.tokens')} title={t('nav.tokens')} />
            <Button
              variant="ghost"
              icon={<LogOut size={18} aria-hidden />}
              aria-label={t('nav.signOut')}
              title={t('nav.signOut')}
              busy={signOutState.loading}
              onClick={async () => {
                await signOut().catch(() => undefined);
                await client.resetStore().catch(() => undefined);
              }}
            />
          </div>
        </div>
      </header>
      <main id="main" className="k-main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<FeedPage />} />
          <Route path="/ideas/:id" element={<IdeaPage />} />
          <Route path="/compose" element={<ComposePage />} />
          <Route path="/people" element={<PeoplePage />} />
          <Route path="/people/:id" element={<PersonPage />} />
          <Route path="/me" element={<Navigate to={`/people/${encodeURIComponent(viewer.id)}`} replace />} />
          <Route path="/board" element={<BoardPage />} />
          <Route path="/about" element={<HowCreditWorksPage />} />
          <Route path="/help" element={<HowCreditWorksPage />} />
          <Route path="/dashboard" element={<DashboardPage />} />
          <Route path="/campaigns" element={<CampaignsPage />} />
          <Route path="/campaigns/new" element={<OpenCampaignPage />} />
          <Route path="/campaigns/:id" element={<CampaignPage />} />
          <Route path="/settings/tokens" element={<TokensPage />} />
          <Route path="/notifications" element={<NotificationsPage />} />
          <Route path="/settings/notifications" element={<NotificationSettingsPage />} />
          <Route path="/admin/criteria" element={<CriteriaPage />} />
          {isReviewer && <Route path="/review" element={<ReviewQueuePage />} />}
          <Route path="/moderation" element={viewer.role === 'ADMIN' ? <ModerationPage /> : <NotFound />} />
          <Route path="/admin/deliveries" element={viewer.role === 'ADMIN' ? <DeadLettersPage /> : <NotFound />} />
          <Route path="/admin/webhooks" element={viewer.role === 'ADMIN' ? <WebhooksPage /> : <NotFound />} />
          <Route path="/admin/webhooks/:id" element={viewer.role === 'ADMIN' ? <WebhookPage /> : <NotFound />} />
          <Route
            path="/lab/lineage"
            element={
              <Suspense fallback={<LoadingState />}>
                <LineageLabPage />
              </Suspense>
            }
          />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </main>
      <footer className="k-footer">
        <div className="k-footer__inner">
          <span>
            {t('app.name')} — {t('credit.lead')}
          </span>
          <Link to="/about">
            <HelpCircle size={14} aria-hidden /> {t('about.title')}
          </Link>
          <Link to="/people">
            <Contact size={14} aria-hidden /> {t('find.nav')}
          </Link>
          <a href="/graphql">
            <Braces size={14} aria-hidden /> {t('nav.api')}
          </a>
          {viewer.role === 'ADMIN' && (
            <Link to="/admin/webhooks">
              <Webhook size={14} aria-hidden /> {t('webhooks.nav')}
            </Link>
          )}
        </div>
      </footer>
    </div>
  );
}

function NotFound() {
  return (
    <Card>
      <NotFoundState />
    </Card>
  );
}

/** Signed in: the app at the requested deep link. Signed out: the sign-in page (the URL is kept). */
export function App() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(viewerQuery, { fetchPolicy: 'cache-first' });
  if (!data && loading)
    return (
      <main className="k-main" id="main">
        <LoadingState lines={4} />
      </main>
    );
  if (!data)
    return (
      <main className="k-main" id="main">
        <Card>
          <ErrorState message={error ? describeError(t, error) : undefined} onRetry={error ? retryFor(error, refetch) : () => void refetch()} />
        </Card>
      </main>
    );
  const banner = <DevSignInBanner exposed={data.authSettings.devSignInExposed} />;
  if (!data.viewer)
    return (
      <>
        {banner}
        <SignInPage devSignIn={data.authSettings.devSignIn} />
      </>
    );
  return (
    <ViewerProvider viewer={data.viewer}>
      {banner}
      <Shell viewer={data.viewer} />
    </ViewerProvider>
  );
}
