import { defineTopic } from '@puente/platform';

export const demoPingCreated = defineTopic<{ pingId: string }>('demo.ping.created');
