import { render } from 'preact';
import { Card } from './Card';
import type { CardModule } from './card-module';
import { I18nContext } from '@/components/i18n';
import contentCss from '@/components/content.css?inline';
import cardCss from './card.css?inline';

/** The card drawn with Preact, with the shared content styles and its own. */
export const cardModule: CardModule = {
  css: contentCss + cardCss,
  draw(slot, props, i18n) {
    render(
      props ? (
        <I18nContext.Provider value={i18n}>
          <Card {...props} />
        </I18nContext.Provider>
      ) : null,
      slot,
    );
  },
};
