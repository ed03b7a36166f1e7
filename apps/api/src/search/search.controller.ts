import { Controller, createParamDecorator, type ExecutionContext, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Public } from '@rongtong/identity';
import { readSearchParams, SearchService } from '@rongtong/search';
import { SearchListingsQueryDto, SuggestionsQueryDto } from './search.dto';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { SearchResultDto, SuggestionsDto } from './search-responses.dto';

/**
 * The search query string, read by the search domain (`readSearchParams`: 400 for shapes)
 * rather than by class-validator: it runs on every search, and the global pipe's many
 * promises cost a quarter of a millisecond there. `SearchListingsQueryDto` still
 * describes the parameters in the OpenAPI document.
 */
const SearchParams = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  readSearchParams(context.switchToHttp().getRequest<{ query: Record<string, unknown> }>().query ?? {}),
);

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  /** Listings by text and filters; `engine` says which engine answered. */
  @Public()
  @Get('listings')
  @ApiQuery({ type: SearchListingsQueryDto })
  @ApiOperation({ summary: 'Search listings by text and filters, with facets and highlights' })
  @ApiOkResponse({ type: SearchResultDto })
  @ApiProblems(400, 401)
  searchListings(@SearchParams() params: ReturnType<typeof readSearchParams>, @CurrentActor() actor?: Actor) {
    return this.search.search(actor, params);
  }

  @Public()
  @Get('suggestions')
  @ApiOperation({ summary: 'Completions for the search box' })
  @ApiOkResponse({ type: SuggestionsDto })
  @ApiProblems(400, 401)
  async searchSuggestions(@Query() query: SuggestionsQueryDto) {
    return { suggestions: await this.search.suggest(query.q ?? '') };
  }
}
