import { useState } from 'preact/hooks';
import { LinkList } from './LinkList';
import type { ErrorHelp } from '@/utils/errors/explain';

const fixers = {
  you: 'You can usually fix this yourself.',
  admin: "Your organization's IT admin needs to fix this.",
  app: "The app's owner needs to fix this.",
} as const;

/** What an `AADSTS` error means, what to try, what to tell IT, and a button that copies the details for the helpdesk. */
export function ErrorExplainer({ error, onCopy }: { error: ErrorHelp; onCopy?: () => Promise<void> }) {
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
      <h3 id="error-heading">Error AADSTS{error.code}</h3>
      {explanation ? (
        <>
          <p>{explanation.what}</p>
          <p>
            <strong>What you can do: </strong>
            {explanation.youCan}
          </p>
          <p class="muted">{fixers[explanation.fixedBy]}</p>
          <p>
            <strong>Tell your IT desk: </strong>
            {explanation.tellIt}
          </p>
        </>
      ) : (
        <p>We have no offline explanation for this code. Microsoft's error page describes it.</p>
      )}
      <LinkList links={[{ label: `Look up AADSTS${error.code}`, url: error.lookupUrl }]} />
      {onCopy && (
        <p>
          <button type="button" class="action" data-action="copy-details" onClick={copy}>
            Copy details for your helpdesk
          </button>{' '}
          <span role="status" class="muted">
            {copied === 'done' ? 'Copied.' : copied === 'failed' ? 'Could not copy; select the text instead.' : ''}
          </span>
        </p>
      )}
    </section>
  );
}
