import { renderDigest, type DigestItem } from './render-digest';

const items: DigestItem[] = [
  { title: 'Bo joined your team', body: 'Bo accepted the invitation.', link: '/team', createdAt: '2026-03-04T15:00:00Z' },
  { title: 'New quote <b>', body: 'Acme & Co quoted.', link: 'https://puente.test/rfqs/1', createdAt: '2026-03-05T03:30:00Z' },
  { title: 'Your role changed', body: 'You are now an owner.', link: '/team', createdAt: '2026-03-03T12:00:00Z' },
];

describe('renderDigest', () => {
  it('counts the items in the subject, in English and Spanish, singular and plural', () => {
    const context = { timeZone: 'America/Chicago', publicWebUrl: 'https://puente.test', name: 'Ana' };
    expect(renderDigest(items, { ...context, language: 'en' }).subject).toBe('Your Puente summary: 3 updates');
    expect(renderDigest(items, { ...context, language: 'es' }).subject).toBe('Tu resumen de Puente: 3 novedades');
    expect(renderDigest(items.slice(0, 1), { ...context, language: 'en' }).subject).toBe('Your Puente summary: 1 update');
    expect(renderDigest(items.slice(0, 1), { ...context, language: 'es' }).subject).toBe('Tu resumen de Puente: 1 novedad');
  });

  it('lists every item newest first, dated in the recipient zone, with absolute links', () => {
    const digest = renderDigest(items, { language: 'en', timeZone: 'America/Chicago', publicWebUrl: 'https://puente.test/', name: 'Ana' });
    expect(digest.text.startsWith('Hello Ana,\n\n')).toBe(true);
    expect(digest.text).toContain('New quote <b> (March 4, 2026 at 9:30 PM CST)\nAcme & Co quoted.\nOpen: https://puente.test/rfqs/1');
    expect(digest.text).toContain('Bo joined your team (March 4, 2026 at 9:00 AM CST)\nBo accepted the invitation.\nOpen: https://puente.test/team');
    const order = ['New quote', 'Bo joined', 'Your role changed'].map((title) => digest.text.indexOf(title));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(digest.text).toContain('To choose which notifications you receive and how, go to https://puente.test/notifications');
    expect(digest.html).toContain('New quote &lt;b&gt;');
    expect(digest.html).toContain('Acme &amp; Co quoted.');
    expect(digest.html).not.toContain('<b>');
  });

  it('writes Spanish, with dates in the Spanish reader zone', () => {
    const digest = renderDigest(items, { language: 'es', timeZone: 'Europe/Madrid', publicWebUrl: 'https://puente.test', name: 'Ana' });
    expect(digest.text.startsWith('Hola, Ana:\n\nEsto es lo que pasó en Puente desde tu último resumen.')).toBe(true);
    expect(digest.text).toContain('New quote <b> (5 de marzo de 2026 a las 4:30 a.m. GMT+1)');
    expect(digest.text).toContain('Abrir: https://puente.test/team');
    expect(digest.html).toMatch(/^<!doctype html>\n<html lang="es">/);
  });

  it('refuses an empty digest, a bad date and an unsafe link', () => {
    const context = { language: 'en', timeZone: 'UTC', publicWebUrl: 'https://puente.test', name: 'Ana' } as const;
    expect(() => renderDigest([], context)).toThrow(/at least one item/);
    expect(() => renderDigest([{ ...items[0], createdAt: 'yesterday' } as DigestItem], context)).toThrow(/createdAt/);
    expect(() => renderDigest([{ ...items[0], link: 'javascript:alert(1)' } as DigestItem], context)).toThrow(/link/);
  });
});
