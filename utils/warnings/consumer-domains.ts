import { getDomainWithoutSuffix } from 'tldts-icann';

/**
 * Microsoft's consumer mail brands: an address at `<brand>.<any public suffix>` (outlook.com, hotmail.co.uk,
 * live.com.au, msn.com, …) is a personal Microsoft account. Sorted.
 */
export const consumerBrands: readonly string[] = ['hotmail', 'live', 'msn', 'outlook', 'passport', 'windowslive'];

/** Whether a domain belongs to Microsoft's consumer (personal account) mail, using the ICANN public suffix list (tldts-icann). */
export function isConsumerDomain(domain: string): boolean {
  const brand = getDomainWithoutSuffix(domain);
  return brand !== null && consumerBrands.includes(brand) && domain.split('.').length <= 4;
}
