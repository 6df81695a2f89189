import { useI18n } from '@/components/i18n';
import { guardEdition } from '@/platform/edition';
import type { PolicyReading } from '@/platform/policy-reader';
import { dynamicKey } from '@/utils/i18n/translate';
import { cloudName } from '@/utils/portals/clouds';

/** What the organization's policy sets, and each value it ignored with the reason, so an admin can fix it. */
export function PolicySummary({ reading }: { reading: PolicyReading }) {
  const { t } = useI18n();
  const { policy, problems } = reading;
  const facts = [
    policy.expectedCloud && t('options.policyExpectedCloud', { cloud: cloudName(policy.expectedCloud, t) }),
    policy.organizationDomains.length > 0 && t('options.policyDomains', { domains: policy.organizationDomains.join(', ') }),
    policy.helpdesk?.name && t('options.policyHelpdesk', { name: policy.helpdesk.name }),
    // Only the organization edition reports; people see where their detections go.
    guardEdition && policy.reportWebhook && t('options.policyReports', { host: new URL(policy.reportWebhook.url).host }),
  ].filter((fact): fact is string => Boolean(fact));
  const nothingSet =
    facts.length === 0 && problems.length === 0 && !policy.hidePanel && !policy.disableCloudLookup && policy.extraSignInHosts.length === 0;
  return (
    <section aria-labelledby="policy-heading" data-section="policy">
      <h2 id="policy-heading">{t('options.policyHeading')}</h2>
      {nothingSet ? (
        <p class="muted">{t('options.policyNone')}</p>
      ) : (
        <ul class="facts-list">
          {facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <ul class="problems" data-policy-problems="">
          {problems.map((problem, index) => (
            <li key={index} class="note">
              {t('options.policyIgnored', {
                field: problem.field,
                reason: t(dynamicKey('problem', problem.reason), { value: problem.value ?? '' }),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
