/** The host of a website as the claim rule compares it: lower case, without "www.". Null when it is no URL. */
export function websiteHost(website: string | null | undefined): string | null {
  if (!website?.trim()) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(website) ? website : `https://${website}`);
    return url.hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The part after "@" of an e-mail address, lower case. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** The API's rule, said before submitting: the e-mail's domain is the website's host or a subdomain of it. */
export function domainsMatch(domain: string, host: string): boolean {
  return domain === host || domain.endsWith(`.${host}`);
}
