/** Why an address cannot be fetched for capture, or null when it can: http or https, with no user name or password. */
export function webAddressProblem(url: URL): string | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `only http and https addresses are fetched, and this one is ${url.protocol.replace(/:$/, '')}:.`;
  }
  if (url.username !== '' || url.password !== '') {
    return 'addresses with a user name or password are not fetched; Casebook never sends credentials.';
  }
  return null;
}
