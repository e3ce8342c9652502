// Whether a claimant's e-mail domain is the listing's website: the rule behind `email_domain` evidence.

/** The domain of an e-mail address, lower case. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).trim().toLowerCase();
}

/** A website's host, lower case without `www.`; null when the text is no usable web address. */
export function websiteHost(website: string): string | null {
  const text = website.trim();
  if (!text) return null;
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`).hostname.toLowerCase().replace(/\.$/, '');
    const bare = host.startsWith('www.') ? host.slice(4) : host;
    return bare.includes('.') ? bare : null;
  } catch {
    return null;
  }
}

/** The e-mail domain is the website's host or one of its subdomains (ventas.aluliq.com.mx for aluliq.com.mx). */
export function emailDomainMatchesHost(domain: string, host: string): boolean {
  return domain === host || domain.endsWith(`.${host}`);
}
