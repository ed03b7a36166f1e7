import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Public } from '@rongtong/identity';
import { SearchSuppliersUseCase } from '@rongtong/sourcing';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { SupplierPageDto, SupplierQueryDto } from './sourcing.dto';

/** The supplier directory: enterprises, not listings, found by what their listings and profile say they can do. */
@ApiTags('sourcing')
@Controller('suppliers')
export class SuppliersController {
  constructor(private readonly suppliers: SearchSuppliersUseCase) {}

  @Public()
  @ApiOperation({
    summary: 'Search verified enterprises by capability, place, size class, 专精特新 tier and rating',
    description:
      'One result per verified enterprise. q is read like a listing search (Chinese segmented, English through ' +
      'the glossary) against what its public listings say it can do (processes, materials, categories, ' +
      'certifications, titles) and its profile (name, industry, description); every filter is applied before ' +
      'paging, so `total` is exact. `engine` says which engine answered.',
  })
  @ApiOkResponse({ type: SupplierPageDto })
  @Get()
  @ApiProblems(400, 401, 422)
  searchSuppliers(@Query() query: SupplierQueryDto, @CurrentActor() actor?: Actor) {
    return this.suppliers.execute(actor, { ...query, page: query.page ?? 1, limit: query.limit ?? 20 });
  }
}
