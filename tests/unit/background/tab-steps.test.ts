import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noteStep } from '@/background/tab-steps';

beforeEach(() => fakeBrowser.reset());

describe('the service worker notices a password change that went through', () => {
  test('the page after a password change (here: stay signed in) is the moment for the checklist, once', async () => {
    expect(await noteStep(7, 'password-change')).toEqual({ justChangedPassword: false });
    expect(await noteStep(7, 'stay-signed-in')).toEqual({ justChangedPassword: true });
    expect(await noteStep(7, 'unknown')).toEqual({ justChangedPassword: false });
  });

  test('the same form again, or an error, is not a change that went through', async () => {
    await noteStep(7, 'password-change');
    expect(await noteStep(7, 'password-change')).toEqual({ justChangedPassword: false });
    expect(await noteStep(7, 'error')).toEqual({ justChangedPassword: false });
  });

  test('each tab keeps its own steps', async () => {
    await noteStep(7, 'password-change');
    expect(await noteStep(8, 'stay-signed-in')).toEqual({ justChangedPassword: false });
    expect(await noteStep(7, 'stay-signed-in')).toEqual({ justChangedPassword: true });
  });
});
