import type { OperationId } from '../openapi/spec-validator';

/** The API operations the sandbox serves (the generated ids also name the `trackingUpdate` webhook). */
export type SandboxOperationId = Exclude<OperationId, 'trackingUpdate'>;
