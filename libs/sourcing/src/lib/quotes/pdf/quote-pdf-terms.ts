import { formatHsCode } from './quote-pdf-format';
import type { QuotePdfContext } from './quote-pdf-context';

/** Lead times, validity, delivery, origin, then the supplier's notes and the documents it attached. */
export function writeTerms({ revision, labels, format, layout }: QuotePdfContext): void {
  const { leadTime, delivery, origin } = revision;
  const plant = delivery.plant;
  layout.heading(labels.terms);
  layout.fields([
    [labels.leadTime, labels.leadTimeValue(leadTime.firstArticlesDays, leadTime.productionDays)],
    [labels.validUntil, format.day(revision.validUntil)],
    [labels.delivery, `${delivery.incoterm} ${delivery.place}`],
    [labels.shipsFrom, plant ? [plant.name, plant.municipality, plant.state].filter(Boolean).join(', ') : labels.noPlant],
  ]);
  layout.heading(labels.origin);
  layout.fields([
    [labels.hsCode, formatHsCode(origin.hsCode)],
    [labels.usmcaCriterion, labels.usmcaCriteria[origin.usmcaCriterion]],
    [labels.canCertify, origin.canCertify ? labels.yes : labels.no],
  ]);
  layout.heading(labels.notes, 20);
  layout.paragraph(revision.notes?.trim() || labels.none, { muted: !revision.notes?.trim() });
  layout.heading(labels.attachments, 20);
  if (revision.attachments.length === 0) layout.paragraph(labels.none, { muted: true });
  else for (const attachment of revision.attachments) layout.paragraph(`• ${attachment.fileName}`);
}
