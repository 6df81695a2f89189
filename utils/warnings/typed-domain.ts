import { domainOfAccount } from './account-domain';

/** The account fields whose typed text may be read, for its domain only. Never a password or code field. */
export const accountFieldSelector = '#i0116, input[name="loginfmt"], #usernameEntry, #iSigninName, input[autocomplete~="username"]';
const nextButtons = '#idSIButton9, [data-testid="primaryButton"], #resetPwdHipAction';

/**
 * Call `onDomain` with the domain part of the account field when the person leaves it or presses Next. This is
 * the one place the extension reads typed text: the account field only, reduced at once to its domain.
 * Returns the function that stops listening.
 */
export function watchTypedDomain(document: Document, onDomain: (domain: string) => void): () => void {
  let last: string | undefined;
  const check = (event: Event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const field = target.matches(accountFieldSelector)
      ? target
      : target.closest(nextButtons) || event.type === 'submit'
        ? document.querySelector(accountFieldSelector)
        : null;
    if (field?.localName !== 'input' || (field as HTMLInputElement).type === 'password') return;
    const domain = domainOfAccount((field as HTMLInputElement).value);
    if (domain && domain !== last) {
      last = domain;
      onDomain(domain);
    }
  };
  const events = ['focusout', 'change', 'click', 'submit'] as const;
  for (const type of events) document.addEventListener(type, check, true);
  return () => {
    for (const type of events) document.removeEventListener(type, check, true);
  };
}
