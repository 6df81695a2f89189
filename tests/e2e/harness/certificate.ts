import { generate } from 'selfsigned';

/** A throw-away self-signed certificate for these hostnames, made at test time and never written to disk. */
export async function makeCertificate(hosts: readonly string[]): Promise<{ key: string; cert: string }> {
  const pems = await generate([{ name: 'commonName', value: 'sign-in-assistant test server' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: hosts.map((value) => ({ type: 2 as const, value })) }],
  });
  return { key: pems.private, cert: pems.cert };
}
