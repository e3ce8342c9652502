import type { FileType } from '@puente/platform';

/** Drawings and specifications: documents, images, CAD exchange formats, and archives of them. */
export const RFQ_ATTACHMENT_FILE_TYPES: readonly FileType[] = ['pdf', 'png', 'jpeg', 'step', 'iges', 'dxf', 'zip'];
