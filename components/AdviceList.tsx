import { LinkList } from './LinkList';
import type { Advice } from '@/utils/advice';

/**
 * Advice for the current step: a heading, what the page shows (facts), a plain warning, a few words and the links,
 * for the panel and the popup alike. Every text is drawn as text, page-supplied words included.
 */
export function AdviceList({ advice }: { advice: readonly Advice[] }) {
  return (
    <div class="advice">
      {advice.map((item) => (
        <section key={item.id} class="advice-item" data-advice={item.id}>
          <h3>{item.title}</h3>
          {item.facts && item.facts.length > 0 && (
            <ul class="facts">
              {item.facts.map((fact) => (
                <li key={fact}>{fact}</li>
              ))}
            </ul>
          )}
          {item.alert && (
            <p class="alert">
              <strong>{item.alert}</strong>
            </p>
          )}
          <p>{item.body}</p>
          <LinkList links={item.links} />
        </section>
      ))}
    </div>
  );
}
