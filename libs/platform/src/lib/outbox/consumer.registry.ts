import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { QueueName } from '../queue/queues';
import { ON_COMMITTED, type ConsumerDeclaration, type ConsumerHandler } from './on-committed.decorator';
import { declaredTopics } from './topic';

export interface RegisteredConsumer extends ConsumerDeclaration {
  handle: ConsumerHandler<unknown>;
}

/** Finds every @OnCommitted method among the worker's providers. */
@Injectable()
export class ConsumerRegistry implements OnModuleInit {
  private consumers: RegisteredConsumer[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    this.consumers = this.discovery.getProviders().flatMap((wrapper) => {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) return [];
      const prototype = Object.getPrototypeOf(instance) as object;
      return this.scanner.getAllMethodNames(prototype).flatMap((method) => {
        const declaration = Reflect.getMetadata(ON_COMMITTED, prototype, method) as ConsumerDeclaration | undefined;
        if (!declaration) return [];
        const handle = (instance[method] as ConsumerHandler<unknown>).bind(instance);
        return [{ ...declaration, handle }];
      });
    });
  }

  consumersOf(topic: string, queue: QueueName): RegisteredConsumer[] {
    return this.consumers.filter((consumer) => consumer.topic === topic && consumer.queue === queue);
  }

  queuesFor(topic: string): QueueName[] {
    return [...new Set(this.consumers.filter((consumer) => consumer.topic === topic).map((consumer) => consumer.queue))];
  }

  /** Problems that must stop a worker from starting: work that would be silently dropped or doubled. */
  problems(): string[] {
    const problems: string[] = [];
    for (const topic of declaredTopics()) {
      if (!this.consumers.some((consumer) => consumer.topic === topic)) {
        problems.push(`topic "${topic}" is declared but no @OnCommitted handler consumes it`);
      }
    }
    const names = this.consumers.map((consumer) => consumer.consumer);
    for (const name of new Set(names.filter((name, index) => names.indexOf(name) !== index))) {
      problems.push(`consumer name "${name}" is used more than once`);
    }
    return problems;
  }
}
