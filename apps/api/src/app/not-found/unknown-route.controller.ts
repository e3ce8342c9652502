import { All, Controller, NotFoundException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';

/**
 * Answers every /api/v1 path no other route matched, with the same 404 the router gives. It exists so
 * such requests pass the global guards: the router's own 404 runs no guard, which left probes of unknown
 * paths unlimited. Listed last among the controllers, so every real route is matched first.
 */
@ApiExcludeController()
@Public()
@Controller()
export class UnknownRouteController {
  @All('{*path}')
  unknown(): never {
    throw new NotFoundException();
  }
}
