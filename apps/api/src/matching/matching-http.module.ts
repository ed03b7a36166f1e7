import { Module } from '@nestjs/common';
import { MatchingModule } from '@rongtong/matching';
import { DemandsController } from './demands.controller';
import { MatchedDemandsController } from './matched-demands.controller';

@Module({
  imports: [MatchingModule],
  controllers: [DemandsController, MatchedDemandsController],
})
export class MatchingHttpModule {}
