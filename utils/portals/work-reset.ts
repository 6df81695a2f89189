import { china } from './china';
import { global } from './global';
import type { Portal } from './types';
import { usgov } from './usgov';
import { sources } from '../links';

/** Self-service password reset for worldwide work or school accounts (aka.ms/sspr), GCC included. */
export const globalWorkReset: Portal = {
  id: 'global-work-reset',
  cloud: 'global',
  account: 'work',
  role: 'recovery',
  hosts: ['passwordreset.microsoftonline.com'],
  hostSources: [sources.workPasswordReset],
  status: { state: 'active' },
  links: global.links,
  examples: [
    'https://passwordreset.microsoftonline.com/',
    'https://passwordreset.microsoftonline.com/?ru=https%3a%2f%2flogin.microsoftonline.com%2fcommon%2foauth2%2fauthorize&mkt=en-US&hosted=0',
  ],
};

/** Self-service password reset for US Government (GCC High, DoD) work accounts: listed by Learn as an endpoint. */
export const usgovWorkReset: Portal = {
  id: 'usgov-work-reset',
  cloud: 'usgov',
  account: 'work',
  role: 'recovery',
  hosts: ['passwordreset.microsoftonline.us'],
  hostSources: [sources.usgovComparison],
  status: { state: 'active' },
  links: usgov.links,
  examples: ['https://passwordreset.microsoftonline.us/', 'https://passwordreset.microsoftonline.us/?mkt=en-US'],
};

/**
 * Self-service password reset for Microsoft Entra operated by 21Vianet. Only older sources document the host
 * (docs.azure.cn's Chinese SSPR deployment plan, 2020, and "how it works", 2019); no current Learn or docs.azure.cn page
 * names it or another host, so it stays, marked as documented only there (checked 2026-12-07).
 */
export const chinaWorkReset: Portal = {
  id: 'china-work-reset',
  cloud: 'china',
  account: 'work',
  role: 'recovery',
  hosts: ['passwordreset.activedirectory.windowsazure.cn'],
  hostSources: [sources.chinaPasswordReset],
  status: { state: 'active' },
  links: china.links,
  examples: ['https://passwordreset.activedirectory.windowsazure.cn/', 'https://passwordreset.activedirectory.windowsazure.cn/?mkt=zh-CN'],
};
