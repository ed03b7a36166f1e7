import type { Logger } from '@nestjs/common';
import type { DependencyMonitor, DependencyName } from '@rongtong/platform';
import type { Queue } from 'bullmq';

const BOOT_WAIT_MS = 5_000;

/**
 * Keeps a queue's job schedulers in Redis: made at start (waiting a few seconds at most,
 * so a worker starting while Redis is away still starts), and made again whenever Redis
 * comes back — a Redis restarted without its data has forgotten them. Schedulers Redis
 * still holds are left as they are (re-upserting would run them again at once).
 */
export async function keepSchedules(
  queue: Queue,
  schedules: ReadonlyArray<{ name: string; every: number; data: object }>,
  monitor: DependencyMonitor,
  logger: Logger,
): Promise<() => void> {
  const ensure = async () => {
    for (const { name, every, data } of schedules) {
      if (await queue.getJobScheduler(name)) continue;
      await queue.upsertJobScheduler(name, { every }, { name, data });
    }
  };
  const run = () =>
    ensure().catch((error: unknown) =>
      logger.debug(
        `Schedules of '${queue.name}' not made yet: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([run(), new Promise((resolve) => (timer = setTimeout(resolve, BOOT_WAIT_MS)))]);
  clearTimeout(timer);
  const onUp = (name: DependencyName) => {
    if (name === 'redis') void run();
  };
  monitor.on('up', onUp);
  return () => monitor.off('up', onUp);
}
