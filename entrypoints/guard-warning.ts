import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { showLookalikeWarning } from '@/content/guard/warning';

// The guard's third stage, injected by the service worker (in an extension world) only into a page the detector
// found to imitate Microsoft's sign-in, or whose frame does: the warning, at the top page.
export default defineUnlistedScript(() => {
  void showLookalikeWarning(document);
});
