import type { HelpTopic } from './topics';

/** Lower case, no accents, full-width letters folded, runs of space and punctuation made one space. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

/**
 * The topics matching a query, best first. Every word of the query must appear in the topic's title, text,
 * keywords or the `alsoMatch` words (English keywords, so "password" finds topics in every language); words are
 * matched as substrings, which also suits Chinese, Japanese and Korean written without spaces. Title hits rank
 * first; an empty query returns every topic in its order.
 */
export function searchTopics(topics: readonly HelpTopic[], query: string, alsoMatch: Readonly<Record<string, string>> = {}): HelpTopic[] {
  const words = normalizeForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...topics];
  const scored = topics.flatMap((topic, order) => {
    const title = normalizeForSearch(topic.title);
    const all = normalizeForSearch(
      [topic.title, topic.body, topic.keywords, alsoMatch[topic.id] ?? '', ...topic.links.map((link) => link.label)].join(' '),
    );
    if (!words.every((word) => all.includes(word))) return [];
    const titleHits = words.filter((word) => title.includes(word)).length;
    return [{ topic, score: titleHits, order }];
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map(({ topic }) => topic);
}
