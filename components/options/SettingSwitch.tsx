import { useI18n } from '@/components/i18n';
import { useStored } from '@/components/use-stored';
import type { LocalItem } from '@/platform/local-item';

/** A checkbox bound to a stored on/off setting; shown off and locked, saying so, when policy turns it off. */
export function SettingSwitch(props: { item: LocalItem<boolean>; name: string; label: string; help: string; lockedOff: boolean }) {
  const { t } = useI18n();
  const { item, name, label, help, lockedOff } = props;
  const on = useStored(item);
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
          onChange={(event) => void item.setValue(event.currentTarget.checked)}
        />{' '}
        {label}
      </label>
      <p class="muted" id={helpId}>
        {lockedOff ? t('options.lockedByPolicy') : help}
      </p>
    </div>
  );
}
