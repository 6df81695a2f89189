import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n';
import { useStored } from '@/components/use-stored';
import { guardEdition } from '@/platform/edition';
import { lookalikeGuardEnabled, trustedLookalikeHosts } from '@/platform/settings';
import { guardPermissions } from '@/utils/lookalike';
import type { GuardMode } from '@/utils/policy';

/**
 * "Warn me about fake Microsoft sign-in pages": switching it on asks the browser, at that moment, to let the
 * extension look at pages on all https sites; switching it off gives that permission back (the organization
 * edition declares it instead). Shown locked when the organization's policy decides. Below it, the sites the person
 * trusts despite a warning, each with a way back.
 */
export function GuardSwitch({ policyMode }: { policyMode?: GuardMode }) {
  const { t } = useI18n();
  const on = useStored(lookalikeGuardEnabled);
  const trusted = useStored(trustedLookalikeHosts) ?? [];
  const [denied, setDenied] = useState(false);
  if (on === undefined) return null;
  const locked = policyMode !== undefined;
  const change = async (wanted: boolean) => {
    setDenied(false);
    if (!wanted) {
      await lookalikeGuardEnabled.setValue(false);
      if (!guardEdition)
        await browser.permissions
          .remove({ permissions: [...guardPermissions.permissions], origins: [...guardPermissions.origins] })
          .catch(() => false);
      return;
    }
    const granted =
      guardEdition ||
      (await browser.permissions
        .request({ permissions: [...guardPermissions.permissions], origins: [...guardPermissions.origins] })
        .catch(() => false));
    if (granted) await lookalikeGuardEnabled.setValue(true);
    else setDenied(true);
  };
  return (
    <div class="setting" data-setting="lookalike-guard">
      <label>
        <input
          type="checkbox"
          name="lookalikeGuard"
          checked={locked ? policyMode !== 'off' : on}
          disabled={locked}
          aria-describedby="lookalike-guard-help"
          onChange={(event) => void change(event.currentTarget.checked)}
        />{' '}
        {t('options.guard')}
      </label>
      <p class="muted" id="lookalike-guard-help">
        {locked ? t('options.lockedByPolicy') : t('options.guardHelp')}
      </p>
      {denied && <p class="muted">{t('options.guardDenied')}</p>}
      {trusted.length > 0 && (
        <ul class="hosts" aria-label={t('options.trustedHeading')}>
          {trusted.map((host) => (
            <li key={host}>
              <button type="button" class="action" onClick={() => void trustedLookalikeHosts.remove(host)}>
                {t('options.trustedRemove', { host })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
