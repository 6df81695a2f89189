// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { afterEach, describe, expect, test, vi } from 'vitest';
import { hasShownControls, pageShape } from '@/utils/steps/page-shape';

const secret = {
  typed: 'hunter2-Typed-Secret',
  attribute: 'Attr-Secret-4242',
  text: 'Shown-Text-Secret',
  query: 'Query-Secret-77',
  email: 'someone.private@example.org',
};

/** A page we do not know, with something typed, something written in value attributes, text, and a query. */
function unknownPage(): { document: Document; url: URL } {
  const document = new DOMParser().parseFromString(
    `<!doctype html><html><head><meta name="PageID" content="NewView2027"><title>${secret.text}</title></head><body>
      <form id="newForm" action="/post?token=${secret.query}">
        <h1 class="title">${secret.text}</h1>
        <p>${secret.email}</p>
        <input type="email" id="emailBox" name="loginfmt" value="${secret.email}" placeholder="${secret.text}" aria-label="${secret.text}">
        <input type="password" id="pwd" name="passwd">
        <input type="hidden" name="flowToken" value="${secret.attribute}">
        <input type="text" id="${secret.email}" data-testid="box-5550199123">
        <input type="tel" id="phone5551234567">
        <div role="button" data-testid="primaryButton" title="${secret.text}">${secret.text}</div>
        <iframe id="helper" src="https://example.org/frame?x=${secret.query}"></iframe>
        <button type="submit" id="go">${secret.text}</button>
      </form>
    </body></html>`,
    'text/html',
  );
  document.querySelector<HTMLInputElement>('#pwd')!.value = secret.typed;
  document.querySelector<HTMLInputElement>('#emailBox')!.value = `${secret.typed}@example.org`;
  const url = new URL(`https://login.microsoftonline.com/common/newstep?code=${secret.query}#frag-${secret.query}`);
  return { document, url };
}

describe("the page's shape for the developers", () => {
  afterEach(() => vi.restoreAllMocks());

  test('names the host, the path, the page id and the shown elements by tag, id, name, type, test id and role', () => {
    const { document, url } = unknownPage();
    const shape = pageShape(document, url);
    expect(shape).toContain('host: login.microsoftonline.com');
    expect(shape).toContain('path: /common/newstep\n');
    expect(shape).toContain('page id: NewView2027');
    expect(shape).toContain('form#newForm');
    expect(shape).toContain('input#emailBox[name=loginfmt][type=email]');
    expect(shape).toContain('input#pwd[name=passwd][type=password]');
    expect(shape).toContain('div[data-testid=primaryButton][role=button]');
    expect(shape).toContain('button#go[type=submit]');
  });

  test('carries nothing typed, no value, no text, no query or fragment, no address and no number-like id', () => {
    const { document, url } = unknownPage();
    const value = vi.spyOn(HTMLInputElement.prototype, 'value', 'get');
    const shape = pageShape(document, url);
    expect(value).not.toHaveBeenCalled();
    for (const leaked of Object.values(secret)) expect(shape).not.toContain(leaked);
    expect(shape).not.toMatch(/example\.org|@|\?|#frag|flowToken|5551234567|5550199123/);
  });

  test('the no-leak check can fail: the secrets are on the page it reads', () => {
    const { document, url } = unknownPage();
    const page = `${document.documentElement.outerHTML}${url.href}${document.querySelector<HTMLInputElement>('#pwd')!.value}`;
    for (const leaked of Object.values(secret)) expect(page).toContain(leaked);
  });

  test('is offered only where a form or a button is shown', () => {
    expect(hasShownControls(unknownPage().document)).toBe(true);
    const empty = new DOMParser().parseFromString('<body><div id="spinner" role="progressbar"></div></body>', 'text/html');
    expect(hasShownControls(empty)).toBe(false);
  });

  test('leaves out our own panel and hidden elements, and lists at most 150 elements', () => {
    const many = Array.from({ length: 400 }, (_, index) => `<button id="b${index}"></button>`).join('');
    const document = new DOMParser().parseFromString(
      `<body><sign-in-assistant id="ours"></sign-in-assistant><div hidden><input id="hiddenBox"></div>${many}</body>`,
      'text/html',
    );
    const shape = pageShape(document, new URL('https://login.live.com/'));
    expect(shape).not.toContain('ours');
    expect(shape).not.toContain('hiddenBox');
    expect(shape.split('\n').filter((line) => line.startsWith('  '))).toHaveLength(150);
  });
});
