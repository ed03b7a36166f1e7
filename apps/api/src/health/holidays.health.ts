import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { holidayScheduleWarning, todayInChina } from '@rongtong/kernel';

/**
 * China's holiday data. Never down: without next year's schedule, bookings still follow
 * the days fixed by law, so readiness says so in its detail (`warning`) and stays up.
 */
@Injectable()
export class HolidaysHealthIndicator {
  constructor(private readonly health: HealthIndicatorService) {}

  isHealthy(key: string) {
    const warning = holidayScheduleWarning(todayInChina());
    return this.health.check(key).up(warning ? { nextYearScheduled: false, warning } : { nextYearScheduled: true });
  }
}
