import { LinkList } from './LinkList';
import type { Advice } from '@/utils/advice';

/** Advice for the current step: a heading, a few words and the links, for the panel and the popup alike. */
export function AdviceList({ advice }: { advice: readonly Advice[] }) {
  return (
    <div class="advice">
      {advice.map((item) => (
        <section key={item.id} class="advice-item" data-advice={item.id}>
          <h3>{item.title}</h3>
          <p>{item.body}</p>
          <LinkList links={item.links} />
        </section>
      ))}
    </div>
  );
}
