import { emailDomain, emailDomainMatchesHost, websiteHost } from './claim-evidence';

describe('claim evidence by e-mail domain', () => {
  it('reads a website host with or without scheme and www', () => {
    expect(websiteHost('https://www.Aluliq.com.mx/contacto')).toBe('aluliq.com.mx');
    expect(websiteHost('aluliq.com.mx')).toBe('aluliq.com.mx');
    expect(websiteHost('WWW.ALULIQ.COM.MX')).toBe('aluliq.com.mx');
    expect(websiteHost('http://ventas.aluliq.com.mx:8080')).toBe('ventas.aluliq.com.mx');
  });

  it('refuses text that is no web address', () => {
    expect(websiteHost('')).toBeNull();
    expect(websiteHost('sin sitio')).toBeNull();
    expect(websiteHost('localhost')).toBeNull();
  });

  it('matches the host and its subdomains, not look-alikes', () => {
    expect(emailDomain('Ana@Aluliq.com.mx')).toBe('aluliq.com.mx');
    expect(emailDomainMatchesHost('aluliq.com.mx', 'aluliq.com.mx')).toBe(true);
    expect(emailDomainMatchesHost('ventas.aluliq.com.mx', 'aluliq.com.mx')).toBe(true);
    expect(emailDomainMatchesHost('notaluliq.com.mx', 'aluliq.com.mx')).toBe(false);
    expect(emailDomainMatchesHost('aluliq.com', 'aluliq.com.mx')).toBe(false);
    expect(emailDomainMatchesHost('gmail.com', 'aluliq.com.mx')).toBe(false);
  });
});
