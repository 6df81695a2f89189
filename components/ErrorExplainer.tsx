import { useState } from 'preact/hooks';
import { useI18n } from './i18n';
import { LinkList } from './LinkList';
import type { ErrorHelp } from '@/utils/errors/explain';

const fixers = {
  you: 'error.fixedByYou',
  admin: 'error.fixedByAdmin',
  app: 'error.fixedByApp',
  microsoft: 'error.fixedByMicrosoft',
  unknown: 'error.fixedByUnknown',
} as const;

/**
 * What an `AADSTS` error means (its kind, in plain words), who can fix it, what to try, what to tell IT, Microsoft's
 * lookup link, and a button that copies the details for the helpdesk. A code no table knows gets the `unknown` kind.
 */
export function ErrorExplainer({ error, onCopy }: { error: ErrorHelp; onCopy?: () => Promise<void> }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = () => {
    void onCopy?.().then(
      () => setCopied('done'),
      () => setCopied('failed'),
    );
  };
  const { explanation } = error;
  return (
    <section class="error" aria-labelledby="error-heading">
      <h3 id="error-heading">{t('error.heading', { code: error.code })}</h3>
      <p class="muted" data-error-kind={explanation.kind}>
        {explanation.kindTitle}
      </p>
      <p>{explanation.what}</p>
      <p>
        <strong>{t('error.youCan')} </strong>
        {explanation.youCan}
      </p>
      <p class="muted">{t(fixers[explanation.fixedBy])}</p>
      <p>
        <strong>{t('error.tellIt')} </strong>
        {explanation.tellIt}
      </p>
      <LinkList links={[{ label: t('error.lookup', { code: error.code }), url: error.lookupUrl }]} />
      {onCopy && (
        <p>
          <button type="button" class="action" data-action="copy-details" onClick={copy}>
            {t('error.copy')}
          </button>{' '}
          <span role="status" class="muted">
            {copied === 'done' ? t('error.copied') : copied === 'failed' ? t('error.copyFailed') : ''}
          </span>
        </p>
      )}
    </section>
  );
}
