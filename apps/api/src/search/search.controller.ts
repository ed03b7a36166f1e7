import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Public } from '@rongtong/identity';
import { SearchService } from '@rongtong/search';
import { SearchListingsQueryDto, SuggestionsQueryDto } from './search.dto';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  /** Listings by text and filters; `engine` says which engine answered. */
  @Public()
  @Get('listings')
  listings(@Query() query: SearchListingsQueryDto, @CurrentActor() actor?: Actor) {
    return this.search.search(actor, query);
  }

  @Public()
  @Get('suggestions')
  async suggestions(@Query() query: SuggestionsQueryDto) {
    return { suggestions: await this.search.suggest(query.q ?? '') };
  }
}
