import { useI18n } from './i18n';
import type { AdviceLink } from '@/utils/advice/types';
import { localizeHelpUrl } from '@/utils/i18n/localize-url';

/**
 * A list of outbound links, each opening in a new tab without telling the target where it came from; Microsoft
 * Support and Learn links open in the person's language.
 */
export function LinkList({ links }: { links: readonly AdviceLink[] }) {
  const { locale } = useI18n();
  return (
    <ul class="links">
      {links.map((link) => (
        <li key={link.url + link.label}>
          <a href={localizeHelpUrl(link.url, locale)} target="_blank" rel="noopener noreferrer">
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
