// Maquinados del Bajío's supplier profile (with its ISO 9001 certificate as a PDF), through the supplier's own routes and the admin's review,
// as the web app would do it. Running it again finds the profile already published.

const PROFILE = {
  legalName: 'Maquinados del Bajío, S.A. de C.V.',
  tradeName: 'Maquinados del Bajío',
  rfc: 'MBA980312JK4',
  rfcShownChars: 3,
  website: 'https://maquinados-del-bajio.example',
  yearFounded: 1998,
  employeeBand: '51-200',
  languages: ['es', 'en'],
  description: {
    es: 'Maquinado CNC y troquelado de lámina de acero y aluminio para la industria automotriz y de electrodomésticos, con ensamble ligero.',
    en: 'CNC machining and sheet metal stamping in steel and aluminum for automotive and appliance customers, with light assembly.',
  },
  descriptionLanguage: 'es',
  processes: ['proc.machining.cnc-machining'],
  materials: ['mat.aluminum'],
  capacity: { minimumOrderQuantity: 500, monthlyCapacity: 120000, monthlyCapacityUnit: 'pieces', leadTimeDays: 21, shifts: 2 },
  exports: {
    exportsToUs: true,
    usExportSharePercent: 60,
    usmcaCertificateOfOrigin: true,
    immexProgramNumber: 'IMMEX-2010-1234',
    repseNumber: 'AR12345/2024',
    repseRegisteredOn: '2024-03-01',
    repseValidUntil: '2027-03-01',
  },
};

const PLANTS = [
  { name: 'Planta Irapuato', state: 'Guanajuato', municipality: 'Irapuato', postalCode: '36615', street: 'Av. Industrial 120' },
  { name: 'Planta Silao', state: 'Guanajuato', municipality: 'Silao de la Victoria', street: 'Puerto Interior, Calle 3' },
];

const CERTIFICATIONS = [
  { type: 'cert.iso-9001', issuer: 'Bureau Veritas', number: 'MX-9001-4471', validFrom: '2024-02-01', validUntil: '2027-01-31' },
  { type: 'cert.iatf-16949', issuer: 'TÜV SÜD', number: 'IATF-0412', validFrom: '2025-06-15', validUntil: '2028-06-14' },
  // Expired: shown as such on the public page, and it does not count.
  { type: 'cert.iso-14001', issuer: 'SGS', number: 'EMS-2019-77', validFrom: '2021-05-01', validUntil: '2024-04-30' },
];

async function call(base, method, path, body, token) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const result = { status: response.status, body: text ? JSON.parse(text) : undefined };
  if (response.status >= 400) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return result;
}

/** A small, valid one-page PDF with a line of text: enough for the certificate's download. */
export function demoPdf(text) {
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** Uploads a file's bytes as the web app does (raw body; the type is read from the bytes). */
async function upload(base, token, kind, name, bytes) {
  const response = await fetch(`${base}/api/v1/supplier-profile/documents?kind=${kind}&name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}` },
    body: bytes,
  });
  if (response.status !== 201) throw new Error(`uploading ${name} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

async function signIn(base, account) {
  return (await call(base, 'POST', '/api/v1/auth/sign-in', { email: account.email, password: account.password, client: 'api' })).body.accessToken;
}

/** Fills, submits and (through the admin's review routes) publishes the profile; returns its public URL and state. */
export async function ensureSupplierProfile(base, accounts) {
  const supplier = await signIn(base, accounts.supplier);
  let profile = (await call(base, 'GET', '/api/v1/supplier-profile', undefined, supplier)).body;
  if (profile.state === 'draft' && profile.draft.plants.length === 0) {
    await call(base, 'PUT', '/api/v1/supplier-profile', PROFILE, supplier);
    for (const plant of PLANTS) await call(base, 'POST', '/api/v1/supplier-profile/plants', plant, supplier);
    const certificate = await upload(base, supplier, 'certificate', 'ISO 9001 Maquinados del Bajío.pdf', demoPdf('ISO 9001:2015 - Maquinados del Bajio'));
    const [first, ...rest] = CERTIFICATIONS;
    await call(base, 'POST', '/api/v1/supplier-profile/certifications', { ...first, documentId: certificate.id }, supplier);
    for (const certification of rest) await call(base, 'POST', '/api/v1/supplier-profile/certifications', certification, supplier);
  }
  if (profile.state === 'draft' || profile.state === 'rejected') profile = (await call(base, 'POST', '/api/v1/supplier-profile/submit', undefined, supplier)).body;
  if (profile.state === 'pending_review') profile = (await approve(base, accounts, profile.supplierId)) ?? profile;
  return { page: `${base}/suppliers/${profile.supplierId}`, api: `${base}/api/v1/suppliers/${profile.supplierId}`, state: profile.state };
}

/** The admin approves the open review item of the profile, when the review routes exist. */
async function approve(base, accounts, supplierId) {
  const admin = await signIn(base, accounts.admin);
  const list = await fetch(`${base}/api/v1/admin/reviews?kind=supplier_profile&state=open`, { headers: { authorization: `Bearer ${admin}` } });
  if (list.status === 404) return null; // no review queue in this build
  const item = (await list.json()).data.find((candidate) => candidate.subjectId === supplierId);
  if (!item) return null;
  await call(base, 'POST', `/api/v1/admin/reviews/${item.id}/approve`, {}, admin);
  const supplier = await signIn(base, accounts.supplier);
  return (await call(base, 'GET', '/api/v1/supplier-profile', undefined, supplier)).body;
}
