import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { holidayScheduleWarning, todayInChina } from '@rongtong/kernel';

/**
 * Says at start when the holiday data lacks next year's schedule (the API's
 * `/health/ready` says it too, under `holidays`). A warning only: bookings then follow
 * the days fixed by law, and nothing stops.
 */
@Injectable()
export class HolidayDataCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger('Holidays');

  onApplicationBootstrap(): void {
    try {
      const warning = holidayScheduleWarning(todayInChina());
      if (warning) this.logger.warn(warning);
    } catch (error) {
      this.logger.warn(`Holiday data unreadable: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
