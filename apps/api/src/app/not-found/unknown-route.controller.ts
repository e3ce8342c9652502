import { All, Controller, NotFoundException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IgnoresBody } from '@puente/platform';
import { Public } from '../auth/access.decorators';

/**
 * Answers every /api/v1 path no other route matched, with the same 404 the router gives. It exists so
 * such requests pass the global guards: the router's own 404 runs no guard, which left probes of unknown
 * paths unlimited. Listed last among the controllers, so every real route is matched first.
 */
@ApiExcludeController()
@Public()
// A body sent to an unknown path is still a 404, not a complaint about the body.
@IgnoresBody()
@Controller()
export class UnknownRouteController {
  @All('{*path}')
  unknown(): never {
    throw new NotFoundException();
  }
}
