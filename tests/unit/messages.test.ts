import { describe, expect, test } from 'vitest';
import { isHelpRequest, isPageState, isPortalRequest, isStepReading } from '@/utils/messages';

describe('messages from other parts of the extension are checked before use', () => {
  test('a reading needs a known step and a 5–7 digit code if any', () => {
    expect(isStepReading({ step: 'password' })).toBe(true);
    expect(isStepReading({ step: 'error', errorCode: '50126' })).toBe(true);
    expect(isStepReading({ step: 'error', errorCode: '50126; drop' })).toBe(false);
    expect(isStepReading({ step: 'nope' })).toBe(false);
    expect(isStepReading(null)).toBe(false);
    expect(isStepReading('password')).toBe(false);
  });

  test('help requests, page states and portal notices', () => {
    expect(isHelpRequest({ type: 'help', portalId: 'usgov', reading: { step: 'verification' } })).toBe(true);
    expect(isHelpRequest({ type: 'help', portalId: 'usgov', reading: { step: 'x' } })).toBe(false);
    expect(isHelpRequest({ type: 'help', portalId: 7, reading: { step: 'account' } })).toBe(false);
    expect(isPageState({ portalId: 'usgov', origin: 'https://login.microsoftonline.us', reading: { step: 'account' }, dismissed: false })).toBe(true);
    expect(isPageState({ portalId: 'usgov', origin: 'https://login.microsoftonline.us', dismissed: false })).toBe(false);
    expect(isPageState({ portalId: 'usgov', origin: 'https://login.microsoftonline.us', reading: { step: 'account' }, dismissed: false, warning: { id: 'wrong-cloud' } })).toBe(true);
    expect(isPageState({ portalId: 'usgov', origin: 'https://login.microsoftonline.us', reading: { step: 'account' }, dismissed: false, warning: { id: 'boo' } })).toBe(false);
    expect(isPortalRequest({ type: 'portal', origin: 'https://login.microsoftonline.us' })).toBe(true);
    expect(isPortalRequest({ type: 'portal', origin: 42 })).toBe(false);
    expect(isPortalRequest(undefined)).toBe(false);
  });
});
