import { useI18n } from './i18n';
import type { Helpdesk } from '@/utils/policy';

/** The organization's helpdesk from policy: its name, website, email and phone, each only if set. */
export function HelpdeskCard({ helpdesk }: { helpdesk: Helpdesk }) {
  const { t } = useI18n();
  return (
    <section class="helpdesk" aria-labelledby="helpdesk-heading" data-helpdesk="">
      <h3 id="helpdesk-heading">{helpdesk.name ?? t('helpdesk.heading')}</h3>
      <ul class="links">
        {helpdesk.url && (
          <li>
            <a href={helpdesk.url} target="_blank" rel="noopener noreferrer">
              {t('helpdesk.website')}
            </a>
          </li>
        )}
        {helpdesk.email && (
          <li>
            <a href={`mailto:${helpdesk.email}`}>{t('helpdesk.email', { email: helpdesk.email })}</a>
          </li>
        )}
        {helpdesk.phone && (
          <li>
            <a href={`tel:${helpdesk.phone.replace(/[^+0-9]/g, '')}`}>{t('helpdesk.phone', { phone: helpdesk.phone })}</a>
          </li>
        )}
      </ul>
    </section>
  );
}
