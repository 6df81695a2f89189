import type { PageEvidence } from './types';

/** What makes an input a credential field, as data: the detector matches it as a selector, the tripwire in script. */
export interface CredentialFieldRules {
  /** Input types (`password`, `email`). */
  readonly types: readonly string[];
  /** Exact names and ids (Microsoft's account fields). */
  readonly names: readonly string[];
  readonly ids: readonly string[];
  /** Tokens of the `autocomplete` attribute. */
  readonly autocomplete: readonly string[];
  /** An attribute and a word its value holds, in any case (`name` holding "user"). */
  readonly contains: ReadonlyArray<readonly [attribute: string, word: string]>;
}

/**
 * A field people type an account, a password or a sign-in code into: password and email boxes, Microsoft's own
 * account fields, one-time-code boxes, and text boxes whose name, label or placeholder asks for an email or user
 * name. Pages without one (or Microsoft's number display) are never judged.
 */
export const credentialFieldRules: CredentialFieldRules = {
  types: ['password', 'email'],
  names: ['loginfmt', 'otc'],
  ids: ['usernameEntry'],
  autocomplete: ['username', 'current-password', 'one-time-code'],
  contains: [
    ['placeholder', 'mail'],
    ['aria-label', 'mail'],
    ['name', 'email'],
    ['name', 'user'],
    ['name', 'login'],
    ['name', 'pass'],
  ],
};

/** {@link credentialFieldRules} as one selector list, for the detector (the tripwire matches the rules in script). */
export const credentialFieldSelector = [
  ...credentialFieldRules.types.map((type) => `input[type="${type}"]`),
  ...credentialFieldRules.names.map((name) => `input[name="${name}"]`),
  ...credentialFieldRules.ids.map((id) => `input#${id}`),
  ...credentialFieldRules.autocomplete.map((token) => `input[autocomplete~="${token}"]`),
  ...credentialFieldRules.contains.map(([attribute, word]) => `input[${attribute}*="${word}" i]`),
].join(', ');

/**
 * The account and password boxes' words, in the languages the wording covers, as a placeholder or label says them.
 * Matched in script against the page's few inputs rather than as 44 more attribute selectors: a selector list that
 * long cost 3.9 ms to parse and match on first use on a small login page (Chromium 156), the whole guard budget.
 */
export const credentialFieldWords =
  /skype|correo|courriel|usuario|usuário|utilisateur|benutzer|gebruiker|utente|senha|contraseña|kennwort|passwort|wachtwoord|mot de passe|パスワード|メール|암호|이메일|密码|邮箱|电子邮件/i;

/** Whether an input's placeholder or label asks, in words, for an account or a password. */
export function asksForCredential(input: Element): boolean {
  return credentialFieldWords.test(`${input.getAttribute('placeholder') ?? ''} ${input.getAttribute('aria-label') ?? ''}`);
}

/**
 * The number to type into Authenticator, shown with no field at all: the step a relay shows right after the
 * password, where approving gives the attacker the session. The ids are the ones the step readers know, with their
 * sources (utils/steps/converged.ts: `idRichContext_DisplaySign`, `idRemoteNGC_DisplaySign`; utils/steps/live.ts:
 * the test id `displaySign`).
 */
export const numberShownSelector = '#idRichContext_DisplaySign, #idRemoteNGC_DisplaySign, [data-testid="displaySign"]';

const maxNeighbourhood = 400;
const maxElements = 800;
const maxText = 200;

/** Whether a text box is masked like a password (`-webkit-text-security`), in its own style or as the page styles it. */
function masked(input: Element): boolean {
  if (/text-security\s*:\s*(disc|circle|square)/i.test(input.getAttribute('style') ?? '')) return true;
  const view = input.ownerDocument.defaultView;
  const computed = view?.getComputedStyle ? view.getComputedStyle(input).getPropertyValue('-webkit-text-security') : '';
  return computed !== '' && computed !== 'none';
}

/** The credential fields of the page and of the evidence's shadow roots, masked text boxes included (at most 20). */
export function credentialFields(evidence: PageEvidence): Element[] {
  const roots: ParentNode[] = [evidence.document, ...(evidence.shadowRoots ?? [])];
  const found = roots.flatMap((root) => [...root.querySelectorAll(`${credentialFieldSelector}, ${numberShownSelector}`)]);
  const boxes = roots.flatMap((root) => [...root.querySelectorAll('input:not([type]), input[type="text"]')].slice(0, 50));
  return [...found, ...boxes.filter((box) => !found.includes(box) && (asksForCredential(box) || masked(box)))].slice(0, 20);
}

/**
 * The part of the page around each credential field: its ancestors up to the largest one with at most 400
 * elements (a sign-in box and its heading, logo and links; on a small kit page, the whole body). Never the whole
 * text of a large page.
 */
export function neighbourhoods(evidence: PageEvidence): Element[] {
  const found: Element[] = [];
  for (const field of credentialFields(evidence)) {
    let area: Element = field;
    for (
      let parent = area.parentElement;
      parent && parent.getElementsByTagName('*').length <= maxNeighbourhood;
      parent = parent.parentElement
    ) {
      area = parent;
    }
    if (!found.some((known) => known.contains(area))) found.push(area);
  }
  return found.slice(0, 5);
}

const attributesRead = ['alt', 'aria-label', 'placeholder', 'title'];

/**
 * The words a person reads around the form: the page's title, then in each neighbourhood the short texts of its
 * elements (headings, labels, links, buttons), and the `alt`, `aria-label`, `placeholder` and `title` attributes and
 * button values. Never an input's typed value, never long text, at most 800 elements.
 */
export function wordsNearForm(evidence: PageEvidence, areas: readonly Element[] = neighbourhoods(evidence)): string[] {
  const words: string[] = [];
  const title = evidence.document.title?.trim();
  if (title) words.push(title.slice(0, maxText));
  let seen = 0;
  for (const area of areas) {
    for (const element of [area, ...area.querySelectorAll('*')]) {
      if (++seen > maxElements) return words;
      const tag = element.tagName.toLowerCase();
      if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template') continue;
      for (const name of attributesRead) {
        const value = element.getAttribute(name)?.trim();
        if (value) words.push(value.slice(0, maxText));
      }
      if (tag === 'input') {
        const type = element.getAttribute('type')?.toLowerCase();
        if (type === 'submit' || type === 'button') words.push((element.getAttribute('value') ?? '').slice(0, maxText));
        continue; // an input's value is what someone typed: never read
      }
      let own = '';
      for (const node of element.childNodes) if (node.nodeType === 3) own += node.nodeValue ?? '';
      own = own.replace(/\s+/g, ' ').trim();
      if (own && own.length <= maxText) words.push(own);
    }
  }
  return words;
}
