import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { EntityManager } from 'typeorm';

const RESOLVES = Symbol('puente:resolves-notification-params');

export type ParamResolver = (stored: Record<string, unknown>, manager: EntityManager) => Promise<Record<string, unknown>>;

/** Marks a worker provider method that turns stored parameters of a type into renderable ones. */
export function ResolvesNotificationParams(type: string) {
  return (target: object, propertyKey: string | symbol, _descriptor: TypedPropertyDescriptor<ParamResolver>) => {
    Reflect.defineMetadata(RESOLVES, type, target, propertyKey);
  };
}

@Injectable()
export class ParamResolverRegistry implements OnModuleInit {
  private readonly resolvers = new Map<string, ParamResolver>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const type = Reflect.getMetadata(RESOLVES, prototype, method) as string | undefined;
        if (type) this.resolvers.set(type, (instance[method] as ParamResolver).bind(instance));
      }
    }
  }

  async resolve(type: string, stored: Record<string, unknown>, manager: EntityManager): Promise<Record<string, unknown>> {
    const resolver = this.resolvers.get(type);
    return resolver ? resolver(stored, manager) : stored;
  }
}
