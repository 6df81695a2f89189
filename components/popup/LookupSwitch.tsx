import { useEffect, useState } from 'preact/hooks';
import { readPolicy } from '@/utils/extension/policy';
import { cloudLookupEnabled } from '@/utils/extension/settings';

/** The person's switch for the cloud lookup; locked off, and saying so, when the organization's policy turns it off. */
export function LookupSwitch() {
  const [enabled, setEnabled] = useState<boolean | undefined>(undefined);
  const [lockedOff, setLockedOff] = useState(false);
  useEffect(() => {
    void cloudLookupEnabled.getValue().then(setEnabled);
    void readPolicy().then(({ policy }) => setLockedOff(policy.disableCloudLookup)); // can take seconds after start-up
  }, []);
  if (enabled === undefined) return null;
  return (
    <section class="setting">
      <label>
        <input
          type="checkbox"
          name="cloudLookup"
          checked={enabled && !lockedOff}
          disabled={lockedOff}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            setEnabled(on);
            void cloudLookupEnabled.setValue(on);
          }}
        />{' '}
        Check which Microsoft cloud my organization uses
      </label>
      <p class="muted">
        {lockedOff
          ? 'Turned off by your organization.'
          : 'Sends only the part of your address after the @ to login.microsoftonline.com, once a day at most.'}
      </p>
    </section>
  );
}
