import { TriangleAlert } from 'lucide-react';
import { useI18n } from '@kindling/web/util';

/** On every page while dev sign-in is on and the server is reachable from other machines (see authSettings). */
export function DevSignInBanner({ exposed }: { exposed: boolean }) {
  const { t } = useI18n();
  if (!exposed) return null;
  return (
    <div className="k-devbanner" role="alert" data-testid="dev-sign-in-banner">
      <TriangleAlert size={18} aria-hidden />
      <span>{t('devSignIn.exposed')}</span>
    </div>
  );
}
