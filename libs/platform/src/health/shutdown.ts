import { Logger } from '@nestjs/common';

/** How long a process may take to close after SIGTERM before it exits regardless. */
export const SHUTDOWN_DEADLINE_MS = 9_000;

/**
 * A deadline for the shutdown Nest starts on SIGTERM/SIGINT (`enableShutdownHooks`): a
 * close that waits on a dependency that is away (a Redis or PostgreSQL that does not
 * answer) ends by exiting once the deadline passes. Jobs still running then return to
 * their queues: BullMQ sees their lock lapse and runs them again.
 */
export function exitAfterShutdownDeadline(what: string, deadlineMs = SHUTDOWN_DEADLINE_MS): void {
  const arm = (signal: NodeJS.Signals) => {
    const logger = new Logger(what);
    logger.log(`${signal} received: closing (exiting in ${deadlineMs / 1000} s at the latest)`);
    setTimeout(() => {
      logger.warn(`Still closing ${deadlineMs} ms after ${signal}: exiting now`);
      process.exit(1);
    }, deadlineMs).unref();
  };
  process.once('SIGTERM', arm);
  process.once('SIGINT', arm);
}
