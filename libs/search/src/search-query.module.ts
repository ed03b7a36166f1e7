import { type DynamicModule, type FactoryProvider, Module, type ModuleMetadata } from '@nestjs/common';
import { IdentityModule } from '@rongtong/identity';
import { FreeTimeFinder } from './free-time-finder';
import { SearchModule } from './search.module';
import { SearchService } from './search.service';

/** How the app gives search its free-time finder: the modules it needs and a factory. */
export type FreeTimeFinderProvider = Required<Pick<ModuleMetadata, 'imports'>> &
  Pick<FactoryProvider<FreeTimeFinder>, 'inject' | 'useFactory'>;

/**
 * The search use case (listings by query and filters, completions), for the apps that
 * answer searches; the engines and the indexer alone are SearchModule's.
 */
@Module({})
export class SearchQueryModule {
  static register(freeTime: FreeTimeFinderProvider): DynamicModule {
    return {
      module: SearchQueryModule,
      imports: [SearchModule, IdentityModule, ...freeTime.imports],
      providers: [{ provide: FreeTimeFinder, inject: freeTime.inject, useFactory: freeTime.useFactory }, SearchService],
      exports: [SearchService],
    };
  }
}
