import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@rongtong/platform';
import { BootstrapPlatformAdminUseCase } from '../use-cases/bootstrap-platform-admin.use-case';

/** Creates the first platform admin from configuration when the API starts. */
@Injectable()
export class PlatformAdminBootstrapper implements OnApplicationBootstrap {
  private readonly logger = new Logger('Identity');

  constructor(
    private readonly config: AppConfig,
    private readonly bootstrap: BootstrapPlatformAdminUseCase,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.platformAdmin) return;
    if ((await this.bootstrap.execute(this.config.platformAdmin)) === 'created') {
      this.logger.log(`Created the first platform admin: ${this.config.platformAdmin.email}`);
    }
  }
}
