import { useMemo, useState } from 'preact/hooks';
import { CloudChooser } from './CloudChooser';
import { HelpdeskCard } from '@/components/HelpdeskCard';
import { useI18n } from '@/components/i18n';
import { LinkList } from '@/components/LinkList';
import { searchTopics } from '@/utils/help-center/search';
import { helpTopics, type HelpTopic } from '@/utils/help-center/topics';
import type { Helpdesk } from '@/utils/policy';

/** What the help center is given: the helpdesk from policy, English keywords, and which topic starts open. */
export interface HelpCenterProps {
  readonly helpdesk?: Helpdesk;
  /** Each topic's English keywords, so English words find topics in any language. */
  readonly englishKeywords: Readonly<Record<string, string>>;
  /** The topic shown open before any search (on a tab that is not a sign-in page: where to sign in). */
  readonly openTopic?: string;
}

/** The help center: a search box over the topics people need when stuck, each opening to a few words and links. */
export function HelpCenter({ helpdesk, englishKeywords, openTopic }: HelpCenterProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const topics = useMemo(() => helpTopics({ t, helpdeskName: helpdesk?.name }), [t, helpdesk?.name]);
  const shown = searchTopics(topics, query, englishKeywords);
  const searching = query.trim() !== '';
  return (
    <section class="help-center" aria-labelledby="help-center-heading">
      <h2 id="help-center-heading">{t('popup.helpCenter')}</h2>
      <label class="search">
        <span>{t('topics.searchLabel')}</span>
        <input
          type="search"
          name="topic-search"
          value={query}
          placeholder={t('topics.searchPlaceholder')}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </label>
      <p class="muted" role="status">
        {searching
          ? shown.length === 0
            ? t('topics.noMatch', { query: query.trim() })
            : t('topics.matches', { count: shown.length })
          : ''}
      </p>
      {shown.map((topic) => (
        <Topic
          key={topic.id}
          topic={topic}
          open={searching ? shown.length <= 2 : topic.id === openTopic}
          helpdesk={topic.id === 'contact-admin' ? helpdesk : undefined}
        />
      ))}
    </section>
  );
}

function Topic({ topic, open, helpdesk }: { topic: HelpTopic; open: boolean; helpdesk?: Helpdesk }) {
  return (
    <details class="topic" data-topic={topic.id} open={open}>
      <summary>{topic.title}</summary>
      {topic.id === 'where-to-sign-in' ? (
        <CloudChooser lead={false} />
      ) : (
        <>
          <p>{topic.body}</p>
          {helpdesk && <HelpdeskCard helpdesk={helpdesk} />}
          <LinkList links={topic.links} />
        </>
      )}
    </details>
  );
}
