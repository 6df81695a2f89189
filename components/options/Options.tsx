import { useEffect, useState } from 'preact/hooks';
import { GuardSwitch } from './GuardSwitch';
import { LanguagePicker } from './LanguagePicker';
import { OrganizationHosts } from './OrganizationHosts';
import { PolicySummary } from './PolicySummary';
import { SettingSwitch } from './SettingSwitch';
import { useI18n } from '@/components/i18n';
import { useStored } from '@/components/use-stored';
import { readPolicy, type PolicyReading } from '@/platform/policy-reader';
import { cloudLookupEnabled, dismissedHosts, panelEnabled } from '@/platform/settings';
import { emptyPolicy } from '@/utils/policy';

/** The options page: the person's own switches, sites where the panel is off, and the organization's policy. */
export function Options() {
  const { t } = useI18n();
  const [reading, setReading] = useState<PolicyReading | undefined>(undefined);
  useEffect(() => void readPolicy().then(setReading), []); // can take seconds after start-up
  const policy = reading?.policy ?? emptyPolicy;
  return (
    <main>
      <h1>{t('options.title')}</h1>
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t('options.yourSettings')}</h2>
        <SettingSwitch
          item={panelEnabled}
          name="panel"
          label={t('options.panel')}
          help={t('options.panelHelp')}
          lockedOff={policy.hidePanel}
        />
        <SettingSwitch
          item={cloudLookupEnabled}
          name="cloudLookup"
          label={t('options.lookup')}
          help={t('options.lookupHelp')}
          lockedOff={policy.disableCloudLookup}
        />
        <GuardSwitch {...(policy.lookalikeGuard ? { policyMode: policy.lookalikeGuard } : {})} />
        <LanguagePicker />
      </section>
      <DismissedSites />
      <OrganizationHosts hosts={policy.extraSignInHosts} />
      {reading ? <PolicySummary reading={reading} /> : <p aria-busy="true" />}
    </main>
  );
}

/** Sites where the person pressed "Don't show on this site", each with a way back. */
function DismissedSites() {
  const { t } = useI18n();
  const hosts = useStored(dismissedHosts) ?? [];
  return (
    <section aria-labelledby="dismissed-heading" data-section="dismissed">
      <h2 id="dismissed-heading">{t('options.dismissedHeading')}</h2>
      {hosts.length === 0 ? (
        <p class="muted">{t('options.dismissedNone')}</p>
      ) : (
        <ul class="hosts">
          {hosts.map((host) => (
            <li key={host}>
              <button type="button" class="action" onClick={() => void dismissedHosts.remove(host)}>
                {t('options.dismissedRestore', { host })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
