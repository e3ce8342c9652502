// The figures and words of a quote as the buyer reads them: pure, given the locale and the translate
// function, so the unit tests run them without the app's i18n set-up.

/** i18next's `t`, as far as these functions use it. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * A decimal string ("0.0125", "185000.00") as money, exactly: Intl reads a numeric string as a decimal, not a
 * float, so a four-place unit price keeps its four places and a large total does not round. Two places at
 * least, `maxPlaces` at most (unit prices go to 4; extended prices and tooling are 2).
 */
export function formatDecimalMoney(amount: string, currency: string, locale: string, maxPlaces = 4): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: maxPlaces }).format(amount as Intl.StringNumericLiteral);
}

/** "Mar 14, 2026, 5:00 PM" in the reader's locale and time zone. */
export function formatInstant(iso: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/**
 * What the buyer reads while the quotes are sealed: "3 quotes received, sealed until Mar 14, 2026, 5:00 PM
 * (your time)". The count is the active quotes (a withdrawn one no longer counts); the time is the quote
 * deadline on the buyer's own clock.
 */
export function sealedStatusText(t: Translate, { activeCount, sealedUntil, locale, timeZone }: { activeCount: number; sealedUntil: string | null; locale: string; timeZone?: string }): string {
  const formatted = new Intl.NumberFormat(locale).format(activeCount);
  if (!sealedUntil) return activeCount === 0 ? t('quotes.sealedNoneUntilClose') : t('quotes.sealedUntilClose', { count: activeCount, formatted });
  const date = formatInstant(sealedUntil, locale, timeZone);
  return activeCount === 0 ? t('quotes.sealedNone', { date }) : t('quotes.sealed', { count: activeCount, formatted, date });
}

/** What a revision says, as far as comparing two revisions needs (the API's QuoteRevisionView fits it). */
export interface RevisionFacts {
  currency: string;
  lines: Array<{ rfqLineId: string; declineReason: string | null; minimumOrder: number | null; breaks: Array<{ quantity: number; unitPrice: string | null; declineReason: string | null }> }>;
  tooling: Array<{ description: string; cost: string; rfqLineIds: string[]; owner: string }>;
  leadTime: { firstArticlesDays: number | null; productionDays: number };
  validUntil: string;
  delivery: { incoterm: string; place: string; plant: { id: string } | null };
  origin: { hsCode: string; usmcaCriterion: string; canCertify: boolean };
  notes: string | null;
  attachments: Array<{ id: string }>;
}

export const REVISION_CHANGES = ['currency', 'prices', 'minimumOrder', 'tooling', 'leadTime', 'validity', 'delivery', 'origin', 'notes', 'documents'] as const;
export type RevisionChange = (typeof REVISION_CHANGES)[number];

// Prices compare as numbers: "12.5" and "12.5000" are the same price written twice.
const price = (value: string | null) => (value === null ? null : Number(value));

const ASPECTS: Record<RevisionChange, (revision: RevisionFacts) => unknown> = {
  currency: (revision) => revision.currency,
  prices: (revision) => revision.lines.map((line) => [line.rfqLineId, line.declineReason, line.breaks.map((entry) => [entry.quantity, price(entry.unitPrice), entry.declineReason])]),
  minimumOrder: (revision) => revision.lines.map((line) => [line.rfqLineId, line.minimumOrder]),
  tooling: (revision) => revision.tooling.map((item) => [item.description, price(item.cost), [...item.rfqLineIds].sort(), item.owner]),
  leadTime: (revision) => [revision.leadTime.firstArticlesDays, revision.leadTime.productionDays],
  validity: (revision) => revision.validUntil,
  delivery: (revision) => [revision.delivery.incoterm, revision.delivery.place, revision.delivery.plant?.id ?? null],
  origin: (revision) => [revision.origin.hsCode, revision.origin.usmcaCriterion, revision.origin.canCertify],
  notes: (revision) => revision.notes ?? '',
  documents: (revision) => revision.attachments.map((attachment) => attachment.id).sort(),
};

/** What a revision changed from the one before it, in a fixed order (prices first after the currency). */
export function revisionChanges(before: RevisionFacts, after: RevisionFacts): RevisionChange[] {
  return REVISION_CHANGES.filter((aspect) => JSON.stringify(ASPECTS[aspect](before)) !== JSON.stringify(ASPECTS[aspect](after)));
}
