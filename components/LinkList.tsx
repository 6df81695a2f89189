import type { AdviceLink } from '@/utils/advice/types';

/** A list of outbound links, each opening in a new tab without telling the target where it came from. */
export function LinkList({ links }: { links: readonly AdviceLink[] }) {
  return (
    <ul class="links">
      {links.map((link) => (
        <li key={link.url + link.label}>
          <a href={link.url} target="_blank" rel="noopener noreferrer">
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
