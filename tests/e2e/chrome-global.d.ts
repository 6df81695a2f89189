// Functions the tests run inside the extension's service worker use the `chrome` global.
declare const chrome: typeof import('@wxt-dev/browser').browser;
