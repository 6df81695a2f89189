import { useI18n } from './i18n';
import { LinkList } from './LinkList';
import type { Warning } from '@/utils/warnings/types';

/** A warning: what is wrong, why it appeared, where to go instead, and "not my case". Announced, never focused. */
export function WarningNotice({ warning, onDismiss }: { warning: Warning; onDismiss?: () => void }) {
  const { t } = useI18n();
  return (
    <section class="warning" role="alert" data-warning={warning.id}>
      <h3>{warning.title}</h3>
      <p>{warning.body}</p>
      <p class="muted">{t('warning.why', { reason: warning.reason })}</p>
      <LinkList links={warning.links} />
      {onDismiss && (
        <button type="button" class="quiet" data-action="dismiss-warning" onClick={onDismiss}>
          {t('warning.notMyCase')}
        </button>
      )}
    </section>
  );
}
