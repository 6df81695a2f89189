import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n';
import { originPattern } from '@/utils/portals/organization';

type HostState = 'allowed' | 'not-yet' | 'denied';

/**
 * The organization's own sign-in hosts from policy, each with an "Allow" button: the browser asks the person
 * for that one host (an optional permission), and the service worker then registers the content script there.
 */
export function OrganizationHosts({ hosts }: { hosts: readonly string[] }) {
  const { t } = useI18n();
  const [states, setStates] = useState<Readonly<Record<string, HostState>>>({});
  useEffect(() => {
    void Promise.all(hosts.map((host) => browser.permissions.contains({ origins: [originPattern(host)] }))).then((granted) =>
      setStates(Object.fromEntries(hosts.map((host, index) => [host, granted[index] ? 'allowed' : 'not-yet']))),
    );
  }, [hosts.join(' ')]);
  if (hosts.length === 0) return null;
  const allow = async (host: string) => {
    const granted = await browser.permissions.request({ origins: [originPattern(host)] }).catch(() => false);
    setStates((current) => ({ ...current, [host]: granted ? 'allowed' : 'denied' }));
  };
  return (
    <section aria-labelledby="hosts-heading" data-section="organization-hosts">
      <h2 id="hosts-heading">{t('options.extraHostsHeading')}</h2>
      <p>{t('options.extraHostsLead')}</p>
      <ul class="hosts">
        {hosts.map((host) => (
          <li key={host} data-host={host} data-state={states[host] ?? 'not-yet'}>
            {states[host] === 'allowed' ? (
              <span>{t('options.extraHostAllowed', { host })}</span>
            ) : (
              <>
                <button type="button" class="action" onClick={() => void allow(host)}>
                  {t('options.extraHostAllow', { host })}
                </button>
                {states[host] === 'denied' && <p class="muted">{t('options.extraHostDenied', { host })}</p>}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
