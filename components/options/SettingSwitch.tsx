import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import type { LocalItem } from '@/utils/extension/local-item';

/** A checkbox bound to a stored on/off setting; shown off and locked, saying so, when policy turns it off. */
export function SettingSwitch(props: { item: LocalItem<boolean>; name: string; label: string; help: string; lockedOff: boolean }) {
  const { t } = useI18n();
  const { item, name, label, help, lockedOff } = props;
  const [on, setOn] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    void item.getValue().then(setOn);
    return item.watch(setOn);
  }, [item]);
  if (on === undefined) return null;
  const helpId = `${name}-help`;
  return (
    <div class="setting">
      <label>
        <input
          type="checkbox"
          name={name}
          checked={on && !lockedOff}
          disabled={lockedOff}
          aria-describedby={helpId}
          onChange={(event) => {
            const value = event.currentTarget.checked;
            setOn(value);
            void item.setValue(value);
          }}
        />{' '}
        {label}
      </label>
      <p class="muted" id={helpId}>
        {lockedOff ? t('options.lockedByPolicy') : help}
      </p>
    </div>
  );
}
