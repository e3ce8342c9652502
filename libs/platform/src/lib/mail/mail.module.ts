import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { createMailer, type MailerSettings } from './create-mailer';
import { Mailer } from './mailer';
import { SmtpMailer } from './smtp.mailer';

@Injectable()
class MailerShutdown implements OnApplicationShutdown {
  constructor(@Inject(Mailer) private readonly mailer: Mailer) {}

  onApplicationShutdown(): void {
    if (this.mailer instanceof SmtpMailer) this.mailer.close();
  }
}

/** Makes the configured Mailer injectable everywhere in the process that sends mail (the worker). */
@Global()
@Module({})
export class MailModule {
  static forRoot(settings: MailerSettings): DynamicModule {
    return {
      module: MailModule,
      providers: [{ provide: Mailer, useFactory: () => createMailer(settings) }, MailerShutdown],
      exports: [Mailer],
    };
  }
}
