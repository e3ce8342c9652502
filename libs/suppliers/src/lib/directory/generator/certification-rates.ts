/**
 * The share of plants of a SCIAN class that a directory lists with each certification. Assumptions for
 * benchmark data, not measurements, chosen to be plausible for plants big enough to report to the RETC:
 * ISO 9001 is the common one (about 45% of parts makers, 20% elsewhere); IATF 16949 only where the
 * automotive supply chain is (55% of SCIAN 3361-3363, 12% of the plastics, rubber, foundry, metal and
 * electrical plants that feed it); AS9100 and Nadcap in aerospace (3364); ISO 13485 in medical devices
 * (3391); ISO 14001 more common in automotive (35%, else 15%); Clean Industry (PROFEPA) for 8%, since RETC plants are
 * those PROFEPA audits; ISO 45001 5%; C-TPAT (10%) and OEA (6%) mostly for exporters (electronics,
 * electrical, transport equipment, medical devices), 2% elsewhere.
 */
export function certificationRates(scianCode: string): Array<[code: string, rate: number]> {
  const sub = scianCode.slice(0, 3);
  const rama = scianCode.slice(0, 4);
  const partsMaker = ['326', '331', '332', '333', '334', '335', '336'].includes(sub);
  const autoSupplier = ['326', '332', '335'].includes(sub) || rama === '3314' || rama === '3315';
  const automotive = ['3361', '3362', '3363'].includes(rama);
  const aerospace = rama === '3364';
  const exporter = ['334', '335', '336'].includes(sub) || rama === '3391';
  return [
    ['cert.iso-9001', partsMaker || rama === '3391' ? 0.45 : sub === '325' ? 0.35 : 0.2],
    ['cert.iatf-16949', automotive ? 0.55 : autoSupplier ? 0.12 : 0],
    ['cert.iso-14001', sub === '336' ? 0.35 : 0.15],
    ['cert.iso-45001', 0.05],
    ['cert.industria-limpia', 0.08],
    ['cert.as9100', aerospace ? 0.6 : ['332', '333'].includes(sub) || rama === '3315' ? 0.02 : 0],
    ['cert.nadcap', aerospace ? 0.2 : 0],
    ['cert.iso-13485', rama === '3391' ? 0.55 : rama === '3254' ? 0.05 : 0],
    ['cert.c-tpat', exporter ? 0.1 : 0.02],
    ['cert.oea', exporter ? 0.06 : 0.02],
    ['cert.iso-17025', 0.01],
  ];
}
