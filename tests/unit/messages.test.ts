import { describe, expect, test } from 'vitest';
import { isHelpRequest, isPageState, isPortalRequest, isStepReading, isWarningRequest } from '@/utils/messages';

describe('messages from other parts of the extension are checked before use', () => {
  test('a reading needs a known step and a 5–7 digit code if any', () => {
    expect(isStepReading({ step: 'password' })).toBe(true);
    expect(isStepReading({ step: 'error', errorCode: '50126' })).toBe(true);
    expect(isStepReading({ step: 'error', errorCode: '50126; drop' })).toBe(false);
    expect(isStepReading({ step: 'nope' })).toBe(false);
    expect(isStepReading(null)).toBe(false);
    expect(isStepReading('password')).toBe(false);
  });

  test('requests name no portal: the service worker goes by the sender', () => {
    expect(isPortalRequest({ type: 'portal' })).toBe(true);
    expect(isPortalRequest({ type: 'portal', reading: { step: 'password' } })).toBe(true);
    expect(isPortalRequest({ type: 'portal', reading: { step: 'x' } })).toBe(false);
    expect(isPortalRequest(undefined)).toBe(false);
    expect(isHelpRequest({ type: 'help', reading: { step: 'verification' } })).toBe(true);
    expect(isHelpRequest({ type: 'help', reading: { step: 'x' } })).toBe(false);
    expect(isWarningRequest({ type: 'warning', domain: 'contoso.com' })).toBe(true);
    expect(isWarningRequest({ type: 'warning' })).toBe(true);
    expect(isWarningRequest({ type: 'warning', domain: 'someone@contoso.com' })).toBe(false);
    expect(isWarningRequest({ type: 'warning', domain: 'contoso.com/path' })).toBe(false);
  });

  test('page states', () => {
    const page = { origin: 'https://login.microsoftonline.us', reading: { step: 'account' }, dismissed: false };
    expect(isPageState(page)).toBe(true);
    expect(isPageState({ ...page, reading: undefined })).toBe(false);
    expect(isPageState({ ...page, warning: { id: 'wrong-cloud' } })).toBe(true);
    expect(isPageState({ ...page, warning: { id: 'boo' } })).toBe(false);
    expect(isPageState({ ...page, origin: 'x'.repeat(400) })).toBe(false);
  });
});
