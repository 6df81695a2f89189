import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerCardModule } from '@/components/panel/card-module';
import { cardModule } from '@/components/panel/card-script';

// The panel's card, imported by the sign-in page's content script the first time the card opens
// (content/card-loader.ts), into the extension's own script world.
export default defineUnlistedScript(() => registerCardModule(cardModule));
