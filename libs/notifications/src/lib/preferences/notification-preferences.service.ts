import { Injectable } from '@nestjs/common';
import { AppError, Clock } from '@puente/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { allNotificationTypes, type DeliveryPreference, type NotificationType, type ParamKind } from '../catalog';

type AnyType = NotificationType<Record<string, ParamKind>>;

export interface PreferenceView {
  type: string;
  delivery: DeliveryPreference;
  /** Security notices: always by e-mail, cannot be changed. */
  locked: boolean;
  choices: DeliveryPreference[];
}

/** What a user may choose for a type: e-mail choices only where the type has an e-mail form. */
function choicesFor(type: AnyType): DeliveryPreference[] {
  return type.channels.includes('email') ? ['in_app', 'email', 'digest'] : ['in_app'];
}

/** Types a user can receive in the product (e-mail-only types go to addresses, not users' inboxes). */
function userFacing(type: AnyType): boolean {
  return type.channels.includes('in_app');
}

/** How a type reaches a user: security notices always by e-mail; otherwise their choice or the default. */
export function effectiveDelivery(type: AnyType, chosen: DeliveryPreference | undefined): DeliveryPreference {
  if (type.security || !type.channels.includes('in_app')) return 'email';
  return chosen && choicesFor(type).includes(chosen) ? chosen : type.defaultDelivery;
}

@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async deliveryFor(manager: EntityManager, userId: string, type: AnyType): Promise<DeliveryPreference> {
    const [row]: Array<{ delivery: DeliveryPreference }> = await manager.query(
      'SELECT delivery FROM notification_preferences WHERE user_id = $1 AND type = $2',
      [userId, type.type],
    );
    return effectiveDelivery(type, row?.delivery);
  }

  async list(userId: string): Promise<PreferenceView[]> {
    const rows: Array<{ type: string; delivery: DeliveryPreference }> = await this.dataSource.query(
      'SELECT type, delivery FROM notification_preferences WHERE user_id = $1',
      [userId],
    );
    const chosen = new Map(rows.map((row) => [row.type, row.delivery]));
    return allNotificationTypes()
      .filter(userFacing)
      .map((type) => ({ type: type.type, delivery: effectiveDelivery(type, chosen.get(type.type)), locked: type.security, choices: type.security ? [] : choicesFor(type) }));
  }

  async set(userId: string, typeName: string, delivery: DeliveryPreference): Promise<PreferenceView[]> {
    const type = allNotificationTypes().find((candidate) => candidate.type === typeName && userFacing(candidate));
    if (!type) throw new AppError('NOT_FOUND', { details: [{ field: 'type', issue: 'not_found', message: `no notification type ${typeName}` }] });
    if (type.security) throw new AppError('NOTIFICATION_PREFERENCE_LOCKED', { details: [{ field: 'type', issue: 'security', message: `${typeName} is a security notice` }] });
    if (!choicesFor(type).includes(delivery)) {
      throw new AppError('VALIDATION_FAILED', {
        details: [{ field: 'delivery', issue: 'unsupported', message: `${typeName} can be delivered as ${choicesFor(type).join(', ')}` }],
      });
    }
    await this.dataSource.query(
      `INSERT INTO notification_preferences (user_id, type, delivery, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, type) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = EXCLUDED.updated_at`,
      [userId, type.type, delivery, this.clock.now()],
    );
    return this.list(userId);
  }
}

