import { Injectable } from '@nestjs/common';
import { isAdmin, type Principal } from '@puente/identity';
import type { Explanation } from '@puente/search';
import { DataSource } from 'typeorm';
import { rfqNotFound } from '../access/rfq-not-found';
import type { InvitedSupplierView, RfqInvitationListView, RfqInvitationView } from '../rfq-views';
import { DECLINE_REASONS, type DeclineReason, type InvitationSource, type InvitationState } from '../rfq-vocabulary';

interface PlantRow {
  id?: string;
  state: string;
  stateCode: string;
  municipality: string | null;
  lat: number;
  lon: number;
}

interface InvitationRow {
  id: string;
  source: InvitationSource;
  rank: number | null;
  score: number | null;
  explanation: Explanation | null;
  state: InvitationState;
  decline_reason: DeclineReason | null;
  decline_note: string | null;
  declined_at: Date | null;
  notified_at: Date | null;
  created_at: Date;
  supplier_id: string;
  legal_name: string | null;
  trade_name: string | null;
  claimed: boolean;
  verification_level: InvitedSupplierView['verificationLevel'];
  plants: PlantRow[] | null;
}

/** The buyer's view of whom an RFQ invited and why, with declines counted by reason. */
@Injectable()
export class RfqInvitationsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The buyer organization that owns the RFQ, or an admin; anyone else 404. Best rank first, buyer picks after. */
  async list(principal: Principal, rfqId: string): Promise<RfqInvitationListView> {
    const [rfq]: Array<{ buyer_organization_id: string }> = await this.dataSource.query('SELECT buyer_organization_id FROM rfqs WHERE id = $1', [rfqId]);
    const owns = principal.organizationKind === 'buyer' && rfq?.buyer_organization_id === principal.organizationId;
    if (!rfq || !(owns || isAdmin(principal))) throw rfqNotFound();
    const rows: InvitationRow[] = await this.dataSource.query(
      `SELECT i.id, i.source, i.rank, i.score, i.explanation, i.state, i.decline_reason, i.decline_note, i.declined_at, i.notified_at, i.created_at,
              p.id AS supplier_id, p.published_data->>'legalName' AS legal_name, p.published_data->>'tradeName' AS trade_name,
              p.organization_id IS NOT NULL AS claimed, p.verification_level, p.published_data->'plants' AS plants
         FROM rfq_invitations i JOIN supplier_profiles p ON p.id = i.supplier_id
        WHERE i.rfq_id = $1
        ORDER BY i.rank ASC NULLS LAST, i.score DESC NULLS LAST, i.created_at, i.id`,
      [rfqId],
    );
    const declines = Object.fromEntries(DECLINE_REASONS.map((reason) => [reason, 0])) as Record<DeclineReason, number>;
    for (const row of rows) if (row.state === 'declined' && row.decline_reason) declines[row.decline_reason] += 1;
    return { data: rows.map(invitationView), declines };
  }
}

function invitationView(row: InvitationRow): RfqInvitationView {
  return {
    id: row.id,
    supplier: {
      id: row.supplier_id,
      legalName: row.legal_name,
      tradeName: row.trade_name,
      claimed: row.claimed,
      verificationLevel: row.verification_level,
      location: locationOf(row.plants ?? [], row.explanation),
    },
    source: row.source,
    rank: row.rank,
    score: row.score,
    explanation: row.explanation,
    state: row.state,
    declineReason: row.decline_reason,
    declineNote: row.decline_note,
    declinedAt: row.declined_at?.toISOString() ?? null,
    notifiedAt: row.notified_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

/** The plant the match's transit estimate starts from, else the first one: where the map puts the supplier. */
function locationOf(plants: PlantRow[], explanation: Explanation | null): InvitedSupplierView['location'] {
  const plantId = explanation?.transit?.plantId;
  const plant = (plantId && plants.find((candidate) => candidate.id === plantId)) || plants[0];
  return plant ? { state: plant.state, stateCode: plant.stateCode, municipality: plant.municipality ?? null, lat: plant.lat, lon: plant.lon } : null;
}
