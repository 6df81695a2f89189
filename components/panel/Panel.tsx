import { useState } from 'preact/hooks';
import { PortalSummary } from '@/components/PortalSummary';
import { cloudLabels } from '@/utils/portals/clouds';
import type { Portal } from '@/utils/portals/types';

/** What the in-page panel is told about the page. */
export interface PanelProps {
  /** The portal this page belongs to. */
  portal: Portal;
  /** Turn the panel off for this site (remembered). */
  onDismiss: () => void;
}

/** The in-page panel: a small chip that opens into a card about this portal. */
export function Panel({ portal, onDismiss }: PanelProps) {
  const [open, setOpen] = useState(false);
  const badge = cloudLabels[portal.cloud].badge;
  // Escape closes the card while focus is in the panel; the page's own Escape handling is left alone.
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) setOpen(false);
  };

  return (
    <div class="dock" onKeyDown={closeOnEscape}>
      {open && (
        <section class="card" id="sign-in-assistant-card" aria-label="Sign-in Assistant">
          <header class="card-head">
            <h2>Sign-in help</h2>
            <button type="button" class="icon" aria-label="Close" onClick={() => setOpen(false)}>
              ×
            </button>
          </header>
          <PortalSummary portal={portal} />
          <footer class="card-foot">
            <button type="button" class="quiet" data-action="dismiss" onClick={onDismiss}>
              Don't show on this site
            </button>
          </footer>
        </section>
      )}
      <button
        type="button"
        class="chip"
        aria-expanded={open}
        aria-controls="sign-in-assistant-card"
        onClick={() => setOpen(!open)}
      >
        <span class="chip-mark" aria-hidden="true">
          ?
        </span>
        Sign-in help
        {badge && <span class="chip-tag">{badge}</span>}
      </button>
    </div>
  );
}
